/**
 * Keyness: the words that set a target set of articles (e.g. one
 * conflict's coverage) apart from the rest, by the signed log-likelihood
 * ratio G², computed as quanteda's `textstat_keyness(measure = "lr")` does.
 *
 * @module
 */
import * as aq from "arquero";
import type { Table } from "arquero";
import { column, compare } from "./_groups.ts";

/** Options for {@linkcode textstatKeyness}. */
export interface KeynessOptions {
  /**
   * Token column used as the feature: `lower` (the word as written, lower
   * case) or `norm` (stemmed, umlauts folded).
   * @default "lower"
   */
  feature?: string;
  /**
   * Continuity correction, as in quanteda: `"default"` and `"yates"` apply
   * Yates' correction to a feature's 2×2 table only when an expected count
   * is below 5 and |ad − bc| > N/2; `"williams"` divides G² by Williams' q
   * (not when a cell is 0); `"none"` applies none.
   * @default "default"
   */
  correction?: "default" | "yates" | "williams" | "none";
  /** Keep punctuation and symbols as features too. @default false */
  punctuation?: boolean;
  /** Features to leave out (compared after `feature` is read), e.g. stop words. */
  exclude?: Iterable<string>;
  /** Drop features seen fewer times than this in both groups together. @default 1 */
  minCount?: number;
}

// quanteda adds this inside each log so that zero cells give 0 · log(ε) = 0.
const EPSILON = 1e-9;

/**
 * Compare the features of the target articles with those of all other
 * articles: for each feature a 2×2 table (a = count in target, b = count in
 * reference, c and d = all other features' counts in target and reference)
 * and G² = 2 Σ O·ln(O/E + ε), signed positive when the feature is more
 * frequent in the target than expected (a > E₁₁), negative otherwise; p from
 * the χ² distribution with one degree of freedom on |G²|. This follows
 * quanteda.textstats' `keyness_lr` line by line, including its default
 * Yates correction and ε = 1e-9.
 *
 * Returns a table with columns `feature`, `g2`, `p`, `n_target`,
 * `n_reference`, sorted by `g2` descending (ties by feature), so the head
 * holds the target's key words and the tail the reference's.
 *
 * Throws a `RangeError` when the target or the reference has no tokens.
 *
 * @example Key words of one article against another
 * ```ts
 * import assert from "node:assert/strict";
 * import * as aq from "arquero";
 * import { textstatKeyness } from "./keyness.ts";
 * const tokens = aq.table({
 *   article_id: ["a", "a", "a", "b", "b", "b"],
 *   lower: ["bagdad", "bagdad", "krieg", "kiew", "kiew", "krieg"],
 *   is_word: [true, true, true, true, true, true],
 * });
 * const k = textstatKeyness(tokens, ["a"]);
 * assert.ok(k.get("feature", 0) === "bagdad" && k.get("g2", 0) > 0);
 * ```
 */
export function textstatKeyness(
  tokens: Table,
  target: Iterable<string>,
  options: KeynessOptions = {},
): Table {
  const targetSet = new Set(Array.from(target, String));
  const feats = column(tokens, options.feature ?? "lower", "tokens");
  const ids = column(tokens, "article_id", "tokens");
  const words = options.punctuation
    ? null
    : column(tokens, "is_word", "tokens");
  const exclude = new Set(options.exclude ?? []);
  const counts = new Map<string, [number, number]>();
  let totalTarget = 0;
  let totalRef = 0;
  for (let i = 0; i < feats.length; i++) {
    if (words && !words[i]) continue;
    const f = String(feats[i]);
    if (exclude.has(f)) continue;
    let c = counts.get(f);
    if (!c) counts.set(f, c = [0, 0]);
    if (targetSet.has(String(ids[i]))) {
      c[0]++;
      totalTarget++;
    } else {
      c[1]++;
      totalRef++;
    }
  }
  if (totalTarget === 0 || totalRef === 0) {
    throw new RangeError(
      `Cannot compute keyness: the ${
        totalTarget === 0 ? "target" : "reference"
      } has no tokens; choose target articles that exist and leave some out`,
    );
  }
  const minCount = options.minCount ?? 1;
  const correction = options.correction ?? "default";
  const rows: { f: string; g2: number; p: number; a: number; b: number }[] = [];
  for (const [f, [a, b]] of counts) {
    if (a + b < minCount) continue;
    const g2 = keynessG2(a, b, totalTarget - a, totalRef - b, correction);
    rows.push({ f, g2, p: chiSquare1Upper(Math.abs(g2)), a, b });
  }
  rows.sort((x, y) => y.g2 - x.g2 || compare(x.f, y.f));
  return aq.table({
    feature: rows.map((r) => r.f),
    g2: rows.map((r) => r.g2),
    p: rows.map((r) => r.p),
    n_target: rows.map((r) => r.a),
    n_reference: rows.map((r) => r.b),
  });
}

/**
 * Signed G² of one 2×2 table (a, b: the feature in target and reference;
 * c, d: every other feature), as quanteda's `keyness_lr`.
 */
export function keynessG2(
  a: number,
  b: number,
  c: number,
  d: number,
  correction: KeynessOptions["correction"] = "default",
): number {
  const n = a + b + c + d;
  const e11 = ((a + b) * (a + c)) / n;
  if (correction === "default" || correction === "yates") {
    const small = (a + b) * (a + c) / n < 5 || (a + b) * (b + d) / n < 5 ||
      (a + c) * (c + d) / n < 5 || (c + d) * (b + d) / n < 5;
    if (small && Math.abs(a * d - b * c) > n / 2) {
      const s = a * d - b * c > 0 ? 0.5 : -0.5;
      a -= s;
      d -= s;
      b += s;
      c += s;
    }
  }
  let g2 = 2 * (a * Math.log(a / e11 + EPSILON) +
    b * Math.log(b / ((a + b) * (b + d) / n) + EPSILON) +
    c * Math.log(c / ((a + c) * (c + d) / n) + EPSILON) +
    d * Math.log(d / ((b + d) * (c + d) / n) + EPSILON));
  g2 *= a > e11 ? 1 : -1;
  if (correction === "williams" && a * b * c * d !== 0) {
    const q = 1 +
      (n / (a + b) + n / (c + d) - 1) * (n / (a + c) + n / (b + d) - 1) /
        (6 * n);
    g2 /= q;
  }
  return g2;
}

/** P(χ²₁ ≥ x) = erfc(√(x/2)). */
export function chiSquare1Upper(x: number): number {
  return erfc(Math.sqrt(x / 2));
}

// Complementary error function, Chebyshev fit (Numerical Recipes erfcc):
// relative error below 1.2e-7 everywhere.
function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r = t * Math.exp(
    -z * z - 1.26551223 +
      t * (1.00002368 +
          t * (0.37409196 +
              t * (0.09678418 +
                  t * (-0.18628806 +
                      t * (0.27886807 +
                          t * (-1.13520398 +
                              t *
                                (1.48851587 +
                                  t * (-0.82215223 + t * 0.17087277)))))))),
  );
  return x >= 0 ? r : 2 - r;
}
