/**
 * The columns of every table the analysis writes, in order. Documented in
 * README.md (Tables); a later stage that adds a table adds its schema here.
 *
 * @module
 */

export const ARTICLES = [
  "article_id",
  "file",
  "position",
  "title",
  "outlet",
  "date",
  "date_precision",
  "date_note",
  "language",
  "conflict",
  "n_paragraphs",
  "n_sentences",
  "n_tokens",
  "n_words",
  "n_chars",
  "dateline",
  "notes",
] as const;

export const SENTENCES = [
  "article_id",
  "sentence_id",
  "paragraph",
  "index",
  "start",
  "end",
  "text",
  "n_tokens",
  "n_words",
] as const;

export const TOKENS = [
  "article_id",
  "sentence_id",
  "index",
  "token",
  "lower",
  "norm",
  "start",
  "end",
  "is_word",
] as const;

/** Text that is not running text: datelines, credits, captions, links. */
export const METADATA = [
  "article_id",
  "kind",
  "start",
  "end",
  "text",
] as const;

export const PROBLEMS = ["file", "line", "severity", "message"] as const;

/** Tone toward each actor mention (lib/analyze/stages/article/tone.ts). */
export const TONE = [
  "mention_id",
  "article_id",
  "sentence_id",
  "actor_id",
  "score",
  "label",
  "role",
  "evidence",
] as const;

/** Per-actor tone aggregates (lib/analyze/stages/corpus/tone_aggregate.ts). */
export const TONE_BY_ARTICLE = [
  "article_id",
  "actor_id",
  "n",
  "mean_score",
  "ci_low",
  "ci_high",
  "share_negative",
  "share_positive",
] as const;

/** Per-actor tone aggregates by conflict (`article_conflicts`, else manifest). */
export const TONE_BY_CONFLICT = [
  "conflict_id",
  "actor_id",
  "n_articles",
  "n",
  "mean_score",
  "ci_low",
  "ci_high",
  "share_negative",
  "share_positive",
] as const;
/**
 * One row per cue hit of a frame the sentence carries
 * (lib/analyze/stages/article/frames.ts): `weight` is the codebook weight,
 * `log_odds` the hit's learned contribution to the frame's log-odds,
 * `probability` the model's probability of the frame in the sentence.
 */
export const FRAMES = [
  "article_id",
  "sentence_id",
  "frame_id",
  "cue",
  "match",
  "text",
  "start",
  "end",
  "weight",
  "log_odds",
  "probability",
] as const;

/** Share of an article's sentences that carry each frame. */
export const FRAME_PROFILE = [
  "article_id",
  "frame_id",
  "n_sentences",
  "n_sentences_with_frame",
  "share",
  "weight",
] as const;

/** Share of the sentences of a conflict's articles that carry each frame. */
export const CONFLICT_FRAME_PROFILE = [
  "conflict_id",
  "frame_id",
  "n_articles",
  "n_sentences",
  "n_sentences_with_frame",
  "share",
] as const;

/** Conflicts of each sentence, with the cues and places behind them. */
export const SENTENCE_CONFLICTS = [
  "article_id",
  "sentence_id",
  "conflict_id",
  "score",
  "evidence",
  "source",
] as const;

/** Conflicts of each article: from the manifest, else from its cues. */
export const ARTICLE_CONFLICTS = [
  "article_id",
  "conflict_id",
  "source",
  "score",
  "evidence",
] as const;

/** Actor mentions (lib/analyze/stages/article/mentions.ts). */
export const MENTIONS = [
  "mention_id",
  "article_id",
  "sentence_id",
  "actor_id",
  "start",
  "end",
  "surface",
  "kind",
  "actor_type",
  "affiliation",
  "reading",
  "resolution",
  "antecedent",
] as const;

/** The gazetteer as a table (lib/analyze/stages/corpus/actors.ts). */
export const ACTORS = [
  "actor_id",
  "label_de",
  "label_en",
  "type",
  "affiliation",
  "names",
  "abbreviations",
  "demonyms",
  "metonyms",
  "source",
] as const;

/** Proper names the gazetteer does not know (lib/analyze/stages/article/names.ts). */
export const NAMES = [
  "article_id",
  "sentence_id",
  "start",
  "end",
  "text",
  "kind",
] as const;

/** Names to consider for the gazetteer (lib/analyze/stages/corpus/candidates.ts). */
export const CANDIDATES = [
  "name",
  "kind",
  "count",
  "n_articles",
  "sentence_id",
  "example",
] as const;

/** Direct quotes and reported speech (lib/analyze/stages/article/quotes.ts). */
export const QUOTES = [
  "quote_id",
  "article_id",
  "sentence_id",
  "speaker",
  "speaker_surface",
  "kind",
  "start",
  "end",
  "cue",
  "text",
  "speaker_kind",
] as const;

/** One row per demand: the actor cast as demanding, and the cue (lib/analyze/stages/article/demands.ts). */
export const DEMANDS = [
  "article_id",
  "sentence_id",
  "actor_id",
  "start",
  "end",
  "surface",
  "cue",
  "cue_start",
  "cue_end",
] as const;
