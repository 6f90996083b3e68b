/**
 * How sentiment numbers and evidence are written in tables (`tone`,
 * sentence sentiment): rounded to 4 decimals, evidence as
 * `term@start-end:value; …`.
 *
 * @module
 */
import type { SentimentMatch } from "./match_terms.ts";

/** Round for output: stable text in CSV, no float noise. */
export function round4(x: number): number {
  return Math.round(x * 1e4) / 1e4 + 0;
}

/** Evidence string of matches: `term@start-end:value; …`. */
export function formatEvidence(matches: SentimentMatch[]): string {
  return matches.map((m) => `${m.term}@${m.start}-${m.end}:${round4(m.value)}`)
    .join("; ");
}
