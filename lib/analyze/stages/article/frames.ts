/**
 * The `frames` stage: frame cue hits per sentence (table `frames`) and each
 * article's frame profile (table `frame_profile`: the share of its sentences
 * in which a frame's cue weights reach {@linkcode FRAME_THRESHOLD}).
 *
 * @module
 */
import type { ArticleStage } from "../types.ts";
import { FRAME_PROFILE, FRAMES } from "../../schemas.ts";
import { FRAME_THRESHOLD, matchFrames } from "../../../frames/find_frames.ts";
import { TableBuilder } from "../../table_builder.ts";

/** Adds rows to `frames` and `frame_profile` for one article. */
export const framesStage: ArticleStage = {
  name: "frames",
  reads: ["sentences", "tokens"],
  adds: { frames: FRAMES, frame_profile: FRAME_PROFILE },
  run(analysis, resources) {
    const { article, sentences } = analysis;
    const codebook = resources.codebook;
    const frames = new TableBuilder(FRAMES);
    const profile = new TableBuilder(FRAME_PROFILE);
    const ids = codebook.frames.map((f) => f.id);
    const slot = new Map(ids.map((id, i) => [id, i]));
    const withFrame = new Float64Array(ids.length);
    const weightSum = new Float64Array(ids.length);
    const inSentence = new Float64Array(ids.length);
    const c = frames.columns;
    for (const s of sentences) {
      const hits = matchFrames(article.text, s.tokens, codebook);
      if (hits.length === 0) continue;
      inSentence.fill(0);
      for (const h of hits) {
        // Column pushes (not add({...h})): this runs once per cue hit.
        c.article_id.push(article.id);
        c.sentence_id.push(s.id);
        c.frame_id.push(h.frame_id);
        c.cue.push(h.cue);
        c.match.push(h.match);
        c.text.push(h.text);
        c.start.push(h.start);
        c.end.push(h.end);
        c.weight.push(h.weight);
        inSentence[slot.get(h.frame_id)!] += h.weight;
      }
      for (let f = 0; f < ids.length; f++) {
        weightSum[f] += inSentence[f];
        if (inSentence[f] >= FRAME_THRESHOLD) withFrame[f]++;
      }
    }
    const n = sentences.length;
    ids.forEach((frame_id, f) =>
      profile.add({
        article_id: article.id,
        frame_id,
        n_sentences: n,
        n_sentences_with_frame: withFrame[f],
        share: n === 0 ? 0 : withFrame[f] / n,
        weight: Math.round(weightSum[f] * 1000) / 1000,
      })
    );
    return {
      rows: { frames: frames.columns, frame_profile: profile.columns },
    };
  },
};
