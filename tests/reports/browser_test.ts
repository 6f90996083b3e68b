import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { launch, pixelSpread, visit } from "./_browser.ts";
import { notebookNames, ROOT, seedReports } from "./_build.ts";

Deno.test("reports open in Chromium offline, without errors, with every chart drawn", async () => {
  const out = await seedReports();
  const shots = join(ROOT, "outputs", "screenshots");
  mkdirSync(shots, { recursive: true });
  const browser = await launch();
  try {
    const pages = ["index", ...notebookNames()];
    for (const name of pages) {
      const file = name === "index"
        ? join(out, "index.html")
        : join(out, "reports", `${name}.html`);
      const v = await visit(browser, pathToFileURL(file).href);
      assert.deepEqual(v.errors, [], `${name}: console errors`);
      assert.deepEqual(v.offline, [], `${name}: requests that left file://`);
      // Every chart (a Plot <svg> in a figure or an index thumbnail) is drawn.
      const charts = await v.page.evaluate(`[...document.querySelectorAll(
        ".framing-figure svg, .thumb svg")].map((el) => {
          const r = el.getBoundingClientRect();
          return { w: r.width, h: r.height,
            marks: el.querySelectorAll("rect, circle, path, line, text").length };
        })`) as { w: number; h: number; marks: number }[];
      for (const [i, c] of charts.entries()) {
        assert.ok(
          c.w > 0 && c.h > 0,
          `${name}: chart ${i + 1} has a size (${c.w}×${c.h})`,
        );
        assert.ok(c.marks > 0, `${name}: chart ${i + 1} draws something`);
      }
      const figures = await v.page.$$eval(
        "[data-figure]",
        (els) => els.map((e) => e.querySelector("svg") !== null),
      );
      assert.ok(
        figures.every((f) => f),
        `${name}: every figure holds an <svg>`,
      );
      if (name === "index" || name.startsWith("01")) {
        assert.ok(charts.length > 0, `${name}: shows at least one chart`);
      }
      const png = await v.page.screenshot({
        fullPage: true,
        path: join(shots, `${name}.png`),
      });
      const spread = await pixelSpread(browser, png);
      assert.ok(
        spread > 5,
        `${name}: screenshot is not blank (grey-level spread ${
          spread.toFixed(1)
        })`,
      );
      await v.page.close();
    }
  } finally {
    await browser.close();
  }
});
