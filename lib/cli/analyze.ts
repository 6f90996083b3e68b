/**
 * `deno task analyze [corpus] [outputs]`: analyse a corpus folder and write
 * its tables to `<outputs>/tables/` as CSV and Arrow IPC, and the key tables
 * as the Excel workbook `<outputs>/tables/framing.xlsx`.
 *
 * @module
 */
import { parseArgs } from "node:util";
import { join } from "node:path";
import { analyzeCorpus } from "../analyze/analyze_corpus.ts";
import { CorpusError, formatProblem } from "../corpus/problems.ts";
import { writeTables } from "../io/write_tables.ts";
import { writeFramingWorkbook } from "../io/write_excel.ts";

const USAGE =
  `Usage: deno task analyze [corpus-folder] [output-folder] [--strict] [--quiet]

Analyses every article listed in <corpus-folder>/manifest.csv (default: corpus)
and writes the tables to <output-folder>/tables/ (default: outputs).`;

async function main(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      strict: { type: "boolean", default: false },
      quiet: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const corpus = positionals[0] ?? "corpus";
  const out = positionals[1] ?? "outputs";
  const tables = await analyzeCorpus(corpus, { strict: values.strict });
  const problems = tables.problems.objects() as {
    file: string;
    line: number | null;
    severity: "error" | "note";
    message: string;
  }[];
  for (const p of problems) console.error(formatProblem(p));
  await writeTables(tables, join(out, "tables"));
  writeFramingWorkbook(tables, join(out, "tables"));
  if (!values.quiet) {
    console.error(
      `analysed ${tables.articles.numRows()} article(s), ${tables.sentences.numRows()} sentences, ${tables.tokens.numRows()} tokens → ${
        join(out, "tables")
      }` +
        (problems.some((p) => p.severity === "error")
          ? ` (${
            problems.filter((p) => p.severity === "error").length
          } skipped with errors, see above)`
          : ""),
    );
  }
  return 0;
}

if (import.meta.main) {
  try {
    Deno.exit(await main(Deno.args));
  } catch (e) {
    if (
      e instanceof CorpusError || e instanceof SyntaxError ||
      e instanceof TypeError
    ) {
      console.error(`error: ${(e as Error).message}`);
    } else {
      console.error(e);
    }
    Deno.exit(1);
  }
}
