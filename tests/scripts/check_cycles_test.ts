import assert from "node:assert/strict";
import { cycles } from "../../scripts/check_cycles.ts";

Deno.test("check_cycles finds a cycle through several modules and a self-import", () => {
  const graph = new Map([
    ["a", ["b"]],
    ["b", ["c"]],
    ["c", ["a", "d"]],
    ["d", []],
    ["e", ["e"]],
  ]);
  assert.deepEqual(cycles(graph), [["a", "b", "c"], ["e"]]);
});

Deno.test("check_cycles accepts a graph without cycles", () => {
  const graph = new Map([["a", ["b", "c"]], ["b", ["c"]], ["c", []]]);
  assert.deepEqual(cycles(graph), []);
});
