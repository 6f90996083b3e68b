/**
 * The registered analysis stages. Each article stage reads an
 * {@linkcode ArticleAnalysis} and returns the rows it adds; corpus stages
 * run once on the merged tables. Each declares what it `reads` and `adds`,
 * and the runner (run.ts) orders them from that: the order of these lists
 * only breaks ties.
 *
 * To add a stage: write it in its own module under `article/` or
 * `corpus/`, add its table schema to `schemas.ts`, and list it here.
 *
 * @module
 */
import type { ArticleStage, CorpusStage } from "./types.ts";
import { mentionsStage } from "./article/mentions.ts";
import { namesStage } from "./article/names.ts";
import { quotesStage } from "./article/quotes.ts";
import { demandsStage } from "./article/demands.ts";
import { framesStage } from "./article/frames.ts";
import { conflictsStage } from "./article/conflicts.ts";
import { toneStage } from "./article/tone.ts";
import { actorsStage } from "./corpus/actors.ts";
import { candidatesStage } from "./corpus/candidates.ts";
import { conflictFrameProfileStage } from "./corpus/conflict_frame_profile.ts";
import { toneAggregateStage } from "./corpus/tone_aggregate.ts";

export type {
  ArticleAnalysis,
  ArticleStage,
  CorpusStage,
  Sentence,
} from "./types.ts";

/** The article stages of the default pipeline. */
export const ARTICLE_STAGES: readonly ArticleStage[] = Object.freeze([
  // names first: roles in the mentions stage refer back to named persons.
  namesStage,
  mentionsStage,
  quotesStage,
  demandsStage,
  framesStage,
  conflictsStage,
  toneStage,
]);

/** The corpus stages of the default pipeline. */
export const CORPUS_STAGES: readonly CorpusStage[] = Object.freeze([
  actorsStage,
  candidatesStage,
  conflictFrameProfileStage,
  toneAggregateStage,
]);
