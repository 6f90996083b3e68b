/**
 * Measure actor mentions and person names on the real development sets in
 * `../shared/dev/` and write `lib/data/accuracy/actor_mentions.json` and
 * `person_names.json` (format: README, Validation). Run: `deno task
 * evaluate:actors` (optionally `--dev <folder>`). Without the dev folder it
 * says so in one line and exits 0.
 *
 * @module
 */
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import {
  actorMentionAccuracy,
  formatRecord,
  personNameAccuracy,
} from "../lib/validation/actor_accuracy.ts";

const { values } = parseArgs({
  args: Deno.args,
  options: { dev: { type: "string", default: "../shared/dev" } },
});
const dev = values.dev!;
if (!existsSync(`${dev}/actors/gold.jsonl`)) {
  console.log(
    `evaluate:actors: no dev set at ${dev} (../shared/dev/actors, ner); nothing measured, records left as they are`,
  );
  Deno.exit(0);
}
const out = new URL("../lib/data/accuracy/", import.meta.url);
for (const r of [actorMentionAccuracy(dev), personNameAccuracy(dev)]) {
  Deno.writeTextFileSync(new URL(`${r.component}.json`, out), formatRecord(r));
  console.log(
    `${r.component}: ${
      r.metrics.map((m) => `${m.name} ${m.value} [${m.ci_low}, ${m.ci_high}]`)
        .join(", ")
    } (n ${r.n})`,
  );
}
