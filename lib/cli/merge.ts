/**
 * `deno task merge [outputs]`: the second step of a sharded run. Reads the
 * article-level tables of every shard in `<outputs>/shards/` (written by
 * `deno task analyze --shard I/N`), puts their rows back in corpus order,
 * runs the corpus stages and writes the usual tables and workbook to
 * `<outputs>/tables/` — byte-identical to a single-process run.
 *
 * @module
 */
import { parseArgs } from "node:util";
import { join } from "node:path";
import { finishCorpus } from "../analyze/analyze_corpus.ts";
import { interleaveShards, mergeProblems } from "../analyze/merge_shards.ts";
import { toTables } from "../analyze/merge.ts";
import { loadResources } from "../analyze/resources.ts";
import { readShards } from "../analyze/shard_files.ts";
import { CorpusError, formatProblem } from "../corpus/problems.ts";
import { replaceDirAtomically } from "../io/atomic_dir.ts";
import { Progress } from "./progress.ts";
import { runMain } from "./run_main.ts";
import { writeCorpusTables } from "./write_corpus.ts";

const USAGE = `Usage: deno task merge [output-folder] [options]

Merges the shards in <output-folder>/shards/ (default: outputs), written by
\`deno task analyze --shard I/N\` for every I of N, and writes the tables to
<output-folder>/tables/, as a single run would.

Options:
  --format LIST    any of csv,arrow (default: csv,arrow)
  --raw-csv        CSV fields as they are (as analyze --raw-csv)
  --quiet          no progress bar and no summary
  -h, --help       this text`;

async function main(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      quiet: { type: "boolean", default: false },
      format: { type: "string", default: "csv,arrow" },
      "raw-csv": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length > 1) {
    throw new TypeError(
      `Cannot run merge: expected at most 1 folder, got ${positionals.length}\n${USAGE}`,
    );
  }
  const formats = new Set(values.format.split(",").map((f) => f.trim()));
  for (const f of formats) {
    if (f !== "csv" && f !== "arrow") {
      throw new TypeError(
        `Cannot write format "${f}": use csv and/or arrow, comma-separated`,
      );
    }
  }
  const out = positionals[0] ?? "outputs";
  let progress: Progress | null = null;
  const shards = await readShards(out, (i, count) => {
    progress ??= new Progress(count, { quiet: values.quiet, unit: "shards" });
    progress.tick(0);
    if (i === count - 1) progress.done();
  });
  const say = (text: string) => {
    if (!values.quiet) console.error(`merge: ${text}`);
  };
  const problems = mergeProblems(shards);
  say(`read ${shards.length} shard(s); putting rows in corpus order`);
  const merged = interleaveShards(shards);
  if (!merged.articles || merged.articles.columns.article_id.length === 0) {
    throw new CorpusError(
      problems,
      "Cannot merge: no shard holds an analysed article",
    );
  }
  for (const p of problems) console.error(formatProblem(p));
  say("running the corpus stages");
  const tables = finishCorpus(toTables(merged), problems, loadResources());
  say("writing tables and workbook");
  const dir = join(out, "tables");
  await replaceDirAtomically(dir, (tmp) =>
    writeCorpusTables(tables, tmp, {
      csv: formats.has("csv"),
      arrow: formats.has("arrow"),
      rawCsv: values["raw-csv"],
      problems,
      corpus: shards[0].corpus,
    }));
  if (!values.quiet) {
    console.error(
      `merged ${shards.length} shard(s): ${tables.articles.numRows()} article(s), ${tables.sentences.numRows()} sentences, ${tables.tokens.numRows()} tokens → ${dir}`,
    );
  }
  return 0;
}

if (import.meta.main) await runMain(main);
