import assert from "node:assert/strict";
import * as aq from "arquero";
import {
  chiSquare1Upper,
  keynessG2,
  textstatKeyness,
} from "../../lib/stats/keyness.ts";

// G² written out from its definition, for checking.
function g2(a: number, b: number, c: number, d: number): number {
  const n = a + b + c + d;
  const e = [
    (a + b) * (a + c) / n,
    (a + b) * (b + d) / n,
    (c + d) * (a + c) / n,
    (c + d) * (b + d) / n,
  ];
  const o = [a, b, c, d];
  let s = 0;
  for (let i = 0; i < 4; i++) s += o[i] > 0 ? o[i] * Math.log(o[i] / e[i]) : 0;
  return 2 * s * (a > e[0] ? 1 : -1);
}

// quanteda adds ε = 1e-9 inside each log, which shifts G² by about 2·N·ε.
const close = (x: number, y: number, tol = 1e-4) =>
  assert.ok(Math.abs(x - y) < tol, `${x} is not close to ${y}`);

Deno.test("`keynessG2()` equals the textbook G² when every expected count is 5 or more", () => {
  close(keynessG2(40, 10, 960, 990), g2(40, 10, 960, 990));
  close(keynessG2(10, 40, 990, 960), g2(10, 40, 990, 960));
  assert.ok(keynessG2(10, 40, 990, 960) < 0);
});

Deno.test("`keynessG2()` applies Yates' correction to small tables, as quanteda", () => {
  // E11 = 3 · 100 / 200 = 1.5 < 5 and |ad − bc| = 300 > N/2 = 100:
  // a, d shrink by 0.5 and b, c grow by 0.5.
  const corrected = keynessG2(3, 0, 97, 100);
  close(corrected, g2(2.5, 0.5, 97.5, 99.5), 1e-6);
  close(keynessG2(3, 0, 97, 100, "none"), g2(3, 0, 97, 100), 1e-6);
  assert.ok(corrected < keynessG2(3, 0, 97, 100, "none"));
});

Deno.test("`keynessG2()` with Williams' correction divides by q", () => {
  const [a, b, c, d] = [20, 5, 480, 495];
  const n = a + b + c + d;
  const q = 1 +
    (n / (a + b) + n / (c + d) - 1) * (n / (a + c) + n / (b + d) - 1) / (6 * n);
  close(keynessG2(a, b, c, d, "williams"), g2(a, b, c, d) / q);
});

Deno.test("`chiSquare1Upper()` gives p = 0.05 at the critical value 3.841", () => {
  close(chiSquare1Upper(3.841459), 0.05, 1e-6);
  close(chiSquare1Upper(6.634897), 0.01, 1e-6);
  close(chiSquare1Upper(0), 1, 1e-6);
});

Deno.test("`textstatKeyness()` ranks the target's words first and the reference's last", () => {
  const target = ["bagdad", "bagdad", "bagdad", "truppen", "und", "die"];
  const reference = ["kiew", "kiew", "kiew", "kiew", "und", "die", "die"];
  const words = [...target, ...reference];
  const tokens = aq.table({
    article_id: words.map((_, i) => (i < target.length ? "a" : "b")),
    lower: words,
    is_word: words.map(() => true),
  });
  const k = textstatKeyness(tokens, ["a"]);
  assert.equal(k.get("feature", 0), "bagdad");
  assert.equal(k.get("feature", k.numRows() - 1), "kiew");
  assert.equal(k.get("n_target", 0), 3);
  assert.equal(k.get("n_reference", 0), 0);
  assert.deepEqual(k.columnNames(), [
    "feature",
    "g2",
    "p",
    "n_target",
    "n_reference",
  ]);
});

Deno.test("`textstatKeyness()` leaves out punctuation and excluded words", () => {
  const tokens = aq.table({
    article_id: ["a", "a", "a", "b", "b"],
    lower: ["krieg", ",", "und", "frieden", "und"],
    is_word: [true, false, true, true, true],
  });
  const k = textstatKeyness(tokens, ["a"], { exclude: ["und"] });
  assert.deepEqual([...k.array("feature")].sort(), ["frieden", "krieg"]);
});

Deno.test("`textstatKeyness()` refuses an empty target with a RangeError", () => {
  const tokens = aq.table({ article_id: ["a"], lower: ["x"], is_word: [true] });
  assert.throws(() => textstatKeyness(tokens, ["zzz"]), RangeError);
});
