import assert from "node:assert/strict";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { article, fingerprint, latin1, makeCorpus, row } from "../_corpus.ts";

const ROOT = new URL("../..", import.meta.url).pathname;

/**
 * Run `deno task analyze ...args` in the repository (one worker, unless
 * `args` say otherwise: starting workers costs more than these tiny corpora);
 * never throws.
 */
async function analyze(...args: string[]) {
  const workers = args.some((a) => a.startsWith("--workers"))
    ? []
    : ["--workers", "1"];
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["task", "--quiet", "analyze", ...args, ...workers],
    cwd: ROOT,
    env: { NO_COLOR: "1" },
    stdout: "piped",
    stderr: "piped",
  }).output();
  return {
    code: out.code,
    stderr: new TextDecoder().decode(out.stderr),
    stdout: new TextDecoder().decode(out.stdout),
  };
}

function goodCorpus() {
  return makeCorpus(
    {
      "a.txt":
        "Kairo.\n\nIn Aleppo wird gekämpft. Die US-Truppen ziehen ab.\n\nBild. Reuters\n",
      "b.txt": article("Basra"),
    },
    [row("a"), row("b")],
  );
}

Deno.test("`deno task analyze` writes byte-identical CSV and Arrow files on two runs (1 and 2 workers)", async () => {
  const corpus = await goodCorpus();
  const before = fingerprint(corpus);
  const out1 = await Deno.makeTempDir();
  const out2 = await Deno.makeTempDir();
  const r1 = await analyze(corpus, out1);
  const r2 = await analyze(corpus, out2, "--workers", "2");
  assert.equal(r1.code, 0, r1.stderr);
  assert.equal(r2.code, 0, r2.stderr);
  const files = readdirSync(join(out1, "tables")).sort();
  for (const t of ["articles", "sentences", "tokens", "metadata", "problems"]) {
    assert.ok(files.includes(`${t}.csv`), `${t}.csv missing`);
    assert.ok(files.includes(`${t}.arrow`), `${t}.arrow missing`);
  }
  assert.equal(
    fingerprint(join(out1, "tables")),
    fingerprint(join(out2, "tables")),
  );
  // Running again into the same folder replaces it with identical bytes.
  const first = fingerprint(join(out1, "tables"));
  assert.equal((await analyze(corpus, out1)).code, 0);
  assert.equal(fingerprint(join(out1, "tables")), first);
  assert.equal(fingerprint(corpus), before, "the corpus was modified");
  // No temporary folders are left behind.
  assert.deepEqual(readdirSync(out1), ["tables"]);
});

Deno.test("`deno task analyze` on the seeds writes sentences.csv without boilerplate lines", async () => {
  const out = await Deno.makeTempDir();
  const r = await analyze(join(ROOT, "corpus"), out);
  assert.equal(r.code, 0, r.stderr);
  const csv = await Deno.readTextFile(join(out, "tables", "sentences.csv"));
  assert.ok(csv.split("\n").length > 50);
  for (
    const bad of [
      /,"?Kairo\.,?"?\d/,
      /Bild\. NATO/,
      /,"?date 2020-02/,
      /Mehr zum Thema/,
      /,"?Die militärische Struktur der NATO"?,/,
    ]
  ) assert.doesNotMatch(csv, bad);
});

Deno.test("`deno task analyze` reports a corrupt file, names it, and writes the other articles", async () => {
  const corpus = await makeCorpus(
    {
      "a.txt": article(),
      "b.txt": latin1("Köln\n"),
      "c.txt": article("Mossul"),
    },
    [row("a"), row("b"), row("c")],
  );
  const out = await Deno.makeTempDir();
  const r = await analyze(corpus, out);
  assert.equal(r.code, 0, r.stderr);
  assert.ok(r.stderr.includes(`${join(corpus, "b.txt")}:1: error:`), r.stderr);
  assert.match(r.stderr, /analysed 2 article\(s\).*1 skipped/);
  const articles = await Deno.readTextFile(join(out, "tables", "articles.csv"));
  assert.deepEqual(
    articles.trim().split("\n").slice(1).map((l) => l.split(",")[0]),
    [
      "a",
      "c",
    ],
  );
  const problems = await Deno.readTextFile(join(out, "tables", "problems.csv"));
  assert.ok(problems.includes(join(corpus, "b.txt")));
});

Deno.test("`deno task analyze --strict` fails on a bad file and leaves the previous outputs", async () => {
  const corpus = await goodCorpus();
  const out = await Deno.makeTempDir();
  assert.equal((await analyze(corpus, out)).code, 0);
  const previous = fingerprint(out);
  await Deno.writeFile(join(corpus, "b.txt"), latin1("Straße\n"));
  const r = await analyze(corpus, out, "--strict");
  assert.notEqual(r.code, 0);
  assert.ok(r.stderr.includes(`${join(corpus, "b.txt")}:1: error:`), r.stderr);
  assert.doesNotMatch(r.stderr, /^\s+at /m, "stack trace printed");
  assert.equal(fingerprint(out), previous);
});

Deno.test("`deno task analyze` exits non-zero without a stack trace when nothing can be analysed", async () => {
  const out = await Deno.makeTempDir();
  const empty = await makeCorpus({ "a.txt": "" }, [row("a")]);
  for (
    const [args, expect] of [
      [
        [empty, out],
        /no article could be read[\s\S]*a\.txt: error: the file is empty/,
      ],
      [["/nonexistent/corpus", out], /the corpus does not exist/],
      // A folder without manifest is read file by file; an empty one fails.
      [[await makeCorpus({}), out], /the corpus folder is empty/],
      [[empty, out, "--no-such-flag"], /no-such-flag/],
      [[empty, out, "extra"], /at most 2 arguments/],
    ] as const
  ) {
    const r = await analyze(...args);
    assert.notEqual(r.code, 0, `exit 0 for ${args.join(" ")}`);
    assert.match(r.stderr, /^error: /m);
    assert.match(r.stderr, expect);
    assert.doesNotMatch(r.stderr, /^\s+at /m, "stack trace printed");
  }
  assert.ok(!existsSync(join(out, "tables")), "a failed run wrote tables");
});

Deno.test("`deno task analyze` killed or interrupted mid-run leaves either the old or the new tables, never a mix", async () => {
  // A corpus big enough that writing its tables takes about a second, so a
  // kill can land while they are being written.
  const para = article("Bagdad").repeat(400);
  const files: Record<string, string> = {};
  const rows: string[] = [];
  for (let i = 0; i < 20; i++) {
    files[`a${i}.txt`] = para;
    rows.push(row(`a${i}`));
  }
  const small = await goodCorpus();
  const big = await makeCorpus(files, rows);
  const out = await Deno.makeTempDir();
  assert.equal((await analyze(small, out)).code, 0);
  const oldTables = fingerprint(join(out, "tables"));
  const fresh = await Deno.makeTempDir();
  assert.equal((await analyze(big, fresh)).code, 0);
  const newTables = fingerprint(join(fresh, "tables"));

  let midWrite = 0;
  for (
    const [delay, signal] of [[0, "SIGKILL"], [200, "SIGINT"]] as const
  ) {
    const child = new Deno.Command(Deno.execPath(), {
      args: ["run", "-A", "lib/cli/analyze.ts", big, out, "--workers", "1"],
      cwd: ROOT,
      stdout: "null",
      stderr: "null",
    }).spawn();
    let done = false;
    child.status.then(() => done = true);
    // Wait for the temporary folder (writing has begun), then `delay` ms.
    while (!done && !readdirSync(out).some((f) => f.includes(".tmp-"))) {
      await new Promise((r) => setTimeout(r, 2));
    }
    await new Promise((r) => setTimeout(r, delay));
    try {
      child.kill(signal);
    } catch { /* already finished */ }
    await child.status;
    if (readdirSync(out).some((f) => f.includes(".tmp-"))) midWrite++;
    const now = fingerprint(join(out, "tables"));
    assert.ok(
      now === oldTables || now === newTables,
      `tables are neither the old nor the new set after ${signal} ${delay} ms into writing`,
    );
    // The next run clears what the killed one left and restores old tables.
    assert.equal((await analyze(small, out)).code, 0);
    assert.equal(fingerprint(join(out, "tables")), oldTables);
    assert.deepEqual(readdirSync(out), ["tables"]);
  }
  assert.ok(midWrite > 0, "no kill landed while tables were being written");
});
