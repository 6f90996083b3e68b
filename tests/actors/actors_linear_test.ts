import { findActors } from "../../lib/actors/find_actors.ts";
import { findNames } from "../../lib/actors/find_names.ts";
import { findQuotes } from "../../lib/actors/find_quotes.ts";
import { ADVERSARIAL, assertLinear } from "../_linear.ts";

// Targets: the gazetteer matching of find_actors.ts, the name rules of
// find_names.ts (capitalised runs, particles) and the quote finder of
// find_quotes.ts (quote pairing, speaker search).
const inputs = {
  ...ADVERSARIAL,
  "50,000 names with particles": {
    make: (n: number) =>
      "Abu Bakr al-Baghdadi und Ursula von der Leyen ".repeat(n / 8),
    n: 50_000,
  },
  "50,000 words of unclosed quotes and speech verbs": {
    make: (n: number) => "„Wir bleiben, sagte Trump, „und ".repeat(n / 6),
    n: 50_000,
  },
  "25,000 quoted sentences with attribution": {
    make: (n: number) =>
      "„Die Lage ist ernst“, sagte Stoltenberg. ".repeat(n / 6),
    n: 25_000,
  },
};
const FUNCTIONS: Record<string, (s: string) => unknown> = {
  findActors: (s) => findActors(s),
  findNames: (s) => findNames(s),
  findQuotes: (s) => findQuotes(s),
};
// Once superlinear in lib/actors/find_quotes.ts (quote pairing on runs of
// quote marks, many quoted sentences in one paragraph), now fixed.

for (const [fn, run] of Object.entries(FUNCTIONS)) {
  for (const [name, { make, n }] of Object.entries(inputs)) {
    const label = `${fn} / ${name}`;
    Deno.test({
      name: `\`${fn}()\` runs in linear time on ${name}`,
      fn: () => assertLinear(label, make, run, n),
    });
  }
}
