import assert from "node:assert/strict";
import { analyzeCorpus, findDemands } from "../../lib/mod.ts";

const who = (s: string) => findDemands(s).map((d) => [d.actor_id, d.cue]);

Deno.test("`findDemands()` reads the demander from 'Forderung des X'", () => {
  assert.deepEqual(
    who("Die Forderung des irakischen Parlaments war eindeutig."),
    [["iraqi_parliament", "Forderung"]],
  );
  assert.deepEqual(
    who("Die Aufforderung der NATO an Moskau blieb unbeantwortet."),
    [["nato", "Aufforderung"]],
  );
});

Deno.test("`findDemands()` takes the subject of a demand verb, before or after it", () => {
  assert.deepEqual(who("Die NATO verlangt von Russland den Rückzug."), [[
    "nato",
    "verlangt",
  ]]);
  assert.deepEqual(who("Am Montag forderte Bagdad den Abzug der US-Truppen."), [
    ["iraq_government", "forderte"],
  ]);
  assert.deepEqual(who("Die USA werden den Abzug fordern."), [[
    "usa",
    "fordern",
  ]]);
});

Deno.test("`findDemands()` does not take objects, genitives or challenges for demanders", () => {
  // The USA is the object of the demand here, not the one demanding.
  assert.deepEqual(
    who("Der Kleriker hatte den Rauswurf der USA aus dem Land gefordert."),
    [],
  );
  assert.deepEqual(
    who("Moskau und Damaskus sehen darin eine Herausforderung."),
    [],
  );
  assert.deepEqual(who("Der Abzug wurde von Teheran gefordert."), [[
    "iran_government",
    "gefordert",
  ]]);
  assert.deepEqual(who("Der Abzug wird gefordert."), []);
});

Deno.test("`findDemands()` casts the Iraqi parliament, not the USA, as the demanding party in the RT seed", async () => {
  const t = await analyzeCorpus("corpus");
  const counts = new Map<string, number>();
  for (
    const s of t.sentences.objects() as { article_id: string; text: string }[]
  ) {
    if (!s.article_id.startsWith("001_")) continue;
    for (const d of findDemands(s.text)) {
      counts.set(d.actor_id, (counts.get(d.actor_id) ?? 0) + 1);
    }
  }
  const top = [...counts].sort((a, b) => b[1] - a[1])[0];
  assert.equal(top?.[0], "iraqi_parliament");
  assert.equal(counts.get("usa") ?? 0, 0);
});

Deno.test("`analyzeCorpus()` writes a demands table with article offsets back to the words", async () => {
  const text = "Kairo.\n\nAm Montag forderte Bagdad den Abzug der US-Truppen.";
  const t = await analyzeCorpus([{ id: "d1", text }]);
  const rows = t.demands.objects() as {
    actor_id: string;
    start: number;
    end: number;
    surface: string;
    cue_start: number;
    cue_end: number;
    cue: string;
  }[];
  assert.deepEqual(rows.map((r) => [r.actor_id, r.cue]), [[
    "iraq_government",
    "forderte",
  ]]);
  assert.equal(text.slice(rows[0].start, rows[0].end), rows[0].surface);
  assert.equal(text.slice(rows[0].cue_start, rows[0].cue_end), "forderte");
});
