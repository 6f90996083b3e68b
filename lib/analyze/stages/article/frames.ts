/**
 * The `frames` stage: the frames each sentence carries, with the cue hits
 * behind them (table `frames`), and each article's frame profile (table
 * `frame_profile`: the share of its sentences that carry a frame). Whether
 * a sentence carries a frame is decided by the learned frame model
 * (lib/frames/frame_model.ts) over the codebook's cue hits.
 *
 * @module
 */
import type { ArticleStage } from "../types.ts";
import { FRAME_PROFILE, FRAMES } from "../../schemas.ts";
import { matchFrames } from "../../../frames/find_frames.ts";
import { decideFrames } from "../../../frames/frame_model.ts";
import { TableBuilder } from "../../table_builder.ts";

/** Adds rows to `frames` and `frame_profile` for one article. */
export const framesStage: ArticleStage = {
  name: "frames",
  reads: ["sentences", "tokens"],
  adds: { frames: FRAMES, frame_profile: FRAME_PROFILE },
  run(analysis, resources) {
    const { article, sentences } = analysis;
    const { codebook, frameModel } = resources;
    const frames = new TableBuilder(FRAMES);
    const profile = new TableBuilder(FRAME_PROFILE);
    const ids = codebook.frames.map((f) => f.id);
    const slot = new Map(ids.map((id, i) => [id, i]));
    const withFrame = new Float64Array(ids.length);
    const weightSum = new Float64Array(ids.length);
    const c = frames.columns;
    for (const s of sentences) {
      const hits = matchFrames(article.text, s.tokens, codebook);
      if (hits.length === 0) continue;
      for (const d of decideFrames(hits, frameModel)) {
        if (!d.carried) continue;
        const f = slot.get(d.frame_id)!;
        withFrame[f]++;
        const probability = Math.round(d.probability * 1000) / 1000;
        for (const h of d.hits) {
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
          c.log_odds.push(Math.round(h.log_odds * 1000) / 1000);
          c.probability.push(probability);
          weightSum[f] += h.weight;
        }
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
