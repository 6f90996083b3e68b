import assert from "node:assert/strict";
import fc from "fast-check";
import { findActors } from "../../lib/actors/find_actors.ts";
import { findNames } from "../../lib/actors/find_names.ts";
import { findQuotes } from "../../lib/actors/find_quotes.ts";
import { anyText, germanArticle, params } from "../_arbitraries.ts";

// Text built around actors, names, titles and speech verbs, so that the
// gazetteer, the name rules and the quote finder actually fire.
const actorText = fc.array(
  fc.constantFrom(
    "die USA",
    "US-Truppen",
    "Washington",
    "der Iran",
    "Teheran",
    "die NATO",
    "NATO-Generalsekretär Jens Stoltenberg",
    "Baschar al-Assad",
    "Qasem Soleimani",
    "Soleimanis",
    "Abu Mahdi al-Muhandis",
    "Ursula von der Leyen",
    "der IS",
    "die Regierung in Bagdad",
    "Präsident",
    "Trump",
    "er",
    "sie",
    "sagte",
    "erklärte",
    "laut",
    "zufolge",
    "sei",
    "habe",
    "„",
    "“",
    "»",
    "«",
    '"',
    ":",
    ",",
    ".",
    "\n\n",
    "Владимир Путин",
    "قاسم سليماني",
  ),
  { maxLength: 60 },
).map((ws) => ws.join(" "));

const texts = fc.oneof(anyText, germanArticle, actorText);

function checkSpans(
  text: string,
  spans: { start: number; end: number }[],
  surface: (s: never) => string,
  what: string,
) {
  const seen = new Set<string>();
  for (const s of spans) {
    assert.ok(
      Number.isInteger(s.start) && 0 <= s.start && s.start <= s.end &&
        s.end <= text.length,
      `${what} span ${s.start}..${s.end} outside the input`,
    );
    assert.equal(text.slice(s.start, s.end), surface(s as never), what);
    const key = `${s.start}:${s.end}:${JSON.stringify(s)}`;
    assert.ok(!seen.has(key), `duplicate ${what} ${key}`);
    seen.add(key);
  }
}

Deno.test("`findActors()` property: mentions slice the input, no duplicate spans, deterministic", () => {
  fc.assert(
    fc.property(texts, (text) => {
      const ms = findActors(text);
      checkSpans(text, ms, (m: { surface: string }) => m.surface, "mention");
      const spans = new Set<string>();
      for (const m of ms) {
        const key = `${m.start}:${m.end}`;
        assert.ok(!spans.has(key), `two mentions share the span ${key}`);
        spans.add(key);
      }
      assert.deepEqual(findActors(text), ms, "not deterministic");
    }),
    params(200),
  );
});

Deno.test("`findNames()` property: names slice the input, no duplicate spans, deterministic", () => {
  fc.assert(
    fc.property(texts, (text) => {
      const ns = findNames(text);
      checkSpans(text, ns, (n: { text: string }) => n.text, "name");
      const spans = new Set<string>();
      for (const n of ns) {
        const key = `${n.start}:${n.end}`;
        assert.ok(!spans.has(key), `two names share the span ${key}`);
        spans.add(key);
      }
      assert.deepEqual(findNames(text), ns, "not deterministic");
    }),
    params(200),
  );
});

Deno.test("`findQuotes()` never throws on a speech verb opening the text", () => {
  for (
    const t of [
      "sagte habe Владимир Путин zufolge",
      "sagte habe er",
      "erklärte sei die NATO",
    ]
  ) findQuotes(t);
});

Deno.test("`findQuotes()` property: quotes slice the input, deterministic", () => {
  fc.assert(
    fc.property(texts, (text) => {
      const qs = findQuotes(text);
      checkSpans(text, qs, (q: { text: string }) => q.text, "quote");
      for (const q of qs) {
        assert.ok(q.kind === "direct" || q.kind === "reported");
        assert.ok(Number.isInteger(q.sentence) && q.sentence >= 0);
      }
      assert.deepEqual(findQuotes(text), qs, "not deterministic");
    }),
    params(200),
  );
});
