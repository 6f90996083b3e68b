/**
 * Rewrites the pipeline diagram in README.md from the stage declarations
 * (`deno task diagram`). tests/analyze/diagram_test.ts fails while the
 * README's copy is out of date.
 *
 * @module
 */
import { pipelineDiagram, withDiagram } from "../lib/analyze/stages/diagram.ts";

const path = new URL("../README.md", import.meta.url);
const before = Deno.readTextFileSync(path);
const after = withDiagram(before, pipelineDiagram());
if (after !== before) Deno.writeTextFileSync(path, after);
console.log(
  after === before
    ? "README.md: diagram current"
    : "README.md: diagram updated",
);
