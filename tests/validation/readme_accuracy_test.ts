import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { readAccuracyRecords } from "../../lib/validation/dev_accuracy.ts";

const readme = readFileSync(
  new URL("../../README.md", import.meta.url),
  "utf8",
);
const section = readme.slice(
  readme.indexOf("### Accuracy on real German news"),
  readme.indexOf("### Regression tests on the project's own fixtures"),
);

Deno.test("README's accuracy table shows each record's headline figure with its interval, as deno task train/evaluate last wrote it", () => {
  assert.ok(section.length > 100, "the README has its accuracy section");
  for (const r of readAccuracyRecords()) {
    const m = r.metrics[0];
    const shown = `${m.value.toFixed(3)} (${m.ci_low.toFixed(3)}–${
      m.ci_high.toFixed(3)
    })`;
    assert.ok(
      section.includes(shown),
      `${r.component}: README should show ${m.name} ${shown}; update the table after rerunning`,
    );
  }
});
