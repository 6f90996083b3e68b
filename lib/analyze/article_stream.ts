/**
 * Analyse a stream of articles in chunks, in this thread or in a pool of Web
 * Workers, yielding chunk results strictly in input order — so the merged
 * tables are the same bytes whatever the number of workers. Workers send
 * their tables back as Arrow IPC buffers, transferred rather than cloned;
 * the main thread only decodes and concatenates columns.
 *
 * @module
 */
import {
  analyzeChunk,
  type ArticleSummary,
  type ChunkResult,
  failedChunk,
  type PendingArticle,
} from "./analyze_chunk.ts";
import type { WorkerReply, WorkerRequest } from "./analyze_worker.ts";
import { decodeTables, type EncodedTable } from "./columns_ipc.ts";
import type { TablePart } from "./article_result.ts";
import type { ResourcePaths, Resources } from "./resources.ts";
import type { ArticleStage } from "./stages/types.ts";

export type { PendingArticle } from "./analyze_chunk.ts";

/** Options for {@linkcode analyzeStream}. */
export interface StreamOptions {
  /** Number of Web Workers; 1 analyses in this thread. @default 1 */
  workers?: number;
  /** Resource paths, for the workers to load. @default {} */
  paths?: ResourcePaths;
  /** Article stages other than the registered ones (only with one worker). */
  stages?: readonly ArticleStage[];
  /** Tables to drop from every chunk (e.g. `["tokens"]`). @default [] */
  leaveOut?: string[];
  /** Most articles per chunk. @default 32 */
  chunkSize?: number;
  /**
   * A chunk also ends after every `boundary`-th article, so that batches
   * of that many articles are made of whole chunks. @default Infinity
   */
  boundary?: number;
}

/** Group articles into chunks of at most `size`, ending at `boundary`s. */
function* chunks<T>(
  items: Iterable<T>,
  size: number,
  boundary: number,
): Generator<T[]> {
  let chunk: T[] = [];
  let n = 0;
  for (const item of items) {
    chunk.push(item);
    n++;
    if (chunk.length >= size || n % boundary === 0) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length) yield chunk;
}

/** A chunk from a worker; its tables are decoded when first read. */
function encodedChunk(
  encoded: Record<string, EncodedTable>,
  articles: ArticleSummary[],
): ChunkResult {
  let tables: Record<string, TablePart> | undefined;
  return {
    articles,
    encoded,
    get tables() {
      return tables ??= decodeTables(encoded);
    },
  };
}

/**
 * Yield one {@linkcode ChunkResult} per chunk of consecutive articles, in
 * input order. With `workers > 1`, at most 4 chunks per worker are in
 * flight, so memory stays bounded however long the input is.
 */
export async function* analyzeStream(
  articles: Iterable<PendingArticle>,
  resources: Resources,
  options: StreamOptions = {},
): AsyncGenerator<ChunkResult> {
  const n = Math.max(1, Math.floor(options.workers ?? 1));
  const groups = chunks(
    articles,
    Math.max(1, options.chunkSize ?? 32),
    options.boundary ?? Infinity,
  );
  if (n === 1) {
    for (const items of groups) {
      yield analyzeChunk(items, resources, options.leaveOut, options.stages);
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
  const done = new Map<number, ChunkResult>();
  const sentChunks = new Map<number, { id: string; file: string }[]>();
  const owner = new Map<number, number>(); // chunk → worker
  const inFlight = new Array<number>(n).fill(0);
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
      inFlight[owner.get(m.seq)!]--;
      owner.delete(m.seq);
      // A chunk that threw in a worker is reported, not fatal.
      if (m.type === "result") {
        done.set(m.seq, encodedChunk(m.tables, m.articles));
      } else {
        done.set(m.seq, failedChunk(sentChunks.get(m.seq) ?? [], m.message));
      }
      notify();
    };
    w.onerror = (e) => {
      e.preventDefault();
      failure ??= new Error(`Cannot analyse in a worker: ${e.message}`);
      notify();
    };
    w.postMessage(
      {
        type: "init",
        paths: options.paths ?? {},
        leaveOut: options.leaveOut ?? [],
      } as WorkerRequest,
    );
    pool.push(w);
  }
  const limit = 4 * n;
  let sent = 0;
  let next = 0;
  let exhausted = false;
  try {
    for (;;) {
      while (!exhausted && sent - next < limit) {
        const r = groups.next();
        if (r.done) {
          exhausted = true;
          break;
        }
        // The least busy worker takes the chunk; results are re-ordered by
        // sequence number, so the assignment never changes the output.
        const k = inFlight.indexOf(Math.min(...inFlight));
        inFlight[k]++;
        owner.set(sent, k);
        sentChunks.set(
          sent,
          r.value.map(({ article }) => ({
            id: article.id,
            file: article.file,
          })),
        );
        pool[k].postMessage(
          { type: "chunk", seq: sent, items: r.value } as WorkerRequest,
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
      sentChunks.delete(next);
      next++;
      yield result;
    }
  } finally {
    for (const w of pool) w.terminate();
  }
}
