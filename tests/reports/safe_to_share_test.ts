import assert from "node:assert/strict";
import { copyFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { launch, visit } from "./_browser.ts";
import { notebookNames, report, SEED_CORPUS } from "./_build.ts";

const TITLE =
  `<script>window.__pwned = 1</script>Angriff <img src=x onerror="window.__pwned = 2">`;
const OUTLET = `Böse & Co <svg onload="window.__pwned = 3">`;
const TEXT = `Bagdad.

<script>window.__pwned = 4; alert("pwned")</script> Die Armee greift die Stadt an. <img src=x onerror="window.__pwned = 5; alert(1)"> Der Minister sagte, man werde nicht weichen.

Die NATO verurteilt den Angriff. <iframe src="https://example.org"></iframe> Bagdad protestiert.
`;

function csvField(s: string): string {
  return `"${s.replaceAll('"', '""')}"`;
}

/** The seed corpus plus one article whose title, outlet and text hold HTML. */
function hostileCorpus(): string {
  const dir = Deno.makeTempDirSync({ prefix: "framing-hostile-" });
  for (const f of readdirSync(SEED_CORPUS)) {
    copyFileSync(join(SEED_CORPUS, f), join(dir, f));
  }
  Deno.writeTextFileSync(join(dir, "900_hostile.txt"), TEXT);
  let manifest = Deno.readTextFileSync(join(dir, "manifest.csv"));
  if (!manifest.endsWith("\n")) manifest += "\n";
  manifest += [
    "900_hostile",
    "900_hostile.txt",
    csvField(TITLE),
    csvField(OUTLET),
    "2017-11",
    "month",
    "test article",
    "de",
    "iraq_war_against_is",
    "",
  ].join(",") + "\n";
  Deno.writeTextFileSync(join(dir, "manifest.csv"), manifest);
  return dir;
}

Deno.test("reports show corpus text that holds HTML as text and run none of it", async () => {
  const corpus = hostileCorpus();
  const out = Deno.makeTempDirSync({ prefix: "framing-reports-" });
  try {
    const r = await report(corpus, out);
    assert.equal(r.code, 0, r.stderr);
    const pages = [
      join(out, "index.html"),
      ...notebookNames().map((n) => join(out, "reports", `${n}.html`)),
    ];
    for (
      const file of [
        ...pages,
        ...readdirSync(join(out, "charts")).filter((f) => f.endsWith(".svg"))
          .map((f) => join(out, "charts", f)),
      ]
    ) {
      const html = Deno.readTextFileSync(file);
      for (const tag of ["<script", "<img", "<iframe", "<svg onload"]) {
        assert.ok(
          !html.toLowerCase().includes(tag),
          `${file} holds no raw ${tag}`,
        );
      }
    }
    const overview = Deno.readTextFileSync(
      join(out, "reports", "01-corpus-overview.html"),
    );
    assert.ok(
      overview.includes("&lt;script&gt;window.__pwned = 1&lt;/script&gt;"),
      "the title is shown, escaped",
    );

    const browser = await launch();
    try {
      for (const file of pages) {
        const v = await visit(browser, pathToFileURL(file).href);
        assert.equal(
          await v.page.evaluate("typeof window.__pwned"),
          "undefined",
          `${file}: no script ran`,
        );
        assert.deepEqual(v.dialogs, [], `${file}: no dialog opened`);
        assert.deepEqual(v.offline, [], `${file}: no request left file://`);
        assert.equal(
          v.requests.length,
          1,
          `${file}: nothing but the page was requested (${
            v.requests.join(", ")
          })`,
        );
        assert.equal(
          await v.page.evaluate(
            `document.querySelectorAll("script, img, iframe").length`,
          ),
          0,
        );
        if (file.endsWith("01-corpus-overview.html")) {
          const text = await v.page.evaluate(
            "document.body.innerText",
          ) as string;
          assert.ok(
            text.includes(`<script>window.__pwned = 1</script>Angriff`),
            "the title reads as typed",
          );
          assert.ok(text.includes(`<img src=x onerror="window.__pwned = 2">`));
        }
        await v.page.close();
      }
    } finally {
      await browser.close();
    }
  } finally {
    Deno.removeSync(corpus, { recursive: true });
    Deno.removeSync(out, { recursive: true });
  }
});
