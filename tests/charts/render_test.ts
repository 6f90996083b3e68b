import assert from "node:assert/strict";
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { renderSvg } from "../../lib/charts/render.ts";

const data = [{ actor: "USA", n: 3 }, { actor: "NATO", n: 1 }];

Deno.test("`renderSvg()` gives the same bytes on every call", () => {
  const spec = {
    title: "T",
    marks: [Plot.barX(data, { x: "n", y: "actor", clip: true })],
  };
  assert.equal(renderSvg(spec), renderSvg(spec));
});

Deno.test("`renderSvg()` output is a standalone SVG document that parses as XML", () => {
  const svg = renderSvg({
    title: "T & <U>",
    caption: "c",
    marks: [Plot.dot(data, { x: "n", y: "actor" })],
  });
  assert.ok(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'));
  // A strict XML parse: DOMParser from linkedom in XML mode.
  const { DOMParser } = parseHTML("<html></html>") as unknown as {
    DOMParser: new () => {
      parseFromString(
        s: string,
        t: string,
      ): { documentElement: { tagName: string } };
    };
  };
  const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
  assert.equal(doc.documentElement.tagName.toLowerCase(), "svg");
});

Deno.test("`renderSvg()` escapes corpus text in titles, legends and marks", () => {
  const evil = [{ actor: "<script>alert(1)</script>", n: 1 }];
  const svg = renderSvg({
    title: "<img src=x onerror=alert(1)>",
    subtitle: "<b>",
    caption: "</svg><script>",
    color: { legend: true },
    marks: [
      Plot.barX(evil, { x: "n", y: "actor", fill: "actor", title: "actor" }),
    ],
  });
  assert.ok(!/<script|<img|<b>|<\/svg><script/i.test(svg));
});

Deno.test("`renderSvg()` draws a stepped legend for a threshold scale", () => {
  const svg = renderSvg({
    color: {
      type: "threshold",
      domain: [0],
      range: ["red", "blue"],
      legend: true,
    },
    marks: [Plot.dot(data, { x: "n", y: "actor", fill: "n" })],
  });
  assert.ok(svg.includes('fill="red"') && svg.includes('fill="blue"'));
});

Deno.test("`renderSvg()` refuses a continuous colour legend with a TypeError", () => {
  assert.throws(
    () =>
      renderSvg({
        color: { type: "linear", legend: true },
        marks: [Plot.dot(data, { x: "n", y: "actor", fill: "n" })],
      }),
    TypeError,
  );
});

Deno.test("`renderSvg()` gives different charts different id prefixes", () => {
  const a = renderSvg({
    marks: [Plot.barX(data, { x: "n", y: "actor", clip: true })],
  });
  const b = renderSvg({
    marks: [Plot.barX(data, { x: "n", y: "actor", clip: true, fill: "red" })],
  });
  const id = (s: string) => /\sid="([^"]+)"/.exec(s)?.[1];
  assert.ok(id(a) && id(b) && id(a) !== id(b));
});
