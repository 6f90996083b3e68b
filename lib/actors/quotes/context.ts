/**
 * Everything the attribution and the walk look up about an article: its
 * quoted spans, candidates and cues per sentence, with the look-ups
 * computed once (or on first use) so each question costs O(log n).
 *
 * @module
 */
import type { SpeechCues } from "../speech_cues.ts";
import { speakerCandidates } from "./candidates.ts";
import { fits, type Gender, genderOf } from "./gender.ts";
import { findCues, speechCue } from "./cues.ts";
import { type Coverage, coverage, firstIndex, quoteSpans } from "./spans.ts";
import { type TokenIndex, tokenIndex } from "./token_index.ts";
import type { Cand, Cue, QuoteSentence, SpeakerKind, Who } from "./types.ts";

/** The last attributed speaker, for pronouns. */
export interface LastSpeaker {
  who: Who;
  sentence: number;
  person: boolean;
  kind: SpeakerKind;
}

/** An article prepared for attribution. */
export class QuoteContext {
  /** Outermost quoted spans [open, close], in text order. */
  readonly spans: number[][] = [];
  /** Speaker candidates per sentence, by first token. */
  readonly cands: Cand[][];
  /** Per sentence, in token order: its cues, and its speech-verb cues. */
  readonly cuesOf: Cue[][];
  readonly speechOf: Cue[][];
  /** Per sentence: candidate by first token. */
  readonly candAt: Map<number, Cand>[];
  /** Does the sentence end with ":"? */
  readonly colonEnd: boolean[];
  /** The last resolved speaker (set by the walk as it records quotes). */
  lastSpeaker: LastSpeaker | null = null;

  readonly #maxLasts: (number[] | undefined)[] = [];
  readonly #indexes: (TokenIndex | undefined)[] = [];
  readonly #nameCover: (Coverage | undefined)[] = [];
  readonly #firstPersons = new Map<string, Cand | null>();

  constructor(
    readonly text: string,
    readonly sentences: QuoteSentence[],
    cues: SpeechCues,
    readonly roles: readonly string[],
  ) {
    // Quoted spans, per paragraph.
    for (let i = 0; i < sentences.length;) {
      let j = i;
      while (
        j + 1 < sentences.length &&
        sentences[j + 1].paragraph === sentences[i].paragraph
      ) j++;
      for (const sp of quoteSpans(text, sentences[i].start, sentences[j].end)) {
        this.spans.push(sp);
      }
      i = j + 1;
    }
    const inQuote = this.inQuote;
    this.cands = speakerCandidates(sentences, inQuote);
    this.cuesOf = sentences.map(() => []);
    this.speechOf = sentences.map(() => []);
    for (const c of findCues(text, sentences, cues, inQuote)) {
      this.cuesOf[c.sentence].push(c);
      if (speechCue(c)) this.speechOf[c.sentence].push(c);
    }
    this.candAt = this.cands.map((list) => {
      const m = new Map<number, Cand>();
      for (const k of list) if (!m.has(k.first)) m.set(k.first, k);
      return m;
    });
    this.colonEnd = sentences.map((x) => {
      let e = x.end;
      while (e > x.start && /\s/u.test(text[e - 1])) e--;
      return e > x.start && text[e - 1] === ":";
    });
  }

  /** Is `offset` inside a quoted span? (Spans are sorted and disjoint.) */
  readonly inQuote = (offset: number): boolean => {
    const spans = this.spans;
    const k = firstIndex(spans.length, (i) => spans[i][0] > offset) - 1;
    return k >= 0 && offset <= spans[k][1];
  };

  /** The sentence that holds `offset`. */
  sentenceOf(offset: number): number {
    const sentences = this.sentences;
    return Math.max(
      0,
      firstIndex(sentences.length, (i) => sentences[i].start > offset) - 1,
    );
  }

  /** The first candidate of sentence `si` at or after token `tok`. */
  firstCandFrom(si: number, tok: number): number {
    const list = this.cands[si];
    return firstIndex(list.length, (i) => list[i].first >= tok);
  }

  /** maxLast[i]: the furthest last token among the first i + 1 candidates. */
  maxLastOf(si: number): number[] {
    let m = this.#maxLasts[si];
    if (!m) {
      const list = this.cands[si];
      m = new Array<number>(list.length).fill(0);
      let max = -1;
      list.forEach((k, i) => m![i] = max = Math.max(max, k.last));
      this.#maxLasts[si] = m;
    }
    return m;
  }

  /** The token index of sentence `si`. */
  indexOf(si: number): TokenIndex {
    return this.#indexes[si] ??= tokenIndex(
      this.sentences[si].tokens,
      this.inQuote,
    );
  }

  /** The spans of sentence `si`'s candidates and mentions. */
  coverOf(si: number): Coverage {
    const s = this.sentences[si];
    return this.#nameCover[si] ??= coverage([
      ...this.cands[si].map((k) => ({
        start: s.tokens[k.first].start,
        end: s.tokens[k.last].end,
      })),
      ...s.mentions,
    ]);
  }

  /**
   * The first person of a sentence (whose words hold `role`; of gender
   * `gender` where its words show one), memoised.
   */
  firstPerson(si: number, role: string, gender: Gender = ""): Cand | null {
    const key = `${si}\t${role}\t${gender}`;
    let c = this.#firstPersons.get(key);
    if (c === undefined) {
      c = this.cands[si].find((k) =>
        k.person && (!role || k.surface.toLowerCase().includes(role)) &&
        fits(genderOf(k.surface, this.roles), gender)
      ) ?? null;
      this.#firstPersons.set(key, c);
    }
    return c;
  }
}
