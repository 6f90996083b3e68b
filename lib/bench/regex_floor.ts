/**
 * The regex floor of the benchmark: the speed of the least any tokeniser
 * must do — one Unicode-regex pass over the text, counting tokens, building
 * nothing. The pipeline's speed is reported as a fraction of it.
 *
 * @module
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import process from "node:process";

const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

/** Tokens in `text`, by one regex scan. */
export function countTokens(text: string): number {
  let n = 0;
  TOKEN.lastIndex = 0;
  while (TOKEN.exec(text) !== null) n++;
  return n;
}

/**
 * Tokens per CPU-second of the regex scan over every `.txt` file of `dir`
 * (read once, before timing), repeated until at least `minSeconds` of CPU
 * time passed. CPU time, like the pipeline's figure it is compared with:
 * on a shared machine wall time counts the other processes too.
 */
export function regexFloor(
  dir: string,
  minSeconds = 1,
): { tokens: number; tokens_per_s: number } {
  const texts = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()
    .map((f) => readFileSync(join(dir, f), "utf8"));
  let tokens = 0, total = 0;
  const c0 = process.cpuUsage();
  let seconds = 0;
  do {
    tokens = 0;
    for (const t of texts) tokens += countTokens(t);
    total += tokens;
    const c = process.cpuUsage(c0);
    seconds = (c.user + c.system) / 1e6;
  } while (seconds < minSeconds);
  return { tokens, tokens_per_s: total / seconds };
}
