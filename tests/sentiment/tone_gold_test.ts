import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { scoreTone } from "../../lib/mod.ts";

const rows = readFileSync(
  fileURLToPath(new URL("../fixtures/tone_gold.tsv", import.meta.url)),
  "utf8",
).split("\n").filter((l) => l && !l.startsWith("#") && !l.startsWith("id\t"))
  .map((l) => {
    const [id, text, span, label, role] = l.split("\t");
    return { id, text, span, label, role };
  });

Deno.test("`scoreTone()` agrees with the tone gold fixture on labels and roles", () => {
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
