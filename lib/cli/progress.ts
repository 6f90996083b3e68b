/**
 * A progress line on stderr for long runs: articles done, tokens per second,
 * estimated time left. Silent when stderr is not a terminal or when quiet.
 *
 * @module
 */

/** Draws progress; every method is a no-op when disabled. */
export class Progress {
  readonly enabled: boolean;
  #total: number;
  #done = 0;
  #tokens = 0;
  #t0 = performance.now();
  #last = 0;
  #enc = new TextEncoder();
  #unit: string;

  /** `unit` names what is counted (default "articles"). */
  constructor(
    total: number,
    options: { quiet?: boolean; unit?: string } = {},
  ) {
    this.#total = total;
    this.#unit = options.unit ?? "articles";
    this.enabled = !options.quiet && Deno.stderr.isTerminal();
  }

  /** Count one finished article with its number of tokens. */
  tick(tokens: number): void {
    this.#done++;
    this.#tokens += tokens;
    if (!this.enabled) return;
    const now = performance.now();
    if (now - this.#last < 100 && this.#done < this.#total) return;
    this.#last = now;
    const secs = (now - this.#t0) / 1000;
    const rate = secs > 0 ? this.#tokens / secs : 0;
    const frac = this.#total ? this.#done / this.#total : 0;
    const eta = frac > 0 ? secs / frac - secs : 0;
    const width = 24;
    const filled = Math.round(frac * width);
    const bar = "█".repeat(filled) + "░".repeat(width - filled);
    const speed = this.#tokens
      ? ` · ${Math.round(rate).toLocaleString("en")} tokens/s`
      : "";
    const line =
      `\r${bar} ${this.#done}/${this.#total} ${this.#unit}${speed} · ${
        eta.toFixed(0)
      } s left `;
    Deno.stderr.writeSync(this.#enc.encode(line));
  }

  /** End the progress line. */
  done(): void {
    if (this.enabled) Deno.stderr.writeSync(this.#enc.encode("\n"));
  }
}
