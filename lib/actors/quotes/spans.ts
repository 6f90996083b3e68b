/**
 * Quoted spans of a text and the binary searches over sorted offsets that
 * the quote finder uses to stay linear.
 *
 * @module
 */
import type { Token } from "../../text/tokens.ts";

/** Outermost quoted spans of `text[from, to)`: [open mark, close mark]. */
export function quoteSpans(
  text: string,
  from: number,
  to: number,
): number[][] {
  const out: number[][] = [];
  const stack: { ch: string; pos: number }[] = [];
  for (let i = from; i < to; i++) {
    const c = text[i];
    let close = false;
    if (c === "„") stack.push({ ch: c, pos: i });
    else if (c === "»") {
      // »…« (German) or «…» (Swiss, French).
      if (stack.length && stack[stack.length - 1].ch === "«") close = true;
      else stack.push({ ch: c, pos: i });
    } else if (c === "“") {
      if (stack.length && stack[stack.length - 1].ch === "„") close = true;
      else stack.push({ ch: c, pos: i });
    } else if (c === "”") {
      if (stack.length) close = true;
    } else if (c === '"') {
      const top = stack[stack.length - 1];
      if (
        stack.length === 1 && top.ch === '"' && opensAfterComma(text, i, to) &&
        closesNothing(text, top, to)
      ) {
        // "… zu stehen ", erklärt X, " da müssen …": the first mark closed a
        // quote that began before the paragraph; this one opens the next.
        out.push([out.length ? out[out.length - 1][1] : from - 1, top.pos]);
        stack[0] = { ch: c, pos: i };
      } else if (top && top.ch === '"') close = true;
      else stack.push({ ch: c, pos: i });
    } else if (c === "«") {
      if (stack.length && stack[stack.length - 1].ch === "»") close = true;
      else stack.push({ ch: c, pos: i });
    }
    if (close) {
      const open = stack.pop()!;
      if (stack.length === 0) out.push([open.pos, i]);
    }
  }
  if (stack.length === 1 && closesNothing(text, stack[0], to)) {
    // A mark that can close with nothing open before it ("… finden“,
    // erklärt er"): the quote began before the paragraph (or the excerpt);
    // it runs from the last quote's end, or the paragraph's start.
    const before = out.length ? out[out.length - 1][1] : from - 1;
    out.push([before, stack[0].pos]);
  } else if (stack.length) {
    // A quote left open runs to the end of its paragraph.
    out.push([stack[0].pos, to]);
  }
  return out;
}

/**
 * Is an unpaired mark a closing one? `"`, `“`, `”` or `«` followed by a
 * comma, a stop, a bracket or the end, not by a word.
 */
function closesNothing(
  text: string,
  mark: { ch: string; pos: number },
  to: number,
): boolean {
  if (mark.ch === "„") return false;
  let k = mark.pos + 1;
  while (k < to && (text[k] === " " || text[k] === "\u00a0")) k++;
  return k >= to || /[,.;:!?)]/u.test(text[k]);
}

/** Does the mark at `i` follow a comma or colon and precede a word? */
function opensAfterComma(text: string, i: number, to: number): boolean {
  let b = i - 1;
  while (b >= 0 && text[b] === " ") b--;
  let a = i + 1;
  while (a < to && text[a] === " ") a++;
  return (text[b] === "," || text[b] === ":") && a < to &&
    /[\p{L}\d]/u.test(text[a]);
}

/** The first i in [0, n) where `after(i)` holds (it holds from there on). */
export function firstIndex(n: number, after: (i: number) => boolean): number {
  let lo = 0, hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (after(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The first token that ends after `offset`. */
export function tokenAt(tokens: Token[], offset: number): number {
  return firstIndex(tokens.length, (i) => tokens[i].end > offset);
}

/** Spans sorted by start, and the furthest end among the first i + 1. */
export interface Coverage {
  starts: number[];
  maxEnd: number[];
}

export function coverage(spans: { start: number; end: number }[]): Coverage {
  const sorted = spans.slice().sort((a, b) => a.start - b.start);
  const starts: number[] = [], maxEnd: number[] = [];
  let max = -Infinity;
  for (const x of sorted) {
    max = Math.max(max, x.end);
    starts.push(x.start);
    maxEnd.push(max);
  }
  return { starts, maxEnd };
}

/** Does one of the spans start at or before `a` and end at or after `b`? */
export function covers(c: Coverage, a: number, b: number): boolean {
  const i = firstIndex(c.starts.length, (j) => c.starts[j] > a) - 1;
  return i >= 0 && c.maxEnd[i] >= b;
}
