/**
 * The `tone` stage: one row per actor mention with the tone of the language
 * about it ({@linkcode toneFromMatches}). Reads the `mentions` table of
 * the mentions stage.
 *
 * Columns: mention_id, article_id, sentence_id, actor_id, score (4
 * decimals), label, role (agent, target, both, none), evidence (the matched
 * terms, `term@start-end:value`, "; "-separated, offsets into the article).
 *
 * @module
 */
import type { ArticleStage, Sentence } from "../types.ts";
import { TONE } from "../../schemas.ts";
import { tokenize } from "../../../text/tokens.ts";
import {
  type MatchedTokens,
  matchTerms,
} from "../../../sentiment/match_terms.ts";
import { toneFromMatches } from "../../../sentiment/score_tone.ts";
import { formatEvidence, round4 } from "../../../sentiment/format_evidence.ts";
import { TableBuilder } from "../../table_builder.ts";

/** The per-article tone stage. */
export const toneStage: ArticleStage = {
  name: "tone",
  reads: ["sentences", "tokens", "mentions"],
  adds: { tone: TONE },
  run(analysis, resources) {
    const table = new TableBuilder(TONE);
    const out = table.columns;
    const cols = analysis.tables.mentions;
    const n = cols.mention_id.length;
    const text = analysis.article.text;
    const byId = new Map<string, Sentence>();
    for (const s of analysis.sentences) byId.set(s.id, s);
    const matched = new Map<string, MatchedTokens>();
    for (let i = 0; i < n; i++) {
      // Tone toward actors: places ("in Syrien") and unresolved roles are
      // not actors (README, Actors: readings).
      if (cols.reading?.[i] === "place" || cols.actor_id[i] === "") continue;
      const sentenceId = String(cols.sentence_id[i]);
      const start = Number(cols.start[i]);
      const end = Number(cols.end[i]);
      const s = byId.get(sentenceId);
      // A mention outside every sentence (e.g. in a caption): its line.
      const from = s ? s.start : text.lastIndexOf("\n", start - 1) + 1;
      const nl = text.indexOf("\n", end);
      const key = s ? sentenceId : `line@${from}`;
      let mt = matched.get(key);
      if (!mt) {
        const tokens = s
          ? s.tokens
          : tokenize(text, from, nl < 0 ? text.length : nl);
        mt = matchTerms(text, tokens, resources.sentiment);
        matched.set(key, mt);
      }
      const tone = toneFromMatches(mt, start, end, undefined, false);
      // Column pushes (not add({...})): this runs once per mention.
      out.mention_id.push(cols.mention_id[i]);
      out.article_id.push(cols.article_id[i]);
      out.sentence_id.push(sentenceId);
      out.actor_id.push(cols.actor_id[i]);
      out.score.push(round4(tone.score));
      out.label.push(tone.label);
      out.role.push(tone.role);
      out.evidence.push(formatEvidence(tone.matches));
    }
    return { rows: { tone: table.columns } };
  },
};
