import assert from "node:assert/strict";
import * as aq from "arquero";
import { benjaminiHochberg } from "../../lib/stats/fdr.ts";
import { permutationTest } from "../../lib/stats/permutation.ts";
import {
  compareGroups,
  frameUnits,
  groupArticles,
  measureByGroup,
} from "../../lib/stats/group_compare.ts";

const share = (k: number, n: number) => ({ sum: k, sumSq: k, n });

Deno.test("Benjamini–Hochberg: as R's p.adjust, NaN left out of the family", () => {
  // p.adjust(c(0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205), "BH")
  const q = benjaminiHochberg([
    0.001,
    0.008,
    0.039,
    0.041,
    0.042,
    0.06,
    0.074,
    0.205,
  ]);
  assert.deepEqual(q.map((x) => Math.round(x * 1e4) / 1e4), [
    0.008,
    0.032,
    0.0672,
    0.0672,
    0.0672,
    0.08,
    0.0846,
    0.205,
  ]);
  const withNaN = benjaminiHochberg([0.01, NaN, 0.02]);
  assert.ok(Number.isNaN(withNaN[1]));
  assert.deepEqual(withNaN.filter((x) => !Number.isNaN(x)), [0.02, 0.02]);
});

Deno.test("permutation test: same data, same result; no difference, no discovery; a clear difference, a small p", () => {
  const a = [share(2, 10), share(3, 10), share(1, 10), share(2, 10)];
  const r1 = permutationTest(a, a.slice().reverse(), {
    kind: "share",
    seed: 3,
  });
  const r2 = permutationTest(a, a.slice().reverse(), {
    kind: "share",
    seed: 3,
  });
  assert.deepEqual(r1, r2);
  assert.equal(r1.diff, 0);
  assert.ok(r1.p > 0.9, `p = ${r1.p}`);
  const b = [share(8, 10), share(7, 10), share(9, 10), share(8, 10)];
  const r = permutationTest(b, a, { kind: "share" });
  assert.ok(Math.abs(r.diff - 0.6) < 1e-9);
  // 8 articles, 4 per group: 70 label splits, the observed one is the most extreme.
  assert.ok(r.p < 0.05, `p = ${r.p}`);
  assert.ok(r.low > 0.4 && r.high <= 0.8, `${r.low}–${r.high}`);
  assert.ok(r.effect > 1);
});

Deno.test("permutation test: articles are the units, so one long article does not make a difference certain", () => {
  // One article of outlet A uses the frame in 90 of 100 sentences; the others
  // are like outlet B's. Permuting sentences would call this certain.
  const a = [share(90, 100), share(1, 10), share(1, 10)];
  const b = [share(1, 10), share(1, 10), share(1, 10)];
  const r = permutationTest(a, b, { kind: "share" });
  assert.ok(r.diff > 0.6);
  assert.ok(r.p > 0.2, `p = ${r.p}`);
});

function corpus(outlets: string[], dates: string[]) {
  const ids = outlets.map((_, i) => `a${i}`);
  const articles = aq.table({
    article_id: ids,
    outlet: outlets,
    date: dates,
    n_sentences: ids.map(() => 10),
    n_words: ids.map(() => 100),
  });
  // Frame "hum" in 6 of 10 sentences for outlet X, 1 of 10 otherwise.
  const rows: Record<string, string>[] = [];
  ids.forEach((id, i) => {
    const k = outlets[i] === "X" ? 6 : 1;
    for (let s = 0; s < k; s++) {
      rows.push({
        article_id: id,
        sentence_id: `${id}-s${s}`,
        frame_id: "hum",
      });
    }
  });
  return { articles, frames: aq.from(rows) };
}

Deno.test("compareGroups: outlets compared pairwise, stated in words with q-values", () => {
  const { articles, frames } = corpus(
    ["X", "X", "X", "X", "Y", "Y", "Y", "Y", "Z"],
    [
      "2015-01",
      "2015-05",
      "2016-02",
      "2016-03",
      "2015-02",
      "2015-06",
      "2016-01",
      "2016-04",
      "",
    ],
  );
  const g = groupArticles(articles, "outlet");
  assert.deepEqual(g.order, ["X", "Y", "Z"]);
  const units = frameUnits(frames, articles);
  const shares = measureByGroup(units, g).objects() as {
    group: string;
    value: number;
  }[];
  assert.deepEqual(shares.map((r) => [r.group, r.value]), [["X", 0.6], [
    "Y",
    0.1,
  ], ["Z", 0.1]]);
  const t = compareGroups([{
    measure: "frame share",
    units,
    items: ["hum"],
    label: () => "humanitarian",
  }], g);
  // Z has one article: not tested.
  const rows = t.objects() as {
    group_a: string;
    group_b: string;
    q: number;
    statement: string;
  }[];
  assert.deepEqual(rows.map((r) => [r.group_a, r.group_b]), [["X", "Y"]]);
  assert.match(
    rows[0].statement,
    /^X used the humanitarian frame in 60% of sentences, Y in 10%; difference 50 points, 95% interval \d+ to \d+, q = 0\.0\d+ \(Cohen's h 1\.\d\d\)\.$/,
  );
});

Deno.test("compareGroups and periods: one outlet or one period gives no comparison, not an error; undated articles are counted", () => {
  const { articles, frames } = corpus(["X", "X", "X"], [
    "2016-01",
    "2016-02",
    "",
  ]);
  const units = frameUnits(frames, articles);
  const byOutlet = groupArticles(articles, "outlet");
  assert.equal(
    compareGroups([{ measure: "frame share", units, items: ["hum"] }], byOutlet)
      .numRows(),
    0,
  );
  const byPeriod = groupArticles(articles, "period");
  assert.equal(byPeriod.unit, "month");
  assert.deepEqual(byPeriod.order, ["2016-01", "2016-02"]);
  assert.equal(byPeriod.left_out, 1);
});
