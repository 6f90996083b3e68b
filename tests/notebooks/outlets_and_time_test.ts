/**
 * Notebook 10 (outlets and time) run on the SYNTHETIC example corpus, and on
 * a one-outlet, one-year slice of it: it must export to HTML with charts,
 * state its tests in words, and say what it cannot compare rather than fail.
 */
import assert from "node:assert/strict";
import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, runNotebooks } from "../reports/_build.ts";

const NOTEBOOK = "10-outlets-and-time.ipynb";
const EXAMPLE = join(ROOT, "examples", "synthetic_conflict_news");

async function analyze(corpus: string, out: string) {
  const r = await new Deno.Command(Deno.execPath(), {
    args: ["task", "--quiet", "analyze", corpus, out, "--workers", "1"],
    cwd: ROOT,
    stdout: "piped",
    stderr: "piped",
  }).output();
  assert.equal(r.code, 0, new TextDecoder().decode(r.stderr));
}

/** Run notebook 10 alone on `corpus`; returns its report's text. */
async function report10(
  corpus: string,
): Promise<{ html: string; out: string }> {
  const out = Deno.makeTempDirSync({ prefix: "framing-nb10-" });
  // Inside the repository, so the notebook's "../lib/mod.ts" resolves.
  const nbs = Deno.makeTempDirSync({ dir: ROOT, prefix: ".nbtest-" });
  try {
    copyFileSync(join(ROOT, "notebooks", NOTEBOOK), join(nbs, NOTEBOOK));
    await analyze(corpus, out);
    const r = await runNotebooks(nbs, out, corpus);
    assert.equal(r.code, 0, r.stderr);
    return {
      html: readFileSync(
        join(out, "reports", "10-outlets-and-time.html"),
        "utf8",
      ),
      out,
    };
  } finally {
    Deno.removeSync(nbs, { recursive: true });
  }
}

const ENTITIES: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
  "&#x27;": "'",
};
const words = (html: string) =>
  html.replace(/<[^>]+>/g, " ")
    .replace(/&(amp|lt|gt|quot|#39|#x27);/g, (e) => ENTITIES[e])
    .replace(/\s+/g, " ");

Deno.test("notebook 10 on the synthetic example: charts by outlet and over time, differences stated in words with q", async () => {
  const { html, out } = await report10(EXAMPLE);
  const text = words(html);
  assert.ok((html.match(/<svg/g) ?? []).length >= 5, "charts in the report");
  for (
    const chart of [
      "10-frames-by-outlet",
      "10-frames-over-time",
      "10-tone-by-outlet",
      "10-prominence-by-outlet",
    ]
  ) {
    assert.ok(
      readFileSync(join(out, "charts", `${chart}.svg`), "utf8").startsWith(
        "<svg",
      ),
    );
  }
  assert.match(text, /3 outlets; the largest/);
  assert.match(text, /8 quarters from 2015-Q1 to 2016-Q4/);
  assert.match(text, /\d+ comparisons made; \d+ hold up at q < 0\.05/);
  // The generator makes the Rundschau military-heavy: found and stated.
  assert.match(
    text,
    /Outlets: Synthetische Rundschau used the military action and battle frame in \d+% of sentences, Synthetische[rs] \w+ in \d+%; difference \d+ points, 95% interval \d+ to \d+, q = 0\.\d+ \(Cohen's h [\d.]+\)\./,
  );
  Deno.removeSync(out, { recursive: true });
});

Deno.test("notebook 10 with one outlet and one period says so and still draws", async () => {
  const dir = Deno.makeTempDirSync({ prefix: "framing-one-outlet-" });
  const manifest = readFileSync(join(EXAMPLE, "manifest.csv"), "utf8").split(
    "\n",
  );
  // The Kurier's 2015 articles with exact dates: one outlet, one year of months.
  const rows = manifest.filter((l) =>
    /^syn_1_0[1-8],/.test(l) && /,2015-\d\d-\d\d,day,/.test(l)
  );
  Deno.writeTextFileSync(
    join(dir, "manifest.csv"),
    [manifest[0], ...rows].join("\n") + "\n",
  );
  for (const r of rows) {
    const file = r.split(",")[1];
    copyFileSync(join(EXAMPLE, file), join(dir, file));
  }
  const { html, out } = await report10(dir);
  const text = words(html);
  assert.match(
    text,
    /The corpus has one outlet \(Synthetischer Kurier\): there is nothing to compare between outlets/,
  );
  assert.ok((html.match(/<svg/g) ?? []).length >= 2);
  Deno.removeSync(out, { recursive: true });
  Deno.removeSync(dir, { recursive: true });
});
