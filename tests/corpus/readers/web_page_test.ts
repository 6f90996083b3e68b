import assert from "node:assert/strict";
import type { CorpusProblem } from "../../../lib/corpus/problems.ts";
import { readInput } from "../../../lib/corpus/readers/read_input.ts";
import { latin1, messages, readOne, writeFiles } from "./_files.ts";

const para = (s: string) => `<p>${s}</p>`;
const BODY = [
  "Die Offensive auf Mossul hat am Montag begonnen. Irakische Truppen rücken von Süden vor, unterstützt von Luftangriffen der Koalition.",
  "Hilfsorganisationen warnen vor einer Fluchtbewegung. Bis zu einer Million Menschen könnten die Stadt verlassen, heißt es in einem Bericht.",
  "Der IS hat die Stadt seit zwei Jahren unter Kontrolle. Beobachter rechnen mit wochenlangen Kämpfen in den engen Gassen der Altstadt.",
].map(para).join("");

function page(head: string, extra = ""): string {
  return `<!DOCTYPE html><html lang="de"><head><title>Offensive auf Mossul | Tagesblatt</title>${head}</head>
<body><nav><a href="/">Start</a> <a href="/politik">Politik</a></nav>
<article><h1>Offensive auf Mossul</h1>${BODY}${extra}</article>
<footer>Impressum · Datenschutz</footer></body></html>`;
}

Deno.test("web page: Readability's text in paragraphs; date and outlet from Open Graph metadata", async () => {
  const html = page(
    `<meta property="og:site_name" content="Tagesblatt"><meta property="article:published_time" content="2016-10-17T09:30:00+02:00"><link rel="canonical" href="https://tagesblatt.example/mossul">`,
  );
  const { inputs, problems } = await readOne("mossul.html", html);
  assert.deepEqual(messages(problems, "error"), []);
  assert.equal(inputs.length, 1);
  const a = inputs[0];
  assert.deepEqual([a.id, a.outlet, a.date, a.language, a.url], [
    "mossul",
    "Tagesblatt",
    "2016-10-17",
    "de",
    "https://tagesblatt.example/mossul",
  ]);
  assert.equal(a.text.split("\n\n").length, 3);
  assert.ok(
    a.text.startsWith("Die Offensive auf Mossul hat am Montag begonnen."),
  );
  assert.ok(!a.text.includes("Impressum"));
});

Deno.test("web page: JSON-LD datePublished and publisher when there is no Open Graph; no date is a note", async () => {
  const ld = `<script type="application/ld+json">${
    JSON.stringify({
      "@context": "https://schema.org",
      "@graph": [{
        "@type": "NewsArticle",
        datePublished: "2017-07-10",
        publisher: { "@type": "Organization", name: "Abendpost" },
      }],
    })
  }</script>`;
  const withLd = await readOne("a.html", page(ld));
  assert.deepEqual([withLd.inputs[0].date, withLd.inputs[0].outlet], [
    "2017-07-10",
    "Abendpost",
  ]);
  const bare = await readOne("b.html", page(""));
  assert.equal(bare.inputs[0].date, "");
  assert.equal(bare.inputs[0].outlet, "unknown");
  assert.match(messages(bare.problems, "note")[0], /no publication date/);
});

Deno.test("web page: no article text, wrong encoding, an empty file", async () => {
  const none = await readOne(
    "a.html",
    "<html><body><nav>Start</nav></body></html>",
  );
  assert.equal(none.inputs.length, 0);
  assert.match(messages(none.problems, "error")[0], /no article text found/);
  const l1 = await readOne("a.html", latin1(page("")));
  assert.match(messages(l1.problems, "error")[0], /not valid UTF-8/);
  const empty = await readOne("a.htm", "");
  assert.match(messages(empty.problems, "error")[0], /the file is empty/);
});

Deno.test("web page: a page declaring windows-1252 is decoded as declared, with a note", async () => {
  const html = page(
    '<meta charset="windows-1252"><meta property="og:site_name" content="Köln-Blatt">',
  );
  const { inputs, problems } = await readOne("alt.html", latin1(html));
  assert.equal(inputs[0].outlet, "Köln-Blatt");
  assert.ok(inputs[0].text.includes("Süden"));
  assert.ok(inputs[0].notes!.some((n) => /decoded as windows-1252/.test(n)));
  assert.deepEqual(messages(problems, "error"), []);
});

Deno.test("web pages: a folder of saved pages is one article per page", async () => {
  const dir = await writeFiles({
    "a.html": page(
      '<meta property="article:published_time" content="2016-01-02">',
    ),
    "b.htm": page(
      '<meta property="article:published_time" content="2016-02-03">',
    ),
  });
  const problems: CorpusProblem[] = [];
  const inputs = (await readInput(dir, problems))!;
  assert.deepEqual(inputs.map((i) => [i.id, i.file, i.date]), [
    ["a", "a.html", "2016-01-02"],
    ["b", "b.htm", "2016-02-03"],
  ]);
  assert.deepEqual(messages(problems, "error"), []);
});
