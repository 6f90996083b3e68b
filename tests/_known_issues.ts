/**
 * Known bugs in modules this test suite does not own, found by the property
 * and linear-time tests (README, Robustness). Each flag keeps `deno task
 * test` green while the bug is open; set it to false once the fix lands and
 * the tests that name it run again.
 *
 * @module
 */
import { ARTICLE_STAGES, type ArticleStage } from "../lib/analyze/stages.ts";

/**
 * lib/actors/find_quotes.ts matchQuotes: a speech verb as the first token,
 * followed by an auxiliary ("sagte habe er"), sets `from = c.token - 1 = -1`
 * and `t[-1].isWord` throws.
 */
export const KNOWN_QUOTE_CRASH = false;

/**
 * lib/actors/find_quotes.ts: quote pairing is superlinear on runs of quote
 * marks and on many quoted sentences in one paragraph.
 */
export const KNOWN_QUOTE_SUPERLINEAR = false;

/** Stages left out of whole-pipeline tests while their bugs are open. */
export const STAGES_LEFT_OUT: readonly string[] =
  KNOWN_QUOTE_CRASH || KNOWN_QUOTE_SUPERLINEAR ? ["quotes"] : [];

/** Run `fn` with the stages in {@linkcode STAGES_LEFT_OUT} unregistered. */
export function withoutKnownBadStages<T>(fn: () => T): T {
  const removed: [number, ArticleStage][] = [];
  for (let i = ARTICLE_STAGES.length - 1; i >= 0; i--) {
    if (STAGES_LEFT_OUT.includes(ARTICLE_STAGES[i].name)) {
      removed.push([i, ...ARTICLE_STAGES.splice(i, 1)] as [
        number,
        ArticleStage,
      ]);
    }
  }
  try {
    return fn();
  } finally {
    for (const [i, s] of removed.reverse()) ARTICLE_STAGES.splice(i, 0, s);
  }
}

/** " (quotes stage left out: known bug)" while stages are left out. */
export const LEFT_OUT_NOTE = STAGES_LEFT_OUT.length
  ? ` (${
    STAGES_LEFT_OUT.join(", ")
  } stage left out: known bug, see README Robustness)`
  : "";
