/**
 * `deno task analyze [corpus] [outputs]`: analyse a corpus folder and write
 * its tables to `<outputs>/tables/` as CSV and Arrow IPC (and, with
 * `--format …,parquet`, as Parquet shards in `<outputs>/tables/parquet/`),
 * and the key tables as the Excel workbook `<outputs>/tables/framing.xlsx`.
 *
 * @module
 */
import { parseArgs } from "node:util";
import { join } from "node:path";
import type { ColumnTable as Table } from "arquero";
import { analyzeBatches } from "../analyze/analyze_batches.ts";
import { finishCorpus } from "../analyze/analyze_corpus.ts";
import { loadResources } from "../analyze/resources.ts";
import { parseManifest } from "../corpus/manifest.ts";
import { INPUT_FORMATS } from "../corpus/readers/read_input.ts";
import { type CorpusProblem, formatProblem } from "../corpus/problems.ts";
import { problemTable } from "../analyze/merge.ts";
import {
  DEFAULT_MAX_ARTICLE_MB,
  MAX_MANIFEST_BYTES,
  readCorpusFile,
} from "../corpus/corpus_file.ts";
import { replaceDirAtomically } from "../io/atomic_dir.ts";
import { cellLimitProblems } from "../io/cell_limits.ts";
import { withOutputPath } from "../io/output_file.ts";
import { withOutputLock } from "../io/output_lock.ts";
import { writeParquetShard } from "../io/parquet_shards.ts";
import { writeTablesTo } from "../io/write_tables.ts";
import { Progress } from "./progress.ts";

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

function countArticles(corpus: string): number {
  try {
    const file = join(corpus, "manifest.csv");
    const bytes = readCorpusFile(corpus, "manifest.csv", {
      maxBytes: MAX_MANIFEST_BYTES,
    });
    return parseManifest(new TextDecoder().decode(bytes), file).rows.length;
  } catch {
    return 0;
  }
}

async function main(args: string[]): Promise<number> {
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
  const progress = new Progress(countArticles(corpus), {
    quiet: values.quiet,
  });
  const tablesDir = join(out, "tables");
  const summary = { articles: 0, sentences: 0, tokens: 0 };
  const write = async (tmp: string) => {
    const batches: Record<string, Table>[] = [];
    for await (
      const batch of analyzeBatches(corpus, problems, {
        strict: values.strict,
        maxArticleBytes: Math.floor(maxArticleMb * 1024 * 1024),
        format: values["input-format"],
        columns: values.columns,
        workers,
        batchSize,
        onArticle: (r) =>
          progress.tick(r.tables.tokens?.columns.start.length ?? 0),
      })
    ) {
      if (formats.has("parquet")) {
        writeParquetShard(batch.tables, join(tmp, "parquet"), batch.index);
      }
      summary.articles += batch.tables.articles.numRows();
      summary.sentences += batch.tables.sentences.numRows();
      summary.tokens += batch.tables.tokens.numRows();
      if (whole) batches.push(batch.tables);
    }
    progress.done();
    for (const p of problems) console.error(formatProblem(p));
    const corpusTables = whole
      ? finishCorpus(concatBatches(batches), problems, loadResources())
      : null;
    if (corpusTables) {
      // Loaded only here: danfojs brings TensorFlow.js (about 2 s to load).
      const { writeFramingWorkbook, FRAMING_WORKBOOK_TABLES } = await import(
        "../io/write_excel.ts"
      );
      // Texts too long for an Excel cell are cut in the workbook: say so.
      const cut = cellLimitProblems(corpusTables, FRAMING_WORKBOOK_TABLES, {
        corpus,
      });
      if (cut.length) {
        problems.push(...cut);
        for (const p of cut) console.error(formatProblem(p));
        corpusTables.problems = problemTable(problems);
      }
      writeTablesTo(corpusTables, tmp, {
        csv: formats.has("csv"),
        arrow: formats.has("arrow"),
        rawCsv: values["raw-csv"],
      });
      writeFramingWorkbook(corpusTables, tmp);
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

/** Concatenate per-batch tables (same schemas) in batch order. */
function concatBatches(
  batches: Record<string, Table>[],
): Record<string, Table> {
  if (batches.length === 1) return batches[0];
  const out: Record<string, Table> = {};
  const names = [...new Set(batches.flatMap((b) => Object.keys(b)))].sort();
  for (const name of names) {
    const parts = batches.map((b) => b[name]).filter(Boolean);
    out[name] = parts.length === 1
      ? parts[0]
      : parts[0].concat(...parts.slice(1));
  }
  return out;
}

if (import.meta.main) {
  try {
    Deno.exit(await main(Deno.args));
  } catch (e) {
    // Researchers read these: the message says what failed and what to do;
    // a stack trace would only bury it. FRAMING_DEBUG=1 shows the stack.
    if (Deno.env.get("FRAMING_DEBUG")) console.error(e);
    else console.error(`error: ${e instanceof Error ? e.message : String(e)}`);
    Deno.exit(1);
  }
}
