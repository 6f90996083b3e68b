import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { findActors } from "../../lib/mod.ts";
import { fixture } from "./_fixture.ts";

Deno.test("`findActors()` finds the hand-checked mentions of the seed articles with precision and recall of at least 0.95", () => {
  const gold = fixture("seed_mentions.tsv");
  const files = [...new Set(gold.map((g) => g[0]))];
  const key = (f: string, s: number, e: number, a: string) =>
    `${f}:${s}:${e}:${a}`;
  const want = new Set(gold.map((g) => key(g[0], +g[1], +g[2], g[4])));
  const got = new Set<string>();
  for (const f of files) {
    const text = readFileSync(
      new URL(`../../corpus/${f}`, import.meta.url),
      "utf8",
    );
    for (const m of findActors(text)) {
      got.add(key(f, m.start, m.end, m.actor_id));
    }
  }
  const hit = [...got].filter((k) => want.has(k)).length;
  const precision = hit / got.size;
  const recall = hit / want.size;
  assert.ok(want.size > 150, `gold has ${want.size} mentions`);
  assert.ok(
    precision >= 0.95,
    `precision ${precision.toFixed(3)}; extra: ${
      [...got].filter((k) => !want.has(k)).join(", ")
    }`,
  );
  assert.ok(
    recall >= 0.95,
    `recall ${recall.toFixed(3)}; missed: ${
      [...want].filter((k) => !got.has(k)).join(", ")
    }`,
  );
});

Deno.test("`findActors()` gets the hard cases right: metonymy, inflection, compounds, titles and the acronym IS", () => {
  const wrong: string[] = [];
  for (const [sentence, expected] of fixture("hard_cases.tsv")) {
    const got = findActors(sentence).map((m) =>
      `${m.surface}=${m.actor_id}/${m.kind}`
    ).join(" | ") || "-";
    if (got !== expected) {
      wrong.push(`${sentence}\n  expected ${expected}\n  got      ${got}`);
    }
  }
  assert.deepEqual(wrong, []);
});

Deno.test("`findActors()` reads a capital as its government only when it acts", () => {
  assert.deepEqual(
    findActors("Bagdad forderte den Abzug.").map((m) => m.actor_id),
    ["iraq_government"],
  );
  assert.deepEqual(findActors("Explosionen erschütterten Bagdad."), []);
  assert.deepEqual(findActors("Die Menschen in Bagdad feiern."), []);
});

Deno.test("`findActors()` returns offsets into the text it was given", () => {
  const text = "Gestern sagte NATO-Generalsekretär Jens Stoltenberg etwas.";
  const [m] = findActors(text);
  assert.equal(text.slice(m.start, m.end), m.surface);
  assert.equal(m.surface, "NATO-Generalsekretär Jens Stoltenberg");
  assert.equal(m.actor_id, "jens_stoltenberg");
});

Deno.test("`findActors()` runs in linear time on long text", () => {
  const text = "Die US-Truppen und der IS kämpfen in Bagdad. ".repeat(20000);
  const m = findActors(text);
  assert.equal(m.length, 40000);
});

Deno.test("`findActors()` keeps precision and recall of at least 0.9 on sentences annotated before the tool saw them", () => {
  let tp = 0, fp = 0, fn = 0;
  for (const [sentence, expected] of fixture("unseen_mentions.tsv")) {
    const want = expected === "-" ? [] : expected.split(" | ");
    const got = findActors(sentence).map((m) => `${m.surface}=${m.actor_id}`);
    for (const g of got) want.includes(g) ? tp++ : fp++;
    for (const w of want) if (!got.includes(w)) fn++;
  }
  assert.ok(tp / (tp + fp) >= 0.9, `precision ${tp / (tp + fp)}`);
  assert.ok(tp / (tp + fn) >= 0.9, `recall ${tp / (tp + fn)}`);
});
