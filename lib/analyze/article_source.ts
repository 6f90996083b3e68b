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
import type { CorpusProblem } from "../corpus/problems.ts";
import { iterateCorpus } from "../corpus/read_corpus.ts";
import type { PendingArticle } from "./article_stream.ts";
import type { AnalyzeOptions } from "./options.ts";
import type { Resources } from "./resources.ts";

function validateInputs(
  inputs: ArticleInput[],
  problems: CorpusProblem[],
): Generator<Article> {
  return (function* () {
    const seen = new Set<string>();
    for (let i = 0; i < inputs.length; i++) {
      const input = inputs[i];
      const where = `input[${i}]`;
      const err = (message: string) =>
        problems.push({ file: where, line: null, severity: "error", message });
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
      const text = input.text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
      if (text.indexOf("\0") >= 0) {
        err(`article "${id}" contains NUL characters; remove them`);
        continue;
      }
      if (text.trim() === "") {
        err(`article "${id}" has an empty text`);
        continue;
      }
      yield makeArticle(metaFromInput(input), text);
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
  const articles = typeof input === "string"
    ? iterateCorpus(input, problems, {
      strict: options.strict,
      boilerplate: resources.boilerplate,
      knownConflicts: new Set(resources.conflicts.map((c) => c.id)),
    })
    : validateInputs(input, problems);
  return (function* () {
    for (const article of articles) {
      const notes = problems.filter((p) =>
        p.severity === "note" && article.file !== "" &&
        p.file.endsWith(article.file)
      ).map((p) => p.message);
      yield { article, notes };
    }
  })();
}
