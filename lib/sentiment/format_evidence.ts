/**
 * How sentiment numbers and evidence are written in tables (`tone`,
 * sentence sentiment): rounded to 4 decimals, evidence as
 * `term@start-end:weight; …`.
 *
 * @module
 */
import type { SentimentMatch } from "./match_terms.ts";

/** Round for output: stable text in CSV, no float noise. */
export function round4(x: number): number {
  return Math.round(x * 1e4) / 1e4 + 0;
}

/**
 * Evidence string of matches: `term@start-end:weight; …`, where weight is
 * the term's learned contribution (`learned`) where the model set one,
 * else its rule value.
 */
export function formatEvidence(matches: SentimentMatch[]): string {
  // A loop, not map/join: once per tone row.
  let out = "";
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i];
    if (i > 0) out += "; ";
    out += m.term + "@" + m.start + "-" + m.end + ":" +
      round4(m.learned ?? m.value);
  }
  return out;
}
