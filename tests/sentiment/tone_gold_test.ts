import assert from "node:assert/strict";
import { scoreTone } from "../../lib/mod.ts";
import { readToneGold } from "../../lib/validation/fixtures.ts";

// Regression test on spans written here, not accuracy (that is
// cross-validated: lib/data/accuracy/target_tone.json).

const rows = readToneGold();

Deno.test("regression: `scoreTone()` agrees with the tone fixture written here on labels and roles", () => {
  let labels = 0, roles = 0, roleCases = 0;
  const misses: string[] = [];
  for (const r of rows) {
    const at = r.text.indexOf(r.span);
    assert.ok(at >= 0, `${r.id}: span not in text`);
    const tone = scoreTone(r.text, at, at + r.span.length);
    if (tone.label === r.label) labels++;
    else misses.push(`${r.id} label ${tone.label} (gold ${r.label})`);
    if (r.role !== "-") {
      roleCases++;
      if (tone.role === r.role) roles++;
      else misses.push(`${r.id} role ${tone.role} (gold ${r.role})`);
    }
  }
  console.log(
    `tone gold: labels ${labels}/${rows.length}, roles ${roles}/${roleCases}` +
      (misses.length ? `; misses: ${misses.join(", ")}` : ""),
  );
  assert.ok(rows.length >= 40);
  assert.ok(
    labels / rows.length >= 0.75,
    `label accuracy ${labels}/${rows.length}`,
  );
  assert.ok(roles / roleCases >= 0.75, `role accuracy ${roles}/${roleCases}`);
});
