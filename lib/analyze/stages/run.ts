/**
 * The stage runner: orders stages from what they declare they read and add,
 * rejects a stage whose input nothing adds, runs them, and checks that each
 * returns exactly the tables it declared.
 *
 * @module
 */
import type { ColumnTable as Table } from "arquero";
import type { Resources } from "../resources.ts";
import type { Columns } from "../table_builder.ts";
import type {
  Adds,
  ArticleAnalysis,
  ArticleFields,
  ArticleStage,
  CorpusStage,
} from "./types.ts";

/** What every article has before any stage runs (analyze_article.ts). */
export const ARTICLE_INPUTS: readonly string[] = [
  "metadata",
  "sentences",
  "tokens",
];

/** A stage as far as ordering is concerned. */
export interface Declared {
  name: string;
  reads: readonly string[];
  adds: Adds;
}

const FIELDS: readonly (keyof ArticleFields)[] = ["mentions", "names"];

/**
 * The stages in an order that runs each after the stages it reads from:
 * the given order, except that a stage waits until its inputs are there.
 * `available` names what exists before any stage runs.
 *
 * @throws {Error} when a stage reads what no stage (before it, or at all)
 * adds, or two stages add one table.
 */
export function orderStages<S extends Declared>(
  stages: readonly S[],
  available: Iterable<string>,
): S[] {
  const have = new Set(available);
  const addedBy = new Map<string, string>();
  for (const s of stages) {
    for (const t of Object.keys(s.adds)) {
      const other = addedBy.get(t) ?? (have.has(t) ? "the input" : undefined);
      if (other !== undefined) {
        throw new Error(
          `Cannot run stage "${s.name}": table "${t}" is already added by ${
            other === "the input" ? other : `stage "${other}"`
          }; remove one of them or rename the table`,
        );
      }
      addedBy.set(t, s.name);
    }
  }
  const ordered: S[] = [];
  const pending = [...stages];
  while (pending.length > 0) {
    const k = pending.findIndex((s) => s.reads.every((r) => have.has(r)));
    if (k < 0) {
      const s = pending[0];
      const missing = s.reads.filter((r) => !have.has(r));
      const why = missing.map((r) =>
        addedBy.has(r)
          ? `"${r}" (added by "${
            addedBy.get(r)
          }", which itself waits for input: a cycle)`
          : `"${r}" (no stage adds it)`
      ).join(", ");
      throw new Error(
        `Cannot run stage "${s.name}": it reads ${why}; add the stage that adds it, or leave "${s.name}" out`,
      );
    }
    const [s] = pending.splice(k, 1);
    ordered.push(s);
    for (const t of Object.keys(s.adds)) have.add(t);
  }
  return ordered;
}

/** Columns of `rows`, checked against `schema` and put in its order. */
function checkedColumns(
  stage: string,
  table: string,
  schema: readonly string[],
  rows: Columns | undefined,
): Columns {
  const out: Columns = {};
  if (rows === undefined) {
    for (const c of schema) out[c] = [];
    return out;
  }
  // Run once per stage and article: a loop, no intermediate arrays unless
  // the columns differ.
  let present = 0;
  for (const c of schema) {
    const col = rows[c];
    if (col === undefined) break;
    out[c] = col;
    present++;
  }
  let count = 0;
  for (const _ in rows) count++;
  if (present === schema.length && count === schema.length) return out;
  const names = Object.keys(rows);
  const extra = names.filter((c) => !schema.includes(c));
  const absent = schema.filter((c) => rows[c] === undefined);
  throw new Error(
    `Stage "${stage}" returned table "${table}" with columns that differ from its declaration: ${
      [
        absent.length ? `missing ${absent.join(", ")}` : "",
        extra.length ? `undeclared ${extra.join(", ")}` : "",
      ].filter(Boolean).join("; ")
    }`,
  );
}

/**
 * The stage order per stage list and input tables: the same for every
 * article of a run, so it is worked out once.
 */
const articleOrders = new WeakMap<
  readonly ArticleStage[],
  Map<string, ArticleStage[]>
>();

function articleOrder(
  stages: readonly ArticleStage[],
  available: string[],
): ArticleStage[] {
  let byInput = articleOrders.get(stages);
  if (!byInput) articleOrders.set(stages, byInput = new Map());
  const key = available.join("\t");
  let order = byInput.get(key);
  if (!order) byInput.set(key, order = orderStages(stages, available));
  return order;
}

/**
 * Run article stages on `analysis` (which holds the input tables) and
 * return a new analysis with every stage's tables and fields.
 */
export function runArticleStages(
  analysis: ArticleAnalysis,
  stages: readonly ArticleStage[],
  resources: Resources,
): ArticleAnalysis {
  let current = analysis;
  for (const stage of articleOrder(stages, Object.keys(analysis.tables))) {
    const out = stage.run(current, resources);
    for (const t of Object.keys(out.rows)) {
      if (!(t in stage.adds)) {
        throw new Error(
          `Stage "${stage.name}" returned table "${t}", which it does not declare in \`adds\``,
        );
      }
    }
    const tables: Record<string, Columns> = { ...current.tables };
    for (const [t, schema] of Object.entries(stage.adds)) {
      tables[t] = checkedColumns(stage.name, t, schema, out.rows[t]);
    }
    const next: ArticleAnalysis = { ...current, tables };
    for (const f of FIELDS) {
      if (out[f] !== undefined && !(f in stage.adds)) {
        throw new Error(
          `Stage "${stage.name}" returned the field "${f}" but does not add table "${f}"`,
        );
      }
    }
    if (out.mentions) next.mentions = out.mentions;
    if (out.names) next.names = out.names;
    current = next;
  }
  return current;
}

/**
 * The typed per-sentence results `field` of `analysis`.
 *
 * @throws {Error} when no stage handed them on (a stage must declare them in
 * `reads`, and the stage adding them must return them).
 */
export function articleField<F extends keyof ArticleFields>(
  analysis: ArticleAnalysis,
  field: F,
): ArticleFields[F] {
  const value = analysis[field];
  if (value === undefined) {
    throw new Error(
      `No stage handed on the per-sentence "${field}": declare "${field}" in the stage's \`reads\` and run the stage that adds it`,
    );
  }
  return value as ArticleFields[F];
}

/**
 * Run corpus stages on merged tables; returns a new record with the input
 * tables and every stage's tables, in that order (`tables` is not changed).
 */
export function runCorpusStages(
  tables: Readonly<Record<string, Table>>,
  stages: readonly CorpusStage[],
  resources: Resources,
): Record<string, Table> {
  const out: Record<string, Table> = { ...tables };
  for (const stage of orderStages(stages, Object.keys(tables))) {
    const added = stage.run(out, resources);
    for (const [t, table] of Object.entries(added)) {
      const schema = stage.adds[t];
      if (schema === undefined) {
        throw new Error(
          `Stage "${stage.name}" returned table "${t}", which it does not declare in \`adds\``,
        );
      }
      const names = table.columnNames();
      if (names.join("\t") !== schema.join("\t")) {
        throw new Error(
          `Stage "${stage.name}" returned table "${t}" with columns ${
            names.join(", ")
          }; it declares ${schema.join(", ")}`,
        );
      }
    }
    for (const t of Object.keys(stage.adds)) {
      if (!(t in added)) {
        throw new Error(
          `Stage "${stage.name}" declares table "${t}" but did not return it`,
        );
      }
      out[t] = added[t];
    }
  }
  return out;
}
