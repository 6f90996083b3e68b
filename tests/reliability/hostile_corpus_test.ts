/**
 * A hostile corpus (issue 14): links out of the folder (to /etc/passwd and
 * /dev/zero), a FIFO, a folder named like an article, an article over the
 * size cap, a quote longer than an Excel cell, and formula cells. The
 * analysis runs with read access to the repository, the corpus and Deno's
 * cache only, so a read outside the corpus fails loudly instead of passing
 * unseen. Every good article must be analysed, every bad one reported in
 * problems.csv with its manifest line, and the corpus left byte-identical.
 *
 * Cases of issue 14 covered here: 1 (long quote), 2 (link out), 3 (/dev/zero,
 * FIFO), 5 (lock), 6 (formula cells), 7 (user files in tables/), 9 (cap),
 * 10 (--strict leaves no empty folder).
 *
 * @module
 */
import assert from "node:assert/strict";
import * as aq from "arquero";
import { execFileSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { dirname, join } from "node:path";
import XLSX from "xlsx";
import { LOCK_FILE } from "../../lib/io/output_lock.ts";
import { article, fingerprint, HEADER, makeCorpus, row } from "../_corpus.ts";

const ROOT = new URL("../..", import.meta.url).pathname.replace(/\/$/, "");

/** Deno's cache folder (npm packages), which the analysis must read. */
function denoDir(): string {
  const info = execFileSync(Deno.execPath(), ["info", "--json"], {
    encoding: "utf8",
  });
  return JSON.parse(info).denoDir;
}

/**
 * Run the analyze CLI reading only the repository, the corpus, the outputs
 * and Deno's cache; killed after `limit` ms (a FIFO read would hang).
 */
async function analyzeConfined(
  corpus: string,
  out: string,
  args: string[] = [],
  limit = 240_000,
) {
  // /proc: whether the run holding a lock is alive.
  const reads = [
    ROOT,
    corpus,
    dirname(out),
    denoDir(),
    "/usr/share/dict",
    "/proc",
  ];
  const child = new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      `--allow-read=${reads.join(",")}`,
      `--allow-write=${dirname(out)}`,
      "--allow-env",
      "--allow-run", // as deno task analyze: signal 0 to a lock's pid
      join(ROOT, "lib/cli/analyze.ts"),
      corpus,
      out,
      "--workers",
      "1",
      "--quiet",
      ...args,
    ],
    cwd: ROOT,
    env: { NO_COLOR: "1" },
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const timer = setTimeout(() => child.kill("SIGKILL"), limit);
  const r = await child.output();
  clearTimeout(timer);
  return {
    code: r.code,
    signal: r.signal,
    stderr: new TextDecoder().decode(r.stderr),
  };
}

const LONG_QUOTE = "Stoltenberg sagte: „" +
  Array(500).fill(
    "Die Armee rückt weiter vor und die Lage bleibt angespannt, sagte ein Anwohner der Stadt",
  ).join(" ") + "\n";

async function hostileCorpus() {
  const rows = [
    row("a"),
    row("b"),
    '"formula","formula.txt","=HYPERLINK(""http://example.com"",""x"")",@outlet,2020,,,de,',
    row("lq"),
    row("passwd", "p.txt"),
    row("zero", "z.txt"),
    row("fifo", "f.txt"),
    row("dir", "x.txt"),
    row("big"),
  ];
  const dir = await makeCorpus({
    "manifest.csv": [HEADER, ...rows].join("\n") + "\n",
    "a.txt": article("Bagdad"),
    "b.txt": article("Basra"),
    "formula.txt":
      "=1+1 meldete die Agentur.\n\n-Kiew: Die Lage bleibt angespannt.\n\n@Nato wurde zitiert.\n",
    "lq.txt": LONG_QUOTE,
    "big.txt": article("Mossul").repeat(2000), // about 200 KB
  });
  symlinkSync("/etc/passwd", join(dir, "p.txt"));
  symlinkSync("/dev/zero", join(dir, "z.txt"));
  execFileSync("mkfifo", [join(dir, "f.txt")]);
  mkdirSync(join(dir, "x.txt"));
  return dir;
}

Deno.test("issue 14 hostile corpus: good articles analysed, bad ones in problems.csv, nothing outside read, corpus unchanged", async () => {
  const corpus = await hostileCorpus();
  const before = fingerprint(corpus);
  const out = join(await Deno.makeTempDir(), "outputs");
  // A file of the user's own in tables/ (issue 14, case 7).
  mkdirSync(join(out, "tables"), { recursive: true });
  writeFileSync(join(out, "tables", "my_notes.txt"), "mine\n");
  const r = await analyzeConfined(corpus, out, ["--max-article-mb", "0.1"]);
  assert.equal(r.signal, null, `killed: hung on a special file\n${r.stderr}`);
  assert.equal(r.code, 0, r.stderr);
  assert.doesNotMatch(r.stderr, /NotCapable|Requires read access/);
  const tables = join(out, "tables");
  const load = (name: string) =>
    aq.fromArrow(readFileSync(join(tables, `${name}.arrow`)));

  // Every good article is analysed.
  const articles = load("articles");
  assert.deepEqual(articles.array("article_id"), ["a", "b", "formula", "lq"]);

  // Every bad one is in problems.csv, with the manifest and its line.
  const problems = load("problems").objects() as {
    file: string;
    line: number | null;
    severity: string;
    message: string;
  }[];
  const manifest = join(corpus, "manifest.csv");
  const at = (line: number) =>
    problems.find((p) => p.file === manifest && p.line === line)?.message ??
      "";
  assert.match(at(6), /"passwd" was not read: .*outside the corpus folder/);
  assert.match(at(7), /"zero" was not read: .*outside the corpus folder/);
  assert.match(at(8), /"fifo" was not read: .*FIFO/);
  assert.match(at(9), /"dir" names "x\.txt", which is a folder/);
  assert.match(
    at(10),
    /"big" was skipped: .*big\.txt has 0\.2 MB, more than the cap of 0\.1 MB/,
  );
  assert.equal(problems.filter((p) => p.severity === "error").length, 5);
  // The long quote is whole in the tables, cut in the workbook, with a note.
  const note = problems.find((p) => p.file === join(corpus, "lq.txt"));
  assert.match(note?.message ?? "", /quotes\.text .* more than Excel's 32767/);
  const quotes = load("quotes").objects() as { text: string }[];
  assert.ok(quotes.some((q) => q.text.length > 32767));
  const wb = XLSX.read(readFileSync(join(tables, "framing.xlsx")));
  const cells = Object.values(wb.Sheets.quotes).map((c) =>
    String((c as { v?: unknown }).v ?? "")
  );
  assert.ok(
    cells.some((v) => v.length === 32767 && v.endsWith("[…truncated]")),
  );

  // Nothing outside the corpus was read into any output.
  const passwd = readFileSync("/etc/passwd", "utf8").split("\n")[0];
  for (const f of readdirSync(tables)) {
    if (!f.endsWith(".csv")) continue;
    const csv = readFileSync(join(tables, f), "utf8");
    assert.ok(!csv.includes(passwd), `${f} holds /etc/passwd`);
    assert.ok(!csv.includes("\0"), `${f} holds /dev/zero bytes`);
  }

  // Formula cells are guarded in CSV and raw in Arrow (case 6).
  const articlesCsv = readFileSync(join(tables, "articles.csv"), "utf8");
  assert.match(articlesCsv, /"'=HYPERLINK\(""http:\/\/example\.com""/);
  assert.match(articlesCsv, /,'@outlet,/);
  const sentencesCsv = readFileSync(join(tables, "sentences.csv"), "utf8");
  assert.match(sentencesCsv, /,'=1\+1 meldete die Agentur\./);
  assert.match(sentencesCsv, /,'-Kiew: Die Lage bleibt angespannt\./);
  assert.match(sentencesCsv, /,'@Nato wurde zitiert\./);
  for (const line of articlesCsv.split("\n").concat(sentencesCsv.split("\n"))) {
    assert.doesNotMatch(line, /(^|,)[=+@]/, line);
  }
  assert.equal(
    articles.get("title", 2),
    '=HYPERLINK("http://example.com","x")',
  );

  // The user's own file stayed (case 7); no lock or temporary folder left.
  assert.equal(readFileSync(join(tables, "my_notes.txt"), "utf8"), "mine\n");
  assert.deepEqual(readdirSync(out), ["tables"]);

  // The corpus is byte-identical.
  assert.equal(fingerprint(corpus), before);
});

Deno.test("issue 14 case 5: `analyze` into a folder another live run is writing stops at once and changes nothing", async () => {
  const corpus = await makeCorpus({ "a.txt": article() }, [row("a")]);
  const out = join(await Deno.makeTempDir(), "outputs");
  mkdirSync(join(out, "tables"), { recursive: true });
  writeFileSync(join(out, "tables", "articles.csv"), "previous\n");
  const other = new Deno.Command("sleep", { args: ["120"] }).spawn();
  try {
    writeFileSync(
      join(out, LOCK_FILE),
      JSON.stringify({ pid: other.pid, started: "2026-12-04T10:00:00.000Z" }),
    );
    const before = fingerprint(out);
    const r = await analyzeConfined(corpus, out);
    assert.equal(r.code, 1);
    assert.match(
      r.stderr,
      new RegExp(
        `error: another run is writing to ${out} \\(pid ${other.pid}, started at 2026-12-04T10:00:00\\.000Z\\)`,
      ),
    );
    assert.equal(fingerprint(out), before);
  } finally {
    other.kill("SIGKILL");
    await other.status;
  }
  // Once that run is gone, its stale lock is taken over with a note.
  const r = await analyzeConfined(corpus, out);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /note: took over the lock of .* no longer exists/);
  assert.ok(!existsSync(join(out, LOCK_FILE)));
});

Deno.test("issue 14 case 10: `analyze --strict` on a bad corpus leaves no empty outputs folder", async () => {
  const corpus = await makeCorpus({ "a.txt": article() }, [row("a"), row("b")]);
  const out = join(await Deno.makeTempDir(), "outputs");
  const r = await analyzeConfined(corpus, out, ["--strict"]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /"b" names the file "b\.txt", which does not exist/);
  assert.ok(!existsSync(out), "an empty outputs folder was left behind");
});
