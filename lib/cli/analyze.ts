/**
 * `deno task analyze [corpus] [outputs]`: analyse a corpus folder and write
 * its tables to `<outputs>/tables/` as CSV and Arrow IPC (and, with
 * `--format …,parquet`, as Parquet shards in `<outputs>/tables/parquet/`),
 * and the key tables as the Excel workbook `<outputs>/tables/framing.xlsx`.
 *
 * @module
 */
import { parseArgs } from "node:util";
import { rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { analyzeBatches } from "../analyze/analyze_batches.ts";
import { finishSpilled } from "../analyze/analyze_corpus.ts";
import { loadResources } from "../analyze/resources.ts";
import { parseManifest } from "../corpus/manifest.ts";
import { INPUT_FORMATS } from "../corpus/readers/read_input.ts";
import { type CorpusProblem, formatProblem } from "../corpus/problems.ts";
import {
  DEFAULT_MAX_ARTICLE_MB,
  MAX_MANIFEST_BYTES,
  readCorpusFile,
} from "../corpus/corpus_file.ts";
import { replaceDirAtomically } from "../io/atomic_dir.ts";
import { withOutputPath } from "../io/output_file.ts";
import { withOutputLock } from "../io/output_lock.ts";
import { writeParquetShard } from "../io/parquet_shards.ts";
import { writeCorpusTables } from "./write_corpus.ts";
import { TableSpill } from "../analyze/table_spill.ts";
import { analyzeShard } from "./analyze_shard.ts";
import { parseShard, shardOf, type ShardSpec } from "../analyze/shard.ts";
import { Progress } from "./progress.ts";
import { runMain } from "./run_main.ts";

const USAGE = `Usage: deno task analyze [corpus] [output-folder] [options]

Analyses every article of <corpus> (default: corpus) and writes the tables to
<output-folder>/tables/ (default: outputs). <corpus> is a folder with
manifest.csv and .txt files, a folder without manifest (.txt, .html, .docx,
… files), or one export file: .csv, .tsv, .jsonl, .json, .parquet, Nexis Uni
.docx, Factiva .html/.txt, a saved web page .html.

Options:
  --input-format F the corpus format when the extension does not tell:
                   ${Object.keys(INPUT_FORMATS).join(", ")}
  --columns MAP    columns of CSV/TSV/JSON/Parquet input, e.g.
                   text=body,date=published_at,outlet=media_name,id=stories_id
  --workers N      analyse in N Web Workers (default: number of cores);
                   the tables are byte-identical for every N
  --format LIST    any of csv,arrow,parquet (default: csv,arrow). Parquet is
                   written as shards, one per batch; with parquet alone the
                   run streams and memory is bounded by the batch size
  --batch-size N   articles per batch / Parquet shard (default: 500)
  --shard I/N      analyse only shard I of N (articles by a hash of their id)
                   and write its article-level tables as Parquet into
                   <output-folder>/shards/I/; then \`deno task merge\`
  --tables WHICH    all, or no-tokens to leave out the token table (default:
                   all up to 10 MB of article text, no-tokens above, with a
                   note: the token table is most of a run's memory)
  --strict         stop at the first bad article or manifest row
  --max-article-mb N
                   skip (with an error naming it) any article file larger
                   than N megabytes (default: 20)
  --raw-csv        write CSV fields as they are; by default a text field
                   starting with = + - @ tab or CR gets a ' in front, so a
                   spreadsheet does not run it as a formula (Arrow and
                   Parquet always hold the raw values)
  --quiet          no progress bar and no summary
  -h, --help       this text`;

const FORMATS = new Set(["csv", "arrow", "parquet"]);

function positiveInt(
  name: string,
  value: string | undefined,
  fallback: number,
) {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    throw new TypeError(
      `Cannot run with --${name} ${value}: give a whole number of at least 1`,
    );
  }
  return n;
}

function positiveNumber(
  name: string,
  value: string | undefined,
  fallback: number,
) {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) {
    throw new TypeError(
      `Cannot run with --${name} ${value}: give a number above 0`,
    );
  }
  return n;
}

/**
 * The articles the manifest lists (those of `shard` only, if given) and the
 * bytes of all its article files; zeros when it cannot be read (the
 * analysis then reports why).
 */
function corpusSize(
  corpus: string,
  shard?: ShardSpec,
): { articles: number; bytes: number } {
  try {
    const file = join(corpus, "manifest.csv");
    const text = new TextDecoder().decode(
      readCorpusFile(corpus, "manifest.csv", { maxBytes: MAX_MANIFEST_BYTES }),
    );
    const rows = parseManifest(text, file).rows;
    let bytes = 0;
    for (const r of rows) {
      try {
        bytes += statSync(join(corpus, r.file)).size;
      } catch { /* reported by the analysis */ }
    }
    return {
      articles: shard
        ? rows.filter((r) => shardOf(r.id, shard.count) === shard.index)
          .length
        : rows.length,
      bytes,
    };
  } catch {
    // An export file (CSV, JSON, …): its size stands for the text's.
    try {
      const st = statSync(corpus);
      return { articles: 0, bytes: st.isFile() ? st.size : 0 };
    } catch {
      return { articles: 0, bytes: 0 };
    }
  }
}

/** Above this much article text the token table is left out by default. */
const TOKENS_UP_TO_BYTES = 10_000_000;

/** The tables to leave out for `--tables` (`all`, `no-tokens`, or auto). */
function tablesLeftOut(
  choice: string | undefined,
  bytes: number,
  quiet: boolean,
): string[] {
  if (choice === "all") return [];
  if (choice === "no-tokens") return ["tokens"];
  if (choice !== undefined) {
    throw new TypeError(
      `Cannot run with --tables ${choice}: use all or no-tokens`,
    );
  }
  if (bytes <= TOKENS_UP_TO_BYTES) return [];
  if (!quiet) {
    console.error(
      `note: the corpus has ${
        (bytes / 1e6).toFixed(0)
      } MB of text, so the token table (about 10 rows per 60 bytes, most of a run's memory) is not written; pass --tables all to write it`,
    );
  }
  return ["tokens"];
}

/** Run `deno task analyze` with these arguments; the exit code. */
export async function main(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      strict: { type: "boolean", default: false },
      quiet: { type: "boolean", default: false },
      workers: { type: "string" },
      format: { type: "string", default: "csv,arrow" },
      "input-format": { type: "string" },
      columns: { type: "string" },
      "batch-size": { type: "string" },
      shard: { type: "string" },
      tables: { type: "string" },
      "max-article-mb": { type: "string" },
      "raw-csv": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length > 2) {
    throw new TypeError(
      `Cannot run analyze: expected at most 2 arguments (corpus, output folder), got ${positionals.length}\n${USAGE}`,
    );
  }
  const corpus = positionals[0] ?? "corpus";
  const out = positionals[1] ?? "outputs";
  const workers = positiveInt(
    "workers",
    values.workers,
    navigator.hardwareConcurrency,
  );
  const batchSize = positiveInt("batch-size", values["batch-size"], 500);
  const maxArticleMb = positiveNumber(
    "max-article-mb",
    values["max-article-mb"],
    DEFAULT_MAX_ARTICLE_MB,
  );
  const formats = new Set(values.format.split(",").map((f) => f.trim()));
  for (const f of formats) {
    if (!FORMATS.has(f)) {
      throw new TypeError(
        `Cannot write format "${f}": use csv, arrow and/or parquet, comma-separated`,
      );
    }
  }
  const whole = formats.has("csv") || formats.has("arrow");
  const problems: CorpusProblem[] = [];
  const shard = values.shard === undefined
    ? undefined
    : parseShard(values.shard);
  const size = corpusSize(corpus, shard);
  const progress = new Progress(size.articles, { quiet: values.quiet });
  const leaveOut = tablesLeftOut(values.tables, size.bytes, values.quiet);
  if (shard) {
    return await analyzeShard(corpus, out, shard, {
      strict: values.strict,
      workers,
      batchSize,
      quiet: values.quiet,
      progress,
      leaveOut,
      format: values["input-format"],
      columns: values.columns,
      maxArticleBytes: Math.floor(maxArticleMb * 1024 * 1024),
    });
  }
  const tablesDir = join(out, "tables");
  const summary = { articles: 0, sentences: 0, tokens: 0 };
  const write = async (tmp: string) => {
    // Article-level tables wait on disk, not in memory, until written.
    const spill = whole ? new TableSpill(join(tmp, ".spill")) : null;
    for await (
      const batch of analyzeBatches(corpus, problems, {
        strict: values.strict,
        maxArticleBytes: Math.floor(maxArticleMb * 1024 * 1024),
        format: values["input-format"],
        columns: values.columns,
        workers,
        batchSize,
        leaveOut,
        onArticle: (a) => {
          progress.tick(a.tokens);
          if (a.error !== undefined) return;
          summary.articles++;
          summary.sentences += a.sentences;
          summary.tokens += a.tokens;
        },
      })
    ) {
      if (formats.has("parquet")) {
        writeParquetShard(batch.tables, join(tmp, "parquet"), batch.index);
      }
      for (const chunk of batch.chunks) spill?.add(chunk);
    }
    progress.done();
    for (const p of problems) console.error(formatProblem(p));
    if (spill) {
      const corpusTables = finishSpilled(spill, problems, loadResources());
      await writeCorpusTables(corpusTables, tmp, {
        csv: formats.has("csv"),
        arrow: formats.has("arrow"),
        rawCsv: values["raw-csv"],
        problems,
        corpus,
      });
      rmSync(spill.dir, { recursive: true });
    }
  };
  try {
    await withOutputLock(out, () => replaceDirAtomically(tablesDir, write));
  } catch (e) {
    throw withOutputPath(e, tablesDir);
  }
  if (!values.quiet) {
    const errors = problems.filter((p) => p.severity === "error").length;
    console.error(
      `analysed ${summary.articles} article(s), ${summary.sentences} sentences, ${summary.tokens} tokens → ${tablesDir}` +
        (errors ? ` (${errors} skipped with errors, see above)` : ""),
    );
  }
  return 0;
}

if (import.meta.main) await runMain(main);
