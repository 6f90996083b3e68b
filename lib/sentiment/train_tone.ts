/**
 * Training of the tone model (`deno task train`, or
 * `deno task train --tone my_targets.jsonl`): features from
 * {@linkcode toneFeatures}, multinomial logistic regression, 5-fold
 * cross-validation grouped by sentence text (the targets of one sentence
 * never straddle train and test folds; the tone model uses no output of
 * the sentence model, so nothing fitted on the sentence set leaks in).
 *
 * @module
 */
import { join } from "node:path";
import { readLabelledJsonl } from "../learn/jsonl.ts";
import type { TrainableModel } from "../learn/trainable.ts";
import { tokenize } from "../text/tokens.ts";
import { loadSentimentLexicon } from "./lexicon.ts";
import { matchTerms } from "./match_terms.ts";
import { ruleTone } from "./score_tone.ts";
import { CLASSES, TONE_WEIGHTS } from "./sentiment_model.ts";
import { toneFeatures } from "./tone_features.ts";
import { SENTIMENT_FIT, trainSentiment } from "./train_common.ts";

/** The default training data, relative to the dev folder. */
export const GERNTSA_TARGETS = "sentiment/gerntsa-targets-dev.jsonl";

/** The tone model for `deno task train`. */
export const targetToneModel: TrainableModel = {
  name: "target_tone",
  option: "tone",
  defaultData: GERNTSA_TARGETS,
  format:
    'JSON Lines, one target a line: {"text": "…", "target_from": 4, "target_to": 9, "label": "negative" | "neutral" | "positive"} (character offsets into text)',
  train(ctx) {
    const file = ctx.data ?? join(ctx.devDir, GERNTSA_TARGETS);
    const rows = readLabelledJsonl(
      file,
      {
        text: "string",
        label: "string",
        target_from: "number",
        target_to: "number",
      },
      CLASSES,
    );
    const lex = loadSentimentLexicon();
    const texts = rows.map((r) => String(r.text));
    const rules: string[] = [];
    const examples = rows.map((r, i) => {
      const from = Number(r.target_from), to = Number(r.target_to);
      const mt = matchTerms(texts[i], tokenize(texts[i]), lex);
      rules.push(mt.tokens.length ? ruleTone(mt, from, to).label : "neutral");
      return {
        features: toneFeatures(mt, from, to).features,
        label: String(r.label),
      };
    });
    return trainSentiment(ctx, {
      component: "target_tone",
      weights: TONE_WEIGHTS,
      defaultFile: GERNTSA_TARGETS,
      unit: "sentence-target pairs",
      notes:
        "Macro-F1 over negative, neutral, positive of scoreTone's logistic model (lexicon hits weighted by distance, clause and the target's agent/patient role, whether the target speaks, lexicon and context features of the sentence, and the sentence's word stems and character n-grams, scaled by their log-count ratio for fitting). Folds are grouped by sentence text. Most errors are polar labels on targets whose sentence has no evaluative word the lexicon knows, and neutral targets in sentences with evaluative words about someone else; GerNTSA's coders also often mark the victim of a bad event negative. Baseline 'lexicon rules' is the previous rule-based scoreTone (neutral band 0.25).",
      description: [
        "Tone model of scoreTone and the tone table (lib/sentiment/score_tone.ts): multinomial logistic regression,",
        "one weight per feature (rows, names from lib/sentiment/tone_features.ts) and class (columns).",
        "Rebuild: deno task train (lib/sentiment/train_tone.ts).",
      ],
      examples,
      texts,
      rules,
      rulesName: "lexicon rules (previous scoreTone)",
      fit: SENTIMENT_FIT,
    });
  },
};
