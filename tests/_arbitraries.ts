/**
 * Shared fast-check arbitraries and run settings for the property tests.
 *
 * Two kinds of input: arbitrary UTF-16 strings (lone surrogates included),
 * and German-like news text assembled from realistic pieces — words,
 * abbreviations, numbers, quotes of every kind, dashes, newlines, names with
 * particles, Arabic and Cyrillic names, emoji, combining marks, zero-width
 * characters, NUL and lone surrogates — which reaches the rule-heavy code
 * paths far more often than random characters do.
 *
 * Runs are seeded: `deno task test` runs a moderate number of cases with a
 * fixed seed; `deno task fuzz` runs many more (FUZZ_RUNS) with a fresh seed
 * (or FUZZ_SEED), and fast-check prints the seed and path of any failure.
 *
 * @module
 */
import fc from "fast-check";

const env = (name: string) => {
  try {
    return Deno.env.get(name);
  } catch {
    return undefined; // no --allow-env: use the defaults
  }
};

let announced = false;
let fuzzSeed: number | undefined; // one fresh seed per test file

/** The fixed seed of the regular test run. */
export const DEFAULT_SEED = 20261121;

/** `--name=value` from the test script's arguments (after `--`). */
const arg = (name: string) =>
  Deno.args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);

/**
 * Parameters for `fc.assert`: seeded, `runs` cases in `deno task test`.
 * `deno task fuzz` (test arguments `--fuzz`, optionally `--runs=N` and
 * `--seed=N`; or FUZZ_RUNS / FUZZ_SEED in the environment) runs 20,000 cases
 * per property with a fresh seed, printed so a failure can be repeated.
 */
export function params(runs = 200): fc.Parameters<unknown> {
  const fuzz = Deno.args.includes("--fuzz") || env("FUZZ_RUNS") !== undefined;
  const fuzzRuns = fuzz
    ? Number(arg("runs") ?? env("FUZZ_RUNS") ?? 20_000) || 20_000
    : 0;
  const seedText = arg("seed") ?? env("FUZZ_SEED");
  fuzzSeed ??= (Date.now() ^ (performance.now() * 1000)) | 0;
  const seed = seedText
    ? Number(seedText)
    : fuzzRuns > 0
    ? fuzzSeed
    : DEFAULT_SEED;
  if (fuzzRuns > 0 && !announced) {
    announced = true;
    console.log(
      `fuzz: seed ${seed}, ${fuzzRuns} runs per property (deno task fuzz --seed=${seed} repeats it)`,
    );
  }
  return {
    seed,
    numRuns: fuzzRuns > 0 ? Math.max(runs, fuzzRuns) : runs,
    endOnFailure: true,
  };
}

// ---------------------------------------------------------------- pieces

const WORDS = [
  "der",
  "die",
  "das",
  "und",
  "in",
  "mit",
  "nicht",
  "Regierung",
  "Truppen",
  "Soldaten",
  "Kämpfe",
  "Bagdad",
  "Aleppo",
  "Irakern",
  "Soleimanis",
  "Bürgerkrieg",
  "Waffenruhe",
  "verhandelt",
  "erklärte",
  "sagte",
  "schrieb",
  "Straße",
  "Flüchtlinge",
  "Anti-IS-Koalition",
  "US-Truppen",
  "Ost-Aleppo",
  "NATO",
  "UN",
  "IS",
  "USA",
  "Iraks",
  "al-Qaim",
  "Hashd",
  "Volksmobilisierungseinheiten",
];

const ABBREVIATIONS = [
  "z. B.",
  "z.B.",
  "u. a.",
  "u.a.",
  "bzw.",
  "ca.",
  "Nr.",
  "Dr.",
  "Prof.",
  "St.",
  "U.S.",
  "US-",
  "Jan.",
  "Feb.",
  "Sept.",
  "vgl.",
  "usw.",
  "etc.",
  "d. h.",
  "S.",
  "Mio.",
  "Mrd.",
];

const NUMBERS = [
  "5.000",
  "1,5",
  "100.000",
  "25000",
  "2003",
  "8.",
  "4.",
  "3. November 2017",
  "20.03.2003",
  "1.000.000",
  "0,5",
  "12:30",
  "50 %",
  "-3",
  "1/2",
];

const QUOTES = [
  "„",
  "“",
  "”",
  '"',
  "»",
  "«",
  "‚",
  "‘",
  "’",
  "'",
  "›",
  "‹",
  "„„",
  "““",
  '""',
];

const PUNCTUATION = [
  ".",
  "!",
  "?",
  "…",
  "...",
  ":",
  ";",
  ",",
  "(",
  ")",
  "[",
  "]",
  "–",
  "—",
  "-",
  " – ",
  "?!",
  "/",
  "*",
  "•",
  "§",
  "&",
];

const NAMES = [
  "Baschar al-Assad",
  "Ursula von der Leyen",
  "Mohammed bin Salman",
  "Staffan de Mistura",
  "Abu Bakr al-Baghdadi",
  "Qasem Soleimani",
  "Abu Mahdi al-Muhandis",
  "Haidar al-Abadi",
  "Recep Tayyip Erdoğan",
  "Jens Stoltenberg",
  "Donald J. Trump",
  "Wladimir Putin",
  "O'Brien",
  "d'Estaing",
];

const FOREIGN = [
  "قاسم سليماني",
  "بشار الأسد",
  "بغداد",
  "Владимир Путин",
  "Сергей Лавров",
  "Киев",
  "Ελλάδα",
  "שלום",
  "北京",
  "İstanbul",
  "Ærø",
];

const ODDITIES = [
  "😀",
  "👨‍👩‍👧",
  "🇩🇪",
  "👍🏽",
  "❤️",
  "e\u0301",
  "\u0301",
  "\u200D",
  "\u200C",
  "\u200B",
  "\u2060",
  "\uFEFF",
  "\u00AD",
  "\u00A0",
  "\u202F",
  "\u2028",
  "\u2029",
  "\u0000",
  "\uD800",
  "\uDBFF",
  "\uDC00",
  "\uDFFF",
  "\t",
  "\r",
  "\r\n",
  "\u000B",
  "\u000C",
  "\u0085",
  "&nbsp;",
  "<p>",
  "</p>",
  "<br/>",
  "\u202E",
  "\u061F",
  "\u3002",
  "\uFFFD",
  "𝔘",
];

const SPACING = [" ", " ", " ", "", "\n", "\n\n", "  ", " \n ", "\n \n"];

const pick = (xs: string[]) => fc.constantFrom(...xs);

/** One realistic piece of German news text. */
export const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 10, arbitrary: pick(WORDS) },
  { weight: 3, arbitrary: pick(ABBREVIATIONS) },
  { weight: 3, arbitrary: pick(NUMBERS) },
  { weight: 4, arbitrary: pick(QUOTES) },
  { weight: 5, arbitrary: pick(PUNCTUATION) },
  { weight: 2, arbitrary: pick(NAMES) },
  { weight: 1, arbitrary: pick(FOREIGN) },
  { weight: 2, arbitrary: pick(ODDITIES) },
  {
    weight: 1,
    arbitrary: fc.string({ unit: "grapheme", maxLength: 6 }),
  },
);

/** German-like text: pieces joined by spaces, newlines and nothing. */
export const germanText: fc.Arbitrary<string> = fc
  .array(fc.tuple(piece, pick(SPACING)), { maxLength: 80 })
  .map((parts) => parts.map(([p, s]) => p + s).join(""));

/** A German-like sentence: capitalised words, maybe quoted, then a stop. */
export const germanSentence: fc.Arbitrary<string> = fc
  .tuple(
    fc.option(pick(["„", "»", '"', "‚"]), { nil: "" }),
    fc.array(fc.oneof(pick(WORDS), pick(NAMES), pick(NUMBERS)), {
      minLength: 1,
      maxLength: 12,
    }),
    pick([".", "!", "?", "…", ":", ""]),
    fc.option(pick(["“", "«", '"', "‘"]), { nil: "" }),
  )
  .map(([open, words, stop, close]) => open + words.join(" ") + stop + close);

/** Paragraphs of German-like sentences with blank lines between. */
export const germanArticle: fc.Arbitrary<string> = fc
  .array(fc.array(germanSentence, { minLength: 1, maxLength: 5 }), {
    minLength: 1,
    maxLength: 5,
  })
  .map((ps) => ps.map((s) => s.join(" ")).join("\n\n"));

/** Any sequence of UTF-16 code units, lone surrogates included. */
export const utf16Text: fc.Arbitrary<string> = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  maxLength: 200,
});

/** Any text at all: UTF-16 noise, full Unicode, or German-like text. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: utf16Text },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 200 }) },
  { weight: 4, arbitrary: germanText },
  { weight: 2, arbitrary: germanArticle },
  {
    weight: 1,
    arbitrary: fc.tuple(germanText, utf16Text, germanText).map((xs) =>
      xs.join("")
    ),
  },
);

// ---------------------------------------------------------------- checks

/** `/\s/u`: what every text function may skip between spans. */
export const isSpace = (c: string) => /\s/u.test(c);

/**
 * Check spans against `text`: inside it, `start <= end`, `text ===
 * input.slice(start, end)` (when the span carries text), in order without
 * overlap. Returns an error description or null.
 */
export function checkSpans(
  text: string,
  spans: readonly { start: number; end: number; text?: string }[],
  options: { nonEmpty?: boolean; from?: number; to?: number } = {},
): string | null {
  const from = options.from ?? 0;
  const to = options.to ?? text.length;
  let last = from;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end)) {
      return `span ${i} has non-integer offsets ${s.start}..${s.end}`;
    }
    if (s.start < from || s.end > to) {
      return `span ${i} (${s.start}..${s.end}) lies outside ${from}..${to}`;
    }
    if (s.start > s.end) return `span ${i} has start ${s.start} > end ${s.end}`;
    if (options.nonEmpty && s.start === s.end) return `span ${i} is empty`;
    if (s.text !== undefined && s.text !== text.slice(s.start, s.end)) {
      return `span ${i} text ${
        JSON.stringify(s.text)
      } is not input.slice(${s.start}, ${s.end})`;
    }
    if (s.start < last) {
      return `span ${i} (${s.start}..${s.end}) overlaps or precedes the one before (ending ${last})`;
    }
    last = s.end;
  }
  return null;
}

/**
 * The first non-whitespace character of `text[from, to)` that no span
 * covers, as an error description, or null. Spans must be sorted.
 */
export function checkCovers(
  text: string,
  spans: readonly { start: number; end: number }[],
  space: (c: string) => boolean = isSpace,
  from = 0,
  to = text.length,
): string | null {
  let pos = from;
  for (const s of [...spans, { start: to, end: to }]) {
    for (let i = pos; i < s.start; i++) {
      if (!space(text[i])) {
        return `character ${JSON.stringify(text[i])} at ${i} is in no span`;
      }
    }
    pos = Math.max(pos, s.end);
  }
  return null;
}

/**
 * Text made of `words` (up to 30, joined by spaces) and up to 20 arbitrary
 * characters after them: sentiment rules and models meet their cue words
 * in every order, with noise.
 */
export function wordSoup(words: readonly string[]): fc.Arbitrary<string> {
  return fc.tuple(
    fc.array(fc.constantFrom(...words), { maxLength: 30 }),
    fc.string({ maxLength: 20 }),
  ).map(([picked, noise]) => picked.join(" ") + noise);
}
