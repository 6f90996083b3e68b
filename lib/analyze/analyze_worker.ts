/**
 * Web Worker entry: loads the resources once, then analyses the chunks of
 * articles it is sent and posts back each chunk's tables as Arrow IPC bytes,
 * transferred (not cloned), with its sequence number. See article_stream.ts.
 *
 * @module
 */
import {
  analyzeChunk,
  type ArticleSummary,
  type PendingArticle,
} from "./analyze_chunk.ts";
import {
  type EncodedTable,
  encodeTables,
  transferables,
} from "./columns_ipc.ts";
import {
  loadResources,
  type ResourcePaths,
  type Resources,
} from "./resources.ts";

/** Messages the pool sends. */
export type WorkerRequest =
  | { type: "init"; paths: ResourcePaths; leaveOut: string[] }
  | { type: "chunk"; seq: number; items: PendingArticle[] };

/** Messages the worker sends back. */
export type WorkerReply =
  | {
    type: "result";
    seq: number;
    tables: Record<string, EncodedTable>;
    articles: ArticleSummary[];
  }
  | { type: "error"; seq: number; message: string };

let resources: Resources | undefined;
let leaveOut: string[] = [];
const self_ = globalThis as unknown as {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(m: WorkerReply, transfer?: Transferable[]): void;
};

self_.onmessage = (e: MessageEvent<WorkerRequest>) => {
  const msg = e.data;
  if (msg.type === "init") {
    resources = loadResources(msg.paths);
    Object.values(resources); // all of them, now: a bad file fails here
    leaveOut = msg.leaveOut;
    return;
  }
  try {
    const { tables, articles } = analyzeChunk(msg.items, resources!, leaveOut);
    const encoded = encodeTables(tables);
    self_.postMessage(
      { type: "result", seq: msg.seq, tables: encoded, articles },
      transferables(encoded),
    );
  } catch (err) {
    self_.postMessage({
      type: "error",
      seq: msg.seq,
      message: (err as Error).message ?? String(err),
    });
  }
};
