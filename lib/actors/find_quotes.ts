/**
 * Who speaks: direct quotes („…“, "…", »…«, “…”, also across sentences and
 * whole paragraphs after a colon) and reported speech (speech verbs, "laut
 * X", "X zufolge", the subjunctive), each with its speaker: an actor id, a
 * name the gazetteer does not know, or "" when it cannot be resolved.
 *
 * The steps live in `quotes/`: quoted spans (`spans.ts`), speaker
 * candidates (`candidates.ts`), cues (`cues.ts`), attribution
 * (`attribution.ts`) and the walk over the sentences (`walk.ts`).
 *
 * @module
 */
import { splitSentences } from "../text/sentences.ts";
import { tokenize } from "../text/tokens.ts";
import { matchActors } from "./find_actors.ts";
import { coveredTokens, matchNames } from "./find_names.ts";
import { defaultActors, type Gazetteer } from "./gazetteer.ts";
import { defaultNameLexicon, type NameLexicon } from "./name_lexicon.ts";
import { loadSpeechCues, type SpeechCues } from "./speech_cues.ts";
import { QuoteContext } from "./quotes/context.ts";
import type { Quote, QuoteSentence } from "./quotes/types.ts";
import { QuoteWalk } from "./quotes/walk.ts";

export type { Quote, QuoteSentence, SpeakerKind } from "./quotes/types.ts";

/**
 * Find the quotes of an article given its sentences, mentions and names.
 * Sentences must be in text order; `paragraph` groups them.
 */
export function matchQuotes(
  text: string,
  sentences: QuoteSentence[],
  cues: SpeechCues,
  roles: readonly string[],
): Quote[] {
  return new QuoteWalk(new QuoteContext(text, sentences, cues, roles)).run();
}

/** Options for {@linkcode findQuotes}. */
export interface FindQuotesOptions {
  /** @default lib/data/actors.tsv */
  gazetteer?: Gazetteer;
  /** @default lib/data/first_names.txt and wngerman */
  lexicon?: NameLexicon;
  /** @default lib/data/speech_cues.tsv */
  cues?: SpeechCues;
}

let defaultCues: SpeechCues | undefined;

/**
 * Find direct quotes and reported speech in `text`, each with its speaker.
 * Paragraphs are separated by blank lines.
 *
 * @example A direct quote, a reported one, and a pronoun resolved
 * ```ts
 * import assert from "node:assert/strict";
 * import { findQuotes } from "../mod.ts";
 * const q = findQuotes(
 *   "NATO-Generalsekretär Jens Stoltenberg sagte: „Wir bleiben im Irak.“ " +
 *     "Die Lage sei ernst, fügte er hinzu.",
 * );
 * assert.equal(q[0].kind, "direct");
 * assert.equal(q[0].speaker, "jens_stoltenberg");
 * assert.equal(q[0].text, "Wir bleiben im Irak.");
 * assert.equal(q[1].kind, "reported");
 * assert.equal(q[1].speaker, "jens_stoltenberg");
 * ```
 */
export function findQuotes(
  text: string,
  options: FindQuotesOptions = {},
): Quote[] {
  const gazetteer = options.gazetteer ?? defaultActors();
  const lexicon = options.lexicon ?? defaultNameLexicon();
  const cues = options.cues ?? (defaultCues ??= loadSpeechCues());
  const sentences: QuoteSentence[] = [];
  const para = /\n[ \t]*\n/g;
  let from = 0, paragraph = 0;
  const add = (a: number, b: number) => {
    for (const s of splitSentences(text.slice(a, b))) {
      const start = a + s.start, end = a + s.end;
      const tokens = tokenize(text, start, end);
      sentences.push({
        paragraph,
        start,
        end,
        tokens,
        mentions: matchActors(text, tokens, gazetteer),
        names: [],
      });
    }
    paragraph++;
  };
  for (const m of text.matchAll(para)) {
    add(from, m.index!);
    from = m.index! + m[0].length;
  }
  add(from, text.length);
  const input = sentences.map((s) => ({
    tokens: s.tokens,
    covered: coveredTokens(s.tokens, s.mentions),
  }));
  for (const f of matchNames(text, input, lexicon, gazetteer)) {
    sentences[f.sentence].names.push(f.name);
  }
  return matchQuotes(text, sentences, cues, gazetteer.roles);
}
