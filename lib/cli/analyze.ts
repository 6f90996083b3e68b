/**
 * `deno task analyze [corpus] [outputs]`: analyse a corpus folder and write
 * its tables to `<outputs>/tables/` as CSV and Arrow IPC.
 *
 * @module
 */
import { parseArgs } from "node:util";
import { join } from "node:path";
import { analyzeCorpus } from "../analyze/analyze_corpus.ts";
import { formatProblem } from "../corpus/problems.ts";
import { writeTables } from "../io/write_tables.ts";

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
  if (positionals.length > 2) {
    throw new TypeError(
      `Cannot run analyze: expected at most 2 folders, got ${positionals.length}\n${USAGE}`,
    );
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
    // Researchers read these: the message says what failed and what to do;
    // a stack trace would only bury it. FRAMING_DEBUG=1 shows the stack.
    if (Deno.env.get("FRAMING_DEBUG")) console.error(e);
    else console.error(`error: ${e instanceof Error ? e.message : String(e)}`);
    Deno.exit(1);
  }
}
