/**
 * A check that a function's time grows linearly with its input, with bounds
 * generous enough not to flake on a loaded CI runner.
 *
 * The input is measured at n/16, n/4 and n (best of three each, in CPU time
 * of this process, so other load on the machine does not count). Linear
 * work grows about 4× per step and 16× over the range; quadratic work 16×
 * per step and 256× over the range. The check fails when the whole range
 * grows more than `maxRatio` (64×, a quarter of quadratic) or one step more
 * than `maxStepRatio` (20×, worse than quadratic) — bounds loose enough for
 * garbage-collection pauses, which made one linear 4× step cost 13× on a
 * shared CI machine (12× and 48× were flaky) — unless the larger time is
 * still below `floorMs`, where timer noise dominates. A run longer than `budgetMs` fails at once,
 * so a catastrophic pattern costs seconds, not hours. Times are printed.
 *
 * @module
 */
import process from "node:process";

/** Options for {@linkcode assertLinear}. */
export interface LinearOptions {
  /** Largest allowed growth over the whole 16× range. @default 64 */
  maxRatio?: number;
  /** Largest allowed growth for one 4× step. @default 20 */
  maxStepRatio?: number;
  /**
   * Times below this are noise (GC steps) and always pass. @default 250
   * (at 100, linear code failed twice in five fresh-clone runs: findActors
   * and findNames on 20,000 nested quotes took 2.3 ms at 1,250 and 153-172
   * ms at 20,000, the collector's regime changing as the heap grew; a
   * quadratic bug on these inputs costs seconds)
   */
  floorMs?: number;
  /** Fail at once when one run takes longer. @default 4000 */
  budgetMs?: number;
}

/** CPU time of this process in ms: unlike wall time, it does not count
 * the time a loaded CI runner gives to other processes. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

// Appended to the input on the k-th repetition, so caches keyed by content
// (tokenize's forms, stem's results) miss as they would on new text.
const SALT = ["", "x", "y"];

function best(run: (s: string) => unknown, input: string, budget: number) {
  let min = Infinity;
  for (let k = 0; k < 3; k++) {
    const s = input + SALT[k];
    const t0 = cpuMs();
    run(s);
    const t = cpuMs() - t0;
    min = Math.min(min, t);
    if (t > budget) break;
  }
  return min;
}

/**
 * Measure `run(make(m))` for m = n/16, n/4, n and throw if time grows
 * faster than linearly. `label` names the input and the expression it
 * targets; it is printed with the times.
 */
export function assertLinear(
  label: string,
  make: (n: number) => string,
  run: (s: string) => unknown,
  n: number,
  options: LinearOptions = {},
): void {
  const maxRatio = options.maxRatio ?? 64;
  const maxStepRatio = options.maxStepRatio ?? 20;
  const floorMs = options.floorMs ?? 250;
  const budgetMs = options.budgetMs ?? 4000;
  run(make(Math.max(16, Math.floor(n / 256)))); // warm up the JIT
  const sizes = [Math.floor(n / 16), Math.floor(n / 4), n];
  const times: number[] = [];
  const report = () =>
    sizes.slice(0, times.length).map((m, i) =>
      `${m.toLocaleString("en")}: ${times[i].toFixed(1)} ms`
    ).join(", ");
  const fail = (why: string) => {
    throw new Error(`${label}: ${why} (CPU time: ${report()})`);
  };
  for (const m of sizes) {
    const t = best(run, make(m), budgetMs);
    times.push(t);
    if (t > budgetMs) {
      fail(`${t.toFixed(0)} ms at size ${m} exceeds the ${budgetMs} ms budget`);
    }
    const k = times.length - 1;
    const step = t / Math.max(times[k - 1] ?? t, 1);
    if (k > 0 && t > floorMs && step > maxStepRatio) {
      fail(
        `time grew ${step.toFixed(1)}× for 4× input (bound ${maxStepRatio}×)`,
      );
    }
  }
  const total = times[2] / Math.max(times[0], 1);
  if (times[2] > floorMs && total > maxRatio) {
    fail(`time grew ${total.toFixed(1)}× for 16× input (bound ${maxRatio}×)`);
  }
  console.log(`${label}: CPU time ${report()}`);
}

// ------------------------------------------------- adversarial inputs (§2)

const cycle = (unit: string, n: number) =>
  unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

/**
 * The adversarial inputs of issue 8 §2 (and a few more), each a function of
 * its size, with the size the issue asks for.
 */
export const ADVERSARIAL: Record<
  string,
  { make: (n: number) => string; n: number }
> = {
  "1 MB without punctuation": {
    make: (n) => cycle("die truppen ziehen ab und kommen wieder ", n),
    n: 1_000_000,
  },
  "100,000 periods": { make: (n) => ".".repeat(n), n: 100_000 },
  "100,000 periods with spaces": { make: (n) => cycle(". ", n), n: 100_000 },
  '100,000 quote marks "': { make: (n) => '"'.repeat(n), n: 100_000 },
  "100,000 quote marks „“»«": { make: (n) => cycle("„“»«", n), n: 100_000 },
  "50,000 capitalised words": { make: (n) => "Wort ".repeat(n), n: 50_000 },
  "50,000 capitalised words with periods": {
    make: (n) => "Wort. ".repeat(n),
    n: 50_000,
  },
  "one word of 100,000 letters": { make: (n) => "a".repeat(n), n: 100_000 },
  "one word of 100,000 letters ending en…en": {
    make: (n) => cycle("en", n),
    n: 100_000,
  },
  "deeply nested quotes": {
    make: (n) => "„»‚‹(".repeat(n) + "Text." + ")›‘«“".repeat(n),
    n: 20_000,
  },
  "repeated hyphen compound A-B-C-…": {
    make: (n) => cycle("A-B-C-", 2 * n) + "D",
    n: 50_000,
  },
  "100,000 abbreviations z. z. z.": {
    make: (n) => cycle("z. ", n),
    n: 100_000,
  },
  "100,000 numbers 1. 2. 3.": { make: (n) => cycle("1. ", n), n: 100_000 },
  "100,000 newlines": { make: (n) => "\n".repeat(n), n: 100_000 },
  "100,000 characters of blank lines with spaces": {
    make: (n) => cycle("\n \n", n),
    n: 100_000,
  },
};
