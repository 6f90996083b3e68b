/**
 * Pieces shared by the two keyword-in-context tables (kwic.ts on token
 * patterns, mention_kwic.ts on actor mentions): the sentence texts by id,
 * and the output columns both fill.
 *
 * @module
 */
import type { Table } from "arquero";
import { column } from "./_groups.ts";

/** A sentence's start offset in its article and its text. */
export interface SentenceText {
  start: number;
  text: string;
}

/** Sentence id → start and text, from a `sentences` table. */
export function sentenceTexts(sentences: Table): Map<string, SentenceText> {
  const out = new Map<string, SentenceText>();
  const ids = column(sentences, "sentence_id", "sentences");
  const starts = column(sentences, "start", "sentences");
  const texts = column(sentences, "text", "sentences");
  for (let i = 0; i < ids.length; i++) {
    out.set(String(ids[i]), {
      start: Number(starts[i]),
      text: String(texts[i]),
    });
  }
  return out;
}

/** Empty KWIC columns (article offsets of the keyword, context left/right). */
export function kwicColumns() {
  return {
    article_id: [] as string[],
    sentence_id: [] as string[],
    start: [] as number[],
    end: [] as number[],
    pre: [] as string[],
    keyword: [] as string[],
    post: [] as string[],
    pattern: [] as string[],
  };
}
