import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { main } from "../../lib/cli/train.ts";
import { parseWeights } from "../../lib/learn/weights_file.ts";
import { assertRecordKeys } from "../_record.ts";

/** A small labelled file in the documented format (sentences written here). */
function labelled(): string {
  const pos = ["großartigen Sieg", "gute Einigung", "erfolgreiche Hilfe"];
  const neg = ["schweren Anschlag", "blutige Gewalt", "tödlichen Angriff"];
  const neu = ["Sitzung am Dienstag", "Reise nach Berlin", "Rede im Bundestag"];
  const lines: string[] = [];
  for (let i = 0; i < 12; i++) {
    const k = i % 3;
    lines.push(
      JSON.stringify({
        text: `Es gab ${pos[k]} Nummer ${i}.`,
        label: "positive",
      }),
      JSON.stringify({
        text: `Es gab ${neg[k]} Nummer ${i}.`,
        label: "negative",
      }),
      JSON.stringify({
        text: `Es gab ${neu[k]} Nummer ${i}.`,
        label: "neutral",
      }),
    );
  }
  return lines.join("\n") + "\n";
}

function quietly<T>(f: () => T): T {
  const log = console.log, error = console.error;
  console.log = () => {};
  console.error = () => {};
  try {
    return f();
  } finally {
    console.log = log;
    console.error = error;
  }
}

Deno.test("`deno task train --sentiment FILE` retrains on a user's file, byte-identically on rerun", () => {
  const dir = mkdtempSync(join(tmpdir(), "train-"));
  try {
    const data = join(dir, "my_labels.jsonl");
    writeFileSync(data, labelled());
    const out1 = join(dir, "a"), out2 = join(dir, "b");
    assert.equal(quietly(() => main(["--sentiment", data, "--out", out1])), 0);
    assert.equal(quietly(() => main(["--sentiment", data, "--out", out2])), 0);
    const w = "lib/data/sentiment_sentence_weights.tsv";
    const r = "lib/data/accuracy/sentence_sentiment.json";
    const weights = readFileSync(join(out1, w), "utf8");
    assert.equal(weights, readFileSync(join(out2, w), "utf8"));
    assert.equal(
      readFileSync(join(out1, r), "utf8"),
      readFileSync(join(out2, r), "utf8"),
    );
    const { model, header } = parseWeights(weights, w);
    assert.deepEqual(model.classes, ["negative", "neutral", "positive"]);
    assert.ok(header.some((h) => h.includes("my_labels.jsonl")));
    // Only the named model was trained.
    assert.throws(() =>
      readFileSync(join(out1, "lib/data/sentiment_tone_weights.tsv"))
    );
    const record = JSON.parse(readFileSync(join(out1, r), "utf8"));
    assertRecordKeys(record);
    assert.equal(record.n, 36);
    assert.equal(record.metrics[0].name, "macro_f1");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

Deno.test("`deno task train` names the file and line of a bad label, and writes nothing", () => {
  const dir = mkdtempSync(join(tmpdir(), "train-"));
  try {
    const data = join(dir, "bad.jsonl");
    writeFileSync(data, labelled() + '{"text": "Gut.", "label": "good"}\n');
    assert.throws(
      () => quietly(() => main(["--sentiment", data, "--out", dir])),
      /bad\.jsonl:37: label "good" is not one of negative, neutral, positive/,
    );
    assert.throws(() =>
      readFileSync(join(dir, "lib/data/accuracy/sentence_sentiment.json"))
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

Deno.test("`deno task train` without the dev data says so and exits non-zero", () => {
  const code = quietly(() => main(["--dev", "/nonexistent/shared/dev"]));
  assert.equal(code, 1);
});
