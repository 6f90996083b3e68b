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
import { memoOn } from "../util/memo.ts";
import { tokenize } from "../text/tokens.ts";
import { loadSentimentLexicon } from "./lexicon.ts";
import type { SentimentLexicon } from "./lexicon_builder.ts";
import {
  type MatchedTokens,
  matchTerms,
  type SentimentMatch,
} from "./match_terms.ts";
import { labelScore, type SentimentOptions, sums } from "./score_sentiment.ts";
import { type LogisticModel, logitsOf } from "../learn/logistic.ts";
import type { SentenceFeatures } from "./sentence_features.ts";
import {
  addContribution,
  addContributions,
  contributionOf,
  contributions,
  type ContributionSums,
  emptySums,
  explainSums,
  loadSentimentModel,
  sentimentFromLogits,
  TONE_WEIGHTS,
} from "./sentiment_model.ts";
import {
  type Place,
  placeTargetFeatures,
  sentencePart,
  targetPart,
} from "./tone_features.ts";
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
  model: LogisticModel;
  logits: number[];
  /** The part's contributions summed per match and token. */
  sums: ContributionSums;
}
const SENTENCE_SCORES = Symbol("sentenceScores");

/**
 * The tone model's scores of a sentence part (tokens `[from, to)` of
 * `mt`), with the sentence's word features added (word_scores.ts),
 * computed once per part.
 */
function sentenceScores(
  model: LogisticModel,
  part: SentenceFeatures,
  mt: MatchedTokens,
  from: number,
  to: number,
): SentenceScores {
  const score = (): SentenceScores => {
    const sums = emptySums();
    addContributions(sums, part.sources, contributions(model, part.sources));
    const logits = logitsOf(model, part.features);
    addWordScores(model, mt, from, to, logits, sums);
    return { model, logits, sums };
  };
  // Kept for the model it was made with (the tone model, in practice).
  const kept = memoOn(part, SENTENCE_SCORES, score);
  return kept.model === model ? kept : score();
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
 * With `explain` false, `matches` list the rules' weighting in `value`
 * but not in `modifiers` (the tone stage writes no modifiers).
 */
export function toneFromMatches(
  mt: MatchedTokens,
  start: number,
  end: number,
  band?: number,
  explain = true,
): ToneResult {
  const model = loadSentimentModel(TONE_WEIGHTS);
  if (mt.tokens.length === 0) {
    const tp = targetPart(mt, start, end, explain);
    const p = sentimentFromLogits(model, logitsOf(model, tp.features));
    return {
      score: p.score,
      label: band === undefined ? p.label : labelScore(p.score, band),
      ...sums([]),
      matches: [],
      role: "none",
      roles: [],
    };
  }
  // The target part is scored as it is placed (no feature vector); the
  // sentence part is shared by every mention of the sentence, scored once.
  const scorer = new TargetScorer(model);
  const tp = placeTargetFeatures(mt, start, end, scorer.place, explain);
  const [from, to] = tp.range;
  const sp = sentenceScores(model, sentencePart(mt, from, to), mt, from, to);
  const p = sentimentFromLogits(model, scorer.logits(sp.logits));
  // The target part's sums on top of the sentence part's (shared, not
  // copied): the same sums as over the concatenated sources.
  const summed = emptySums(sp.sums);
  scorer.addTo(summed);
  // Show each term with the tone rules' weighting (distance, clause, role).
  const base: SentimentMatch[] = [];
  for (let j = 0; j < tp.used.length; j++) {
    base[tp.used[j]] = tp.rules.matches[j];
  }
  const matches = explainSums(mt, summed, tp.range[0], tp.range[1], base);
  return {
    score: p.score,
    label: band === undefined ? p.label : labelScore(p.score, band),
    ...sums(matches),
    matches,
    role: tp.rules.role,
    roles: tp.rules.roles,
  };
}

/**
 * Scores a span's target features as {@linkcode placeTargetFeatures}
 * places them: the feature vector ({@linkcode logitsOf} scores it) and
 * each placement's contribution ({@linkcode contributionOf}), in the order
 * placed — the same numbers as {@linkcode targetPart}'s vector and sources,
 * without an object per source (per mention, those were a third of the
 * tone stage's allocations).
 */
class TargetScorer {
  readonly #model: LogisticModel;
  readonly #features = new Map<string, number>();
  /** Nonzero contributions in the order placed: match, first, last, value. */
  readonly #log: number[] = [];

  constructor(model: LogisticModel) {
    this.#model = model;
  }

  readonly place: Place = (feature, first, last, value, match = -1) => {
    const f = this.#features;
    f.set(feature, (f.get(feature) ?? 0) + value);
    const c = contributionOf(this.#model, feature, value);
    if (c !== 0) this.#log.push(match, first, last, c);
  };

  /** Class scores: `base` (the sentence part's) plus the target part's. */
  logits(base: readonly number[]): number[] {
    return logitsOf(this.#model, this.#features, base);
  }

  /** Add the contributions, in the order placed, to `sums`. */
  addTo(sums: ContributionSums): void {
    const log = this.#log;
    for (let i = 0; i < log.length; i += 4) {
      addContribution(sums, log[i], log[i + 1], log[i + 2], log[i + 3]);
    }
  }
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
