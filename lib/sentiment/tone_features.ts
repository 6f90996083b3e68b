/**
 * Features of a target span for the learned tone model: the lexicon and
 * context features of its sentence ({@linkcode sentenceFeatures} without
 * word features: `lex:…`, `mod:…`, `ctx:…`), the sentence's words and
 * character n-grams ({@linkcode wordFeatures}: `w:…`, `pre:…`, `suf:…`;
 * they help only when the fit scales them by their log-count ratio, see
 * train_tone.ts), plus target-relative ones (all named `t:…`):
 * - `t:pos`/`t:neg`: the lexicon values weighted by distance, clause and
 *   role ({@linkcode ruleTone}), as magnitudes;
 * - `t:clause:*` / `t:other:*`: lexicon values in the span's clause or in
 *   other clauses; `t:inside:*`: terms inside the span ("Terrormiliz");
 * - `t:agent:*` / `t:target:*`: the span is the agent or the patient of a
 *   negative or positive act ({@linkcode roleIn});
 * - `t:speaker`, `t:speaker_other:*`: the span's clause attributes speech
 *   ("…, sagte X"), and the evaluative words outside that clause;
 * - `t:initial`: the span opens its sentence.
 *
 * @module
 */
import { memoOn } from "../util/memo.ts";
import type { MatchedTokens } from "./match_terms.ts";
import { wordFeatures } from "./word_scores.ts";
import {
  roleIn,
  ruleTone,
  spanTokens,
  toneIndex,
  type ToneResult,
} from "./tone_rules.ts";
import {
  placer,
  type SentenceFeatures,
  sentenceFeatures,
} from "./sentence_features.ts";

/**
 * Target feature names by kind and side, built once: names made per match
 * with a template cost a string build and a hash per model lookup.
 */
const T_NAMES = {
  pos: { value: "t:pos", inside: "t:inside:pos", clause: "t:clause:pos" },
  neg: { value: "t:neg", inside: "t:inside:neg", clause: "t:clause:neg" },
};
const T_ROLE = {
  pos: { agent: "t:agent:pos", target: "t:target:pos" },
  neg: { agent: "t:agent:neg", target: "t:target:neg" },
};
const T_OTHER = {
  pos: { other: "t:other:pos", speaker: "t:speaker_other:pos" },
  neg: { other: "t:other:neg", speaker: "t:speaker_other:neg" },
};

/** Sentence features per matched sequence and sentence, computed once. */
const SENTENCE_PARTS = Symbol("sentenceParts");
const newParts = () => new Map<number, SentenceFeatures>();

/** Token range of sentence `s` around token `a`. */
function sentenceRange(mt: MatchedTokens, a: number): [number, number] {
  const s = mt.sentence[a];
  let from = a, to = a + 1;
  while (from > 0 && mt.sentence[from - 1] === s) from--;
  while (to < mt.tokens.length && mt.sentence[to] === s) to++;
  return [from, to];
}

/** A span's features, their sources, and the rule-based tone behind them. */
export interface ToneFeatures extends SentenceFeatures {
  /** Token range of the span's sentence. */
  range: [number, number];
  /** First and last token of the span. */
  span: [number, number];
  /** The rule-based tone ({@linkcode ruleTone}); absent without tokens. */
  rules?: ToneResult;
  /** Index in `mt.matches` of each of `rules.matches`. */
  used: number[];
}

/**
 * The sentence part of the features (lexicon and context features of the
 * sentence of tokens `[from, to)`), computed once per sentence and shared
 * by every span in it: do not modify.
 */
export function sentencePart(
  mt: MatchedTokens,
  from: number,
  to: number,
): SentenceFeatures {
  const bySentence = memoOn(mt, SENTENCE_PARTS, newParts);
  let sf = bySentence.get(from);
  if (!sf) bySentence.set(from, sf = sentenceFeatures(mt, from, to, false));
  return sf;
}

/** Adds `value` to `feature`, placed at tokens `first`…`last` (match `match`). */
export type Place = (
  feature: string,
  first: number,
  last: number,
  value: number,
  match?: number,
) => void;

/** Where a span lies and the rule-based tone behind its features. */
export interface TargetPlacement {
  /** Token range of the span's sentence. */
  range: [number, number];
  /** First and last token of the span. */
  span: [number, number];
  /** The rule-based tone ({@linkcode ruleTone}). */
  rules: ToneResult;
  /** Index in `mt.matches` of each of `rules.matches`. */
  used: number[];
}

/**
 * Give the target-relative features (`t:…`) of the span to `place`, in a
 * fixed order, and return where the span lies. `mt` must have tokens.
 * {@linkcode targetPart} collects them into a feature vector; the tone
 * model scores them as they come (score_tone.ts). `explain`: see
 * {@linkcode ruleTone}.
 */
export function placeTargetFeatures(
  mt: MatchedTokens,
  start: number,
  end: number,
  place: Place,
  explain = true,
): TargetPlacement {
  const { tokens } = mt;
  const [a, b] = spanTokens(tokens, start, end);
  const [from, to] = sentenceRange(mt, a);
  const index = toneIndex(mt);
  const used: number[] = [];
  const rules = ruleTone(mt, start, end, undefined, used, explain);
  const spanClause = mt.clause[a];
  const speaker = index.speech[index.clauseStart[a]] === 1;
  if (speaker) place("t:speaker", a, b, 1);
  const placed = rules.matches;
  for (let j = 0; j < placed.length; j++) {
    const p = placed[j];
    const i = used[j];
    const m = mt.matches[i];
    if (m.value === 0) continue;
    const side = m.value > 0 ? "pos" : "neg";
    const mag = Math.abs(m.value);
    if (p.value !== 0) {
      place(
        T_NAMES[p.value > 0 ? "pos" : "neg"].value,
        m.first,
        m.last,
        Math.abs(p.value),
        i,
      );
    }
    const inside = m.last >= a && m.first <= b;
    if (inside) place(T_NAMES[side].inside, m.first, m.last, mag, i);
    else if (m.clause === spanClause) {
      place(T_NAMES[side].clause, m.first, m.last, mag, i);
      const role = roleIn(mt, index, m, a, b);
      if (role) place(T_ROLE[side][role], m.first, m.last, mag, i);
    } else {
      place(T_OTHER[side].other, m.first, m.last, mag, i);
      if (speaker) place(T_OTHER[side].speaker, m.first, m.last, mag, i);
    }
  }
  let initial = true;
  for (let k = from; k < a; k++) if (tokens[k].isWord) initial = false;
  if (initial) place("t:initial", a, b, 1);
  return { range: [from, to], span: [a, b], rules, used };
}

/**
 * The target-relative part of the features (`t:…`) of the span, with the
 * span's sentence range; {@linkcode sentencePart} of that range gives the
 * rest. `explain`: see {@linkcode ruleTone}.
 */
export function targetPart(
  mt: MatchedTokens,
  start: number,
  end: number,
  explain = true,
): ToneFeatures {
  if (mt.tokens.length === 0) {
    return {
      features: new Map([["t:empty", 1]]),
      sources: [],
      range: [0, 0],
      span: [0, -1],
      used: [],
    };
  }
  const out: SentenceFeatures = { features: new Map(), sources: [] };
  const placement = placeTargetFeatures(
    mt,
    start,
    end,
    placer(out),
    explain,
  );
  return { ...out, ...placement };
}

/**
 * The span's features (sentence, word and target parts) and their
 * sources. (Prediction adds the word part's weights directly,
 * `addWordScores` in word_scores.ts.)
 */
export function toneFeatures(
  mt: MatchedTokens,
  start: number,
  end: number,
): ToneFeatures {
  const tp = targetPart(mt, start, end);
  if (mt.tokens.length === 0) return tp;
  const sp = sentencePart(mt, tp.range[0], tp.range[1]);
  const wp = wordFeatures(mt, tp.range[0], tp.range[1]);
  const features = new Map(sp.features);
  for (const part of [wp, tp]) {
    for (const [k, v] of part.features) {
      features.set(k, (features.get(k) ?? 0) + v);
    }
  }
  return {
    ...tp,
    features,
    sources: [...sp.sources, ...wp.sources, ...tp.sources],
  };
}
