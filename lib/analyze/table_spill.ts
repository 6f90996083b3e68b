/**
 * Article-level tables kept on disk between the analysis and the writing of
 * the outputs, so that a run's memory does not grow with the corpus: each
 * batch's tables are written as Arrow IPC (see columns_ipc.ts: the values
 * come back exactly) and a table is read back only while something uses it
 * — a corpus stage, or the writer of that table's files.
 *
 * @module
 */
import * as aq from "arquero";
import type { ColumnTable as Table } from "arquero";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ChunkResult } from "./analyze_chunk.ts";
import { decodeTables, encodeTables } from "./columns_ipc.ts";
import { concatParts } from "./merge.ts";
import type { Columns } from "./table_builder.ts";

interface SpilledPart {
  file: string | null;
  names: readonly string[];
  /** Columns Arrow cannot round-trip exactly, kept in memory (rare). */
  plain: Columns;
}

/** Tables spilled batch by batch into a folder. */
export class TableSpill {
  readonly dir: string;
  #parts = new Map<string, SpilledPart[]>();
  #batches = 0;

  constructor(dir: string) {
    this.dir = dir;
    mkdirSync(dir, { recursive: true });
  }

  /**
   * Write the tables of one chunk of articles (chunks in corpus order);
   * what a worker sent is stored as it came, without decoding it.
   */
  add(chunk: ChunkResult): void {
    const batch = this.#batches++;
    const encoded = chunk.encoded ?? encodeTables(chunk.tables);
    for (const [name, enc] of Object.entries(encoded)) {
      let file: string | null = null;
      if (enc.ipc) {
        file = join(this.dir, `${name}.${batch}.arrow`);
        writeFileSync(file, enc.ipc);
      }
      const list = this.#parts.get(name) ?? [];
      list.push({ file, names: enc.names, plain: enc.plain });
      this.#parts.set(name, list);
    }
  }

  /** The names of the spilled tables, sorted. */
  names(): string[] {
    return [...this.#parts.keys()].sort();
  }

  /** Read table `name` back from its batches, in order. */
  load(name: string): Table {
    const parts = (this.#parts.get(name) ?? []).map((p) =>
      decodeTables({
        [name]: {
          names: p.names,
          ipc: p.file ? readFileSync(p.file) : null,
          plain: p.plain,
        },
      })
    );
    const t = concatParts(parts)[name];
    return aq.table(t.columns, [...t.names]);
  }

  /**
   * The spilled tables as an object whose properties read each table back
   * on every access (nothing is kept); assigning a property stores that
   * value instead, so corpus stages can add their tables to it.
   */
  tables(): Record<string, Table> {
    const out: Record<string, Table> = {};
    for (const name of [...this.#parts.keys()].sort()) {
      Object.defineProperty(out, name, {
        enumerable: true,
        configurable: true,
        get: () => this.load(name),
        set: (value: Table) =>
          Object.defineProperty(out, name, {
            value,
            enumerable: true,
            configurable: true,
            writable: true,
          }),
      });
    }
    return out;
  }
}
