import assert from "node:assert/strict";
import * as aq from "arquero";
import { analyzeCorpus } from "../../lib/mod.ts";

// More articles than one chunk (32), so that several workers get chunks.
const articles = Array.from({ length: 75 }, (_, i) => ({
  id: `art${String(i).padStart(3, "0")}`,
  text:
    `Bagdad.\n\nDie Regierung in Bagdad forderte am ${
      i + 1
    }. Januar den Abzug der US-Truppen. ` +
    `„Wir bleiben“, sagte ein Sprecher des Pentagons. Die NATO will ihre Mission ausweiten.\n\n` +
    `In Aleppo dauern die Kämpfe an; ${i * 1000} Menschen sind auf der Flucht.`,
}));

// CSV and Arrow IPC bytes of every table: Arrow also catches a value that
// changed type (an integer that came back as a string, say) on its way
// through a worker.
async function csvOf(workers: number, input: string | typeof articles) {
  const t = await analyzeCorpus(input, { workers });
  return Object.fromEntries(
    Object.keys(t).sort().map((
      name,
    ) => [
      name,
      aq.toCSV(t[name]) + "\n--arrow--\n" +
      Array.from(aq.toArrowIPC(t[name])).join(","),
    ]),
  );
}

Deno.test("analyzeCorpus() gives byte-identical tables with 1 and 2 workers", async () => {
  const one = await csvOf(1, articles);
  const two = await csvOf(2, articles);
  assert.deepEqual(Object.keys(two), Object.keys(one));
  for (const name of Object.keys(one)) {
    assert.equal(two[name], one[name], `table ${name} differs`);
  }
  assert.ok(one.sentences.split("\n").length > articles.length * 3);
});

Deno.test("analyzeCorpus() on the corpus folder is identical with 1 and 3 workers", async () => {
  const one = await csvOf(1, "corpus");
  const three = await csvOf(3, "corpus");
  for (const name of Object.keys(one)) {
    assert.equal(three[name], one[name], `table ${name} differs`);
  }
});
