/**
 * Web Worker entry: loads the resources once, then analyses the articles it
 * is sent and posts back each {@linkcode ArticleResult} with its sequence
 * number. See worker_pool.ts.
 *
 * @module
 */
import type { Article } from "../corpus/article.ts";
import { analyzeToResult } from "./article_result.ts";
import {
  loadResources,
  type ResourcePaths,
  type Resources,
} from "./resources.ts";

/** Messages the pool sends. */
export type WorkerRequest =
  | { type: "init"; paths: ResourcePaths }
  | { type: "article"; seq: number; article: Article; notes: string[] };

/** Messages the worker sends back. */
export type WorkerReply =
  | {
    type: "result";
    seq: number;
    result: import("./article_result.ts").ArticleResult;
  }
  | { type: "error"; seq: number; message: string };

let resources: Resources | undefined;
const self_ = globalThis as unknown as {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(m: WorkerReply): void;
};

self_.onmessage = (e: MessageEvent<WorkerRequest>) => {
  const msg = e.data;
  if (msg.type === "init") {
    resources = loadResources(msg.paths);
    return;
  }
  try {
    const result = analyzeToResult(msg.article, resources!, msg.notes);
    self_.postMessage({ type: "result", seq: msg.seq, result });
  } catch (err) {
    self_.postMessage({
      type: "error",
      seq: msg.seq,
      message: (err as Error).message ?? String(err),
    });
  }
};
