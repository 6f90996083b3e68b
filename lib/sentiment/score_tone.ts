/**
 * Tone toward an actor: the polarity of the language about a span of text
 * (an actor mention), not of the whole sentence. {@linkcode scoreTone}
 * classifies with a learned logistic model
 * (lib/data/sentiment_tone_weights.tsv, fitted by `deno task train` on
 * GerNTSA targets) over the target-relative features of tone_features.ts,
 * which come from the tone rules (tone_rules.ts).
 *
 * @module
 */
import { tokenize } from "../text/tokens.ts";
import { loadSentimentLexicon } from "./lexicon.ts";
import type { SentimentLexicon } from "./lexicon_builder.ts";
import { type MatchedTokens, matchTerms } from "./match_terms.ts";
import { labelScore, type SentimentOptions, sums } from "./score_sentiment.ts";
import { type LogisticModel, logitsOf } from "../learn/logistic.ts";
import type { SentenceFeatures } from "./sentence_features.ts";
import {
  addContributions,
  contributions,
  type ContributionSums,
  explainSums,
  loadSentimentModel,
  sentimentFromLogits,
  TONE_WEIGHTS,
} from "./sentiment_model.ts";
import { sentencePart, targetPart } from "./tone_features.ts";
import { addWordScores } from "./word_scores.ts";
import type { ToneResult } from "./tone_rules.ts";

export {
  AGAINST,
  AGENT,
  DISTANCE_SCALE,
  OTHER_CLAUSE,
  type RoleEvidence,
  ruleTone,
  SPEAKER_OTHER_CLAUSE,
  TARGET,
  type ToneResult,
  type ToneRole,
} from "./tone_rules.ts";

/** Scores and contributions of a sentence part, once per part. */
interface SentenceScores {
  part: SentenceFeatures;
  logits: Float64Array;
  /** The part's contributions summed per match and token. */
  sums: ContributionSums;
}
const sentenceScoreCache = new WeakMap<SentenceFeatures, SentenceScores>();

/**
 * The scores of a sentence part (tokens `[from, to)` of `mt`), with the
 * sentence's word features added (word_scores.ts).
 */
function sentenceScores(
  model: LogisticModel,
  part: SentenceFeatures,
  mt: MatchedTokens,
  from: number,
  to: number,
): SentenceScores {
  let hit = sentenceScoreCache.get(part);
  if (!hit) {
    const sums: ContributionSums = { byMatch: new Map(), byToken: new Map() };
    addContributions(sums, part.sources, contributions(model, part.sources));
    const logits = logitsOf(model, part.features);
    addWordScores(model, mt, from, to, logits, sums);
    hit = { part, logits, sums };
    sentenceScoreCache.set(part, hit);
  }
  return hit;
}

/**
 * Tone from already matched tokens with the learned tone model (the tone
 * stage matches each sentence once and scores every mention in it):
 * `score` is P(positive) − P(negative) toward the span, `label` the most
 * probable class (or, with `band` given, the score labelled by that
 * band), `matches` the terms of the span's sentence with the tone rules'
 * weighting (`value`, `modifiers`) and their learned contributions
 * (`learned`), `positive`/`negative` the sums of those values, `role`/`roles` the span's
 * role in the negative acts of its clause (from {@linkcode ruleTone}).
 */
export function toneFromMatches(
  mt: MatchedTokens,
  start: number,
  end: number,
  band?: number,
): ToneResult {
  const model = loadSentimentModel(TONE_WEIGHTS);
  const tp = targetPart(mt, start, end);
  // The sentence part is shared by every mention of the sentence: its
  // scores and contributions are computed once.
  const sp = mt.tokens.length > 0
    ? sentenceScores(
      model,
      sentencePart(mt, tp.range[0], tp.range[1]),
      mt,
      tp.range[0],
      tp.range[1],
    )
    : undefined;
  const p = sentimentFromLogits(
    model,
    logitsOf(model, tp.features, sp?.logits),
  );
  const rules = tp.rules ?? { role: "none" as const, roles: [], matches: [] };
  // Show each term with the tone rules' weighting (distance, clause, role).
  const base = new Map(tp.used.map((i, j) => [i, rules.matches[j]]));
  // The sentence part's sums first, then the target part's: the same sums
  // as over the concatenated sources.
  const summed: ContributionSums = {
    byMatch: new Map(sp?.sums.byMatch),
    byToken: new Map(sp?.sums.byToken),
  };
  addContributions(summed, tp.sources, contributions(model, tp.sources));
  const matches = explainSums(mt, summed, tp.range[0], tp.range[1], base);
  return {
    score: p.score,
    label: band === undefined ? p.label : labelScore(p.score, band),
    ...sums(matches),
    matches,
    role: rules.role,
    roles: rules.roles,
  };
}

/**
 * Score the tone of the language about `text.slice(start, end)` with the
 * learned tone model (lib/data/sentiment_tone_weights.tsv): the lexicon
 * terms of the span's sentence, weighted by distance, clause and the span's
 * role as agent or target of acts, whether the span is a speaker, and the
 * sentence's context. Returns a valid label for any span, also an empty
 * one or one outside every word.
 *
 * @example The agent of an attack and its target
 * ```ts
 * import assert from "node:assert/strict";
 * import { scoreTone } from "../mod.ts";
 * const text = "Die Miliz beschoss das Dorf.";
 * const miliz = scoreTone(text, 4, 9);
 * assert.equal(miliz.label, "negative");
 * assert.equal(miliz.role, "agent");
 * const dorf = scoreTone(text, 23, 27);
 * assert.ok(dorf.role === "target" && dorf.score > miliz.score);
 * ```
 *
 * @example The terms behind the tone, with their learned weights
 * ```ts
 * import assert from "node:assert/strict";
 * import { scoreTone } from "../mod.ts";
 * const text = "Die Armee beschoss den Konvoi.";
 * const t = scoreTone(text, 4, 9);
 * const act = t.matches.find((m) => m.term === "beschoss")!;
 * assert.ok(act.learned! < 0);
 * ```
 */
export function scoreTone(
  text: string,
  start: number,
  end: number,
  options: SentimentOptions = {},
): ToneResult {
  const lex: SentimentLexicon = options.lexicon ?? loadSentimentLexicon();
  const mt = matchTerms(text, tokenize(text), lex);
  return toneFromMatches(mt, start, end, options.neutralBand);
}
