import assert from "node:assert/strict";
import {
  boundaryRecord,
  quoteRecord,
  scoreBoundaryDoc,
  scoreQuoteDoc,
} from "../../lib/validation/evaluate_quotes.ts";
import { formatRecord } from "../../lib/validation/accuracy_record.ts";
import { assertRecordKeys } from "../_record.ts";

const gold = [
  {
    start: 0,
    end: 10,
    kind: "direct",
    speaker: "ein Händler",
    speaker_name: null,
  },
  { start: 20, end: 30, kind: "reported", speaker: "er", speaker_name: null },
];

Deno.test("scoreQuoteDoc counts overlap hits, false alarms and named speakers", () => {
  const s = scoreQuoteDoc(gold, [
    {
      start: 2,
      end: 8,
      kind: "direct",
      speaker: "",
      speaker_surface: "der Händler",
    },
    {
      start: 40,
      end: 50,
      kind: "reported",
      speaker: "x",
      speaker_surface: "x",
    },
  ]);
  assert.deepEqual(
    [s.gold, s.found, s.predicted, s.right, s.speakers, s.speakersRight],
    [2, 1, 2, 1, 1, 1],
  );
  // A pronoun speaker is not scored; a wrong named one is.
  const t = scoreQuoteDoc(gold, [
    {
      start: 0,
      end: 30,
      kind: "direct",
      speaker: "usa",
      speaker_surface: "USA",
    },
  ]);
  assert.deepEqual([t.found, t.speakers, t.speakersRight], [2, 1, 0]);
});

Deno.test("quoteRecord writes the shared record format with intervals", () => {
  const docs = [
    scoreQuoteDoc(gold, [{
      start: 0,
      end: 5,
      kind: "direct",
      speaker: "",
      speaker_surface: "Händler",
    }]),
    scoreQuoteDoc(gold, []),
  ];
  const r = quoteRecord(docs, docs, "test set", "notes");
  assertRecordKeys(r);
  const recall = r.metrics.find((m) => m.name === "recall")!;
  assert.equal(recall.value, 0.25);
  assert.ok(recall.ci_low <= 0.25 && 0.25 <= recall.ci_high);
  assert.match(formatRecord(r), /"value": 0.25,/);
  assert.equal(
    formatRecord(r),
    formatRecord(quoteRecord(docs, docs, "test set", "notes")),
  );
});

Deno.test("boundary scores give F1 over documents", () => {
  const d = [scoreBoundaryDoc([5, 10], [5, 12]), scoreBoundaryDoc([3], [3])];
  assert.deepEqual(d[0], { tp: 1, fp: 1, fn: 1 });
  const r = boundaryRecord(d, d, "x", "y");
  assert.equal(r.metrics[0].name, "f1");
  assert.ok(Math.abs(r.metrics[0].value - 2 / 3) < 1e-9);
});
