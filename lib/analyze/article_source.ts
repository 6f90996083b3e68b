/**
 * Where articles come from: a corpus folder (read lazily, file by file) or
 * an in-memory array of `{ id, text, ...metadata }`, checked the same way.
 *
 * @module
 */
import {
  type Article,
  type ArticleInput,
  makeArticle,
  metaFromInput,
} from "../corpus/article.ts";
import type { BoilerplateRule } from "../corpus/boilerplate.ts";
import { lineOf, normalizeNewlines } from "../corpus/decode_text.ts";
import { checkDate, isPrecision } from "../corpus/dates.ts";
import type { CorpusProblem } from "../corpus/problems.ts";
import { iterateCorpus } from "../corpus/read_corpus.ts";
import type { PendingArticle } from "./article_stream.ts";
import type { AnalyzeOptions } from "./options.ts";
import type { Resources } from "./resources.ts";

/** Notes of articles read from export files, found before analysis began. */
const readNotes = new WeakMap<Article, string[]>();

function validateInputs(
  inputs: ArticleInput[],
  problems: CorpusProblem[],
  rules: BoilerplateRule[],
): Generator<Article> {
  return (function* () {
    const seen = new Set<string>();
    for (let i = 0; i < inputs.length; i++) {
      const input = inputs[i];
      // Articles read from export files say where they came from.
      const where = typeof input?.path === "string"
        ? input.path
        : `input[${i}]`;
      const line = typeof input?.line === "number" ? input.line : null;
      const at = input?.position ? `${input.position}: ` : "";
      const err = (message: string) =>
        problems.push({
          file: where,
          line,
          severity: "error",
          message: at + message,
        });
      if (!input || typeof input.text !== "string" || input.id === undefined) {
        err("each article needs an id and a text string");
        continue;
      }
      const id = String(input.id);
      if (seen.has(id)) {
        err(`duplicate id "${id}"; give every article its own id`);
        continue;
      }
      seen.add(id);
      if (id.trim() === "") {
        err("the id is empty; give every article a non-empty id");
        continue;
      }
      const text = normalizeNewlines(input.text, where, problems);
      const nul = text.indexOf("\0");
      if (nul >= 0) {
        err(
          `article "${id}" contains NUL characters (first on line ${
            lineOf(text, nul)
          }); remove them`,
        );
        continue;
      }
      if (text.trim() === "") {
        err(`article "${id}" has an empty text`);
        continue;
      }
      const meta = metaFromInput(input);
      if (meta.date !== "") {
        const checked = checkDate(meta.date);
        if (!isPrecision(checked)) {
          err(
            `malformed date "${meta.date}" for article "${id}": ${checked}; write YYYY-MM-DD, YYYY-MM, YYYY or a range FROM..TO, or leave it empty`,
          );
          continue;
        }
        if (meta.date_precision === "") meta.date_precision = checked;
      }
      const article = makeArticle(meta, text, rules);
      if (Array.isArray(input.notes)) readNotes.set(article, input.notes);
      yield article;
    }
  })();
}

/**
 * The articles of `input` with their reading notes, one at a time. Problems
 * are pushed into `problems` as they are found.
 */
export function articleSource(
  input: string | ArticleInput[],
  resources: Resources,
  problems: CorpusProblem[],
  options: AnalyzeOptions = {},
): Iterable<PendingArticle> {
  if (typeof input !== "string" && !Array.isArray(input)) {
    throw new TypeError(
      `Cannot analyse the corpus: the input is ${
        input === null ? "null" : typeof input
      }; pass a corpus folder path or an array of { id, text } objects`,
    );
  }
  const articles = typeof input === "string"
    ? iterateCorpus(input, problems, {
      strict: options.strict,
      maxBytes: options.maxArticleBytes,
      boilerplate: resources.boilerplate,
      knownConflicts: new Set(resources.conflicts.map((c) => c.id)),
    })
    : validateInputs(input, problems, resources.boilerplate);
  return (function* () {
    // Problems found while an article is read are pushed just before it is
    // yielded: its notes are the ones that arrived since the previous one
    // (matching by file name would give "a.txt" the notes of "ba.txt").
    let seen = 0;
    for (const article of articles) {
      const notes: string[] = [...(readNotes.get(article) ?? [])];
      for (let i = seen; i < problems.length; i++) {
        if (problems[i].severity === "note") notes.push(problems[i].message);
      }
      seen = problems.length;
      yield { article, notes };
    }
  })();
}
