/**
 * Training of the sentence sentiment model (`deno task train`, or
 * `deno task train --sentiment my_labels.jsonl` for a user's sentences):
 * features from {@linkcode sentenceFeatures}, multinomial logistic
 * regression, 5-fold cross-validation grouped by sentence text.
 *
 * @module
 */
import { join } from "node:path";
import { readLabelledJsonl } from "../learn/jsonl.ts";
import type { TrainableModel } from "../learn/trainable.ts";
import { tokenize } from "../text/tokens.ts";
import { loadSentimentLexicon } from "./lexicon.ts";
import { matchTerms } from "./match_terms.ts";
import { summarize } from "./score_sentiment.ts";
import { sentenceFeatures } from "./sentence_features.ts";
import { CLASSES, SENTENCE_WEIGHTS } from "./sentiment_model.ts";
import { SENTIMENT_FIT, trainSentiment } from "./train_common.ts";

/** The default training data, relative to the dev folder. */
export const GERNTSA_SENTENCES = "sentiment/gerntsa-sentences-dev.jsonl";

/** The sentence sentiment model for `deno task train`. */
export const sentenceSentimentModel: TrainableModel = {
  name: "sentence_sentiment",
  option: "sentiment",
  defaultData: GERNTSA_SENTENCES,
  format:
    'JSON Lines, one sentence a line: {"text": "…", "label": "negative" | "neutral" | "positive"}',
  train(ctx) {
    const file = ctx.data ?? join(ctx.devDir, GERNTSA_SENTENCES);
    const rows = readLabelledJsonl(
      file,
      { text: "string", label: "string" },
      CLASSES,
    );
    const lex = loadSentimentLexicon();
    const texts = rows.map((r) => String(r.text));
    const rules: string[] = [];
    const examples = rows.map((r, i) => {
      const mt = matchTerms(texts[i], tokenize(texts[i]), lex);
      rules.push(summarize(mt.matches).label);
      return {
        features: sentenceFeatures(mt).features,
        label: String(r.label),
      };
    });
    return trainSentiment(ctx, {
      component: "sentence_sentiment",
      weights: SENTENCE_WEIGHTS,
      defaultFile: GERNTSA_SENTENCES,
      unit: "sentences",
      notes:
        "Macro-F1 over negative, neutral, positive of scoreSentiment's logistic model (lexicon hits with their modifiers, word stems and pairs, character n-grams of long words, clause position, quote and attribution context). The labels are crowd majorities about a topic of the sentence, so many sentences without evaluative words carry a polar label; most remaining errors are polar sentences without lexicon or learned cue words, and neutral sentences with evaluative words. Baseline 'lexicon rules' is the previous rule-based scoreSentiment (project lexicon, modifiers, neutral band 0.25).",
      description: [
        "Sentence sentiment model of scoreSentiment (lib/sentiment/score_sentiment.ts): multinomial logistic regression,",
        "one weight per feature (rows, names from lib/sentiment/sentence_features.ts) and class (columns).",
        "Rebuild: deno task train (lib/sentiment/train_sentence.ts).",
      ],
      examples,
      texts,
      rules,
      rulesName: "lexicon rules (previous scoreSentiment)",
      fit: SENTIMENT_FIT,
    });
  },
};
