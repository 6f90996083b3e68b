/**
 * The configuration every notebook opens with: which corpus, where the
 * tables are, where to write charts. Environment variables override the
 * defaults, so the same notebooks run on another corpus (as papermill
 * parameters do).
 *
 * @module
 */
import process from "node:process";
import { isAbsolute, join, relative, resolve } from "node:path";
import { escapeHtml } from "../html/escape_html.ts";
import { REPO_ROOT } from "../io/data_file.ts";
import { type Displayable, html } from "./display.ts";

/** Where a notebook reads and writes. All paths are absolute. */
export interface NotebookConfig {
  /** The notebook's name, e.g. `01-corpus-overview`; prefixes chart files. */
  notebook: string;
  /** The corpus folder (`FRAMING_CORPUS`, default `corpus/`). */
  corpus: string;
  /** The outputs folder (`FRAMING_OUTPUTS`, default `outputs/`). */
  outputs: string;
  /** The tables written by `deno task analyze`: `<outputs>/tables`. */
  tables: string;
  /** Where figure cells write SVG and CSV (`FRAMING_CHARTS`, default `<outputs>/charts`). */
  charts: string;
  /**
   * The actor a notebook looks at closely (notebook 02: every mention in
   * context), an actor id (`FRAMING_ACTOR`); "" lets the notebook pick the
   * most mentioned actor.
   */
  actor: string;
  /**
   * The actors compared across conflicts (notebook 05), actor ids
   * (`FRAMING_ACTORS`, comma-separated); empty lets the notebook pick the
   * actors mentioned in most conflicts.
   */
  actors: string[];
  /**
   * The conflict whose key words are compared with the others (notebook
   * 05), a conflict id (`FRAMING_CONFLICT`); "" lets the notebook pick the
   * conflict with most articles.
   */
  conflict: string;
}

/** Options for {@linkcode notebookConfig}. */
export interface NotebookConfigOptions {
  /**
   * Environment to read `FRAMING_CORPUS`, `FRAMING_OUTPUTS`,
   * `FRAMING_CHARTS`, `FRAMING_ACTOR`, `FRAMING_ACTORS` and
   * `FRAMING_CONFLICT` from.
   * @default process.env
   */
  env?: Record<string, string | undefined>;
  /**
   * Folder that relative paths and the defaults are resolved against.
   * @default the repository root
   */
  root?: string;
}

export { REPO_ROOT };

/**
 * The configuration for the notebook `notebook`, from the environment
 * variables `FRAMING_CORPUS`, `FRAMING_OUTPUTS` and `FRAMING_CHARTS`, with
 * defaults `corpus/`, `outputs/` and `<outputs>/charts` in the repository,
 * and the notebooks' choices `FRAMING_ACTOR`, `FRAMING_ACTORS` and
 * `FRAMING_CONFLICT` (see {@linkcode NotebookConfig}; empty by default).
 * Relative paths are resolved against the repository root, so the result does
 * not depend on the kernel's working folder. The only place notebooks read
 * the environment.
 *
 * @example Point a notebook at another corpus
 * ```ts
 * import assert from "node:assert/strict";
 * import { notebookConfig } from "../mod.ts";
 * const c = notebookConfig("01-corpus-overview", {
 *   env: { FRAMING_CORPUS: "/data/zeitung", FRAMING_OUTPUTS: "/tmp/out" },
 * });
 * assert.equal(c.corpus, "/data/zeitung");
 * assert.equal(c.tables, "/tmp/out/tables");
 * assert.equal(c.charts, "/tmp/out/charts");
 * const d = notebookConfig("05-conflicts-compared", {
 *   env: { FRAMING_ACTORS: "usa, iran,", FRAMING_CONFLICT: "iraq_war_2003" },
 * });
 * assert.deepEqual(d.actors, ["usa", "iran"]);
 * assert.equal(d.conflict, "iraq_war_2003");
 * assert.equal(d.actor, "");
 * ```
 */
export function notebookConfig(
  notebook: string,
  options: NotebookConfigOptions = {},
): NotebookConfig & Displayable {
  const env = options.env ?? process.env;
  const root = options.root ?? REPO_ROOT;
  const at = (p: string) => isAbsolute(p) ? p : resolve(root, p);
  const corpus = at(env.FRAMING_CORPUS || "corpus");
  const outputs = at(env.FRAMING_OUTPUTS || "outputs");
  const charts = env.FRAMING_CHARTS
    ? at(env.FRAMING_CHARTS)
    : join(outputs, "charts");
  const config: NotebookConfig = {
    notebook,
    corpus,
    outputs,
    tables: join(outputs, "tables"),
    charts,
    actor: (env.FRAMING_ACTOR ?? "").trim(),
    actors: (env.FRAMING_ACTORS ?? "").split(",").map((s) => s.trim())
      .filter(Boolean),
    conflict: (env.FRAMING_CONFLICT ?? "").trim(),
  };
  // Shown paths are relative to the repository where possible: shorter, and
  // the same report on every machine.
  const shown = (p: string) => {
    const r = relative(root, p);
    return r.startsWith("..") || isAbsolute(r) ? p : r || ".";
  };
  const rows = [
    ["corpus", "FRAMING_CORPUS", shown(corpus)],
    ["tables", "FRAMING_OUTPUTS", shown(config.tables)],
  ].map(([k, v, p]) =>
    `<tr><th>${k}</th><td><code>${escapeHtml(p)}</code></td><td>${v}</td></tr>`
  ).join("");
  return Object.assign(
    config,
    html(
      `<table class="framing-config"><thead><tr><th></th><th>path</th><th>set with</th></tr></thead><tbody>${rows}</tbody></table>`,
    ),
  );
}
