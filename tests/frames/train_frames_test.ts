import assert, { deepStrictEqual as assertEquals } from "node:assert/strict";
import { readCodedSentences } from "../../lib/frames/coded_sentences.ts";
import { trainFrames } from "../../lib/frames/train_frames.ts";
import { parseWeights } from "../../lib/learn/weights_file.ts";
import {
  frameModelFrom,
  loadFrameModel,
} from "../../lib/frames/frame_model.ts";
import { assertRecordKeys } from "../_record.ts";

const ids = new Set(["military_action", "domestic_politics", "diplomacy"]);

function tempFile(text: string): string {
  const path = Deno.makeTempFileSync({ suffix: ".jsonl" });
  Deno.writeTextFileSync(path, text);
  return path;
}

Deno.test("`readCodedSentences()` names the file and line of a bad entry", () => {
  const path = tempFile(
    '{"text": "Die Armee rückt vor.", "frames": ["military"]}\n' +
      '{"text": "Gespräche.", "frames": ["peace"]}\n',
  );
  assert.throws(
    () => readCodedSentences(path, ids),
    new RegExp(`${path}:2: unknown frame "peace"`),
  );
  const ok = tempFile(
    '{"text": "Die Armee rückt vor.", "frames": ["military"]}\n',
  );
  assertEquals(readCodedSentences(ok, ids)[0].frames, ["military_action"]);
  assert.throws(
    () =>
      readCodedSentences(
        tempFile('{"text": "x", "frames": "conflict"}\n'),
        ids,
      ),
    /:1: "frames" must be a list/,
  );
});

// Hand-written sentences: a regression test of the training, not accuracy.
const SENTENCES = [
  ["Die Regierung schickt die Armee an die Front.", ["military_action"]],
  ["Die Regierung plant eine Reform der Pensionen.", []],
  ["Die Regierung verliert die Wahl.", ["domestic_politics"]],
  ["Die Regierung lädt zu Verhandlungen ein.", ["diplomacy"]],
  ["Truppen und Panzer rücken vor.", ["military_action"]],
  ["Die Partei gewinnt im Parlament an Stimmen.", ["domestic_politics"]],
  ["Die Regierung sagt, das Wetter sei schön.", []],
  ["Die Außenminister vereinbaren eine Waffenruhe.", ["diplomacy"]],
  ["Soldaten beschießen die Stellungen der Rebellen.", ["military_action"]],
  ["Die Regierung eröffnet ein Museum.", []],
  ["Die Opposition fordert Neuwahlen im Parlament.", ["domestic_politics"]],
  ["Die Gespräche über ein Abkommen gehen weiter.", ["diplomacy"]],
];

Deno.test("`trainFrames()` on a user's file: same data, same bytes, cross-validated figures", () => {
  const path = tempFile(
    SENTENCES.map(([text, frames], i) =>
      JSON.stringify({ id: `s${i}`, text, frames })
    ).join("\n") + "\n",
  );
  const lines: string[] = [];
  const opts = { devFramesDir: "/nonexistent", data: path, seed: 1, folds: 3 };
  const a = trainFrames({ ...opts, log: (l) => lines.push(l) });
  const b = trainFrames({ ...opts, log: () => {} });
  assertEquals(a, b);
  assertEquals(a.map((f) => f.path), [
    "lib/data/frame_weights.tsv",
    "lib/data/accuracy/frames.json",
  ]);
  assert.match(
    lines[0],
    /^frames: 3-fold CV micro-F1 \d\.\d{3} ± \d\.\d{3} \(mean ± sd over folds; pooled \d\.\d{3}, 95% CI/,
  );
  const record = JSON.parse(a[1].text);
  assertRecordKeys(record);
  assertEquals(record.n, SENTENCES.length);
  assert.ok(record.metrics[0].fold_sd >= 0);
  // The weights load as a model; "Regierung", in sentences with and without
  // a frame, counts less for domestic politics than the codebook says.
  const m = frameModelFrom(
    parseWeights(a[0].text, "frame_weights.tsv").model,
    "frame_weights.tsv",
  );
  const f = m.slots.get("domestic_politics")!;
  assert.ok((m.cues[f].get("Regierung") ?? 0) < 0);
});

Deno.test("The shipped frame weights name their sources and licence", () => {
  const text = Deno.readTextFileSync(
    new URL("../../lib/data/frame_weights.tsv", import.meta.url),
  );
  assert.match(text, /GerNTSA \(C\. Goer.*CC BY 4\.0/);
  assert.match(text, /10kGNAD, CC BY-NC-SA 4\.0\) enter as numbers only/);
  assert.ok(loadFrameModel().frames.includes("domestic_politics"));
});

Deno.test("`trainFrames()` on too few coded units says so, naming the file", () => {
  const path = tempFile('{"text": "Die Armee rückt vor.", "frames": []}\n');
  assert.throws(
    () =>
      trainFrames({
        devFramesDir: "/nonexistent",
        data: path,
        seed: 1,
        folds: 5,
        log: () => {},
      }),
    new RegExp(`Cannot train frames on ${path}: 1 coded units in 1 groups`),
  );
});
