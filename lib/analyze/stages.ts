/**
 * The registered analysis stages, in the order they run. Each stage reads an
 * {@linkcode ArticleAnalysis} (and the tables earlier stages filled) and adds
 * rows to its own tables. Corpus stages run once on the merged tables.
 *
 * To add a stage: write it in its own module, add its table schema to
 * `schemas.ts`, and list it here.
 *
 * @module
 */
import type { ColumnTable as Table } from "arquero";
import type { ArticleAnalysis } from "./analyze_article.ts";
import type { Resources } from "./resources.ts";
import { mentionsStage } from "../actors/mentions_stage.ts";
import { actorsStage } from "../actors/actors_stage.ts";
import { namesStage } from "../actors/names_stage.ts";
import { candidatesStage } from "../actors/candidates_stage.ts";
import { quotesStage } from "../actors/quotes_stage.ts";
import { demandsStage } from "../actors/demands_stage.ts";
import { toneStage } from "../sentiment/tone_stage.ts";
import { toneAggregateStage } from "../sentiment/tone_aggregate_stage.ts";
import { framesStage } from "../frames/frames_stage.ts";
import { conflictsStage } from "../conflicts/conflicts_stage.ts";
import { conflictFrameProfileStage } from "../frames/conflict_frame_profile_stage.ts";

/** A per-article stage. */
export interface ArticleStage {
  name: string;
  run(analysis: ArticleAnalysis, resources: Resources): void;
}

/** A corpus stage: derives new tables from the merged ones. */
export interface CorpusStage {
  name: string;
  run(
    tables: Record<string, Table>,
    resources: Resources,
  ): Record<string, Table>;
}

export const ARTICLE_STAGES: ArticleStage[] = [
  mentionsStage,
  namesStage,
  quotesStage,
  demandsStage,
  framesStage,
  // After any actors stage: it uses actor mentions as evidence.
  conflictsStage,
  // tone reads the mentions table: keep it after the mentions stage.
  toneStage,
];

export const CORPUS_STAGES: CorpusStage[] = [
  actorsStage,
  candidatesStage,
  conflictFrameProfileStage,
  toneAggregateStage,
];
