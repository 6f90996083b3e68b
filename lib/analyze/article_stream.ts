/**
 * Analyse a stream of articles, in this thread or in a pool of Web Workers,
 * yielding results strictly in input order — so the merged tables are the
 * same bytes whatever the number of workers.
 *
 * @module
 */
import type { Article } from "../corpus/article.ts";
import {
  analyzeToResultSafely,
  type ArticleResult,
  failedResult,
} from "./article_result.ts";
import type { WorkerReply, WorkerRequest } from "./analyze_worker.ts";
import type { ResourcePaths, Resources } from "./resources.ts";
import type { ArticleStage } from "./stages/types.ts";

/** An article and the notes reading it produced. */
export interface PendingArticle {
  article: Article;
  notes: string[];
}

/** Options for {@linkcode analyzeStream}. */
export interface StreamOptions {
  /** Number of Web Workers; 1 analyses in this thread. @default 1 */
  workers?: number;
  /** Resource paths, for the workers to load. @default {} */
  paths?: ResourcePaths;
  /** Article stages other than the registered ones (only with one worker). */
  stages?: readonly ArticleStage[];
}

/**
 * Yield one {@linkcode ArticleResult} per article, in input order. With
 * `workers > 1`, at most `32 × workers` articles are in flight, so memory
 * stays bounded however long the input is.
 */
export async function* analyzeStream(
  articles: Iterable<PendingArticle>,
  resources: Resources,
  options: StreamOptions = {},
): AsyncGenerator<ArticleResult> {
  const n = Math.max(1, Math.floor(options.workers ?? 1));
  if (n === 1) {
    for (const { article, notes } of articles) {
      yield analyzeToResultSafely(article, resources, notes, options.stages);
    }
    return;
  }
  if (options.stages) {
    throw new Error(
      "Cannot run custom stages in workers: stages are code, which cannot be sent to a worker; set workers to 1",
    );
  }
  const url = new URL("./analyze_worker.ts", import.meta.url).href;
  const pool: Worker[] = [];
  const done = new Map<number, ArticleResult>();
  const sentArticles = new Map<number, { id: string; file: string }>();
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  for (let i = 0; i < n; i++) {
    const w = new Worker(url, { type: "module" });
    w.onmessage = (e: MessageEvent<WorkerReply>) => {
      const m = e.data;
      // An article that threw in a worker is reported, not fatal.
      if (m.type === "result") done.set(m.seq, m.result);
      else {
        const a = sentArticles.get(m.seq);
        done.set(m.seq, failedResult(a ?? { id: "?", file: "" }, m.message));
      }
      notify();
    };
    w.onerror = (e) => {
      e.preventDefault();
      failure ??= new Error(`Cannot analyse in a worker: ${e.message}`);
      notify();
    };
    w.postMessage(
      { type: "init", paths: options.paths ?? {} } as WorkerRequest,
    );
    pool.push(w);
  }
  const limit = 32 * n;
  let sent = 0;
  let next = 0;
  const it = articles[Symbol.iterator]();
  let exhausted = false;
  try {
    for (;;) {
      while (!exhausted && sent - next < limit) {
        const r = it.next();
        if (r.done) {
          exhausted = true;
          break;
        }
        // Round-robin keeps the assignment deterministic; results are
        // re-ordered by sequence number anyway.
        sentArticles.set(sent, {
          id: r.value.article.id,
          file: r.value.article.file,
        });
        pool[sent % n].postMessage(
          {
            type: "article",
            seq: sent,
            article: r.value.article,
            notes: r.value.notes,
          } as WorkerRequest,
        );
        sent++;
      }
      if (exhausted && next === sent) return;
      while (!done.has(next) && !failure) {
        await new Promise<void>((res) => (wake = res));
      }
      if (failure) throw failure;
      const result = done.get(next)!;
      done.delete(next);
      sentArticles.delete(next);
      next++;
      yield result;
    }
  } finally {
    for (const w of pool) w.terminate();
  }
}
