/**
 * Problems found while reading a corpus, and the error thrown for them.
 *
 * A problem names the file and, where it applies, the line, and says what to
 * do. Reading collects problems instead of stopping at the first one, so one
 * bad article does not stop the analysis of the rest (unless `strict`).
 *
 * @module
 */

/** One problem with the corpus input. */
export interface CorpusProblem {
  /** The file the problem is in (as given, relative to the working folder). */
  file: string;
  /** 1-based line, or null where no line applies. */
  line: number | null;
  /** `error`: the article or row is skipped. `note`: input was normalised. */
  severity: "error" | "note";
  /** What is wrong and what to do about it. */
  message: string;
}

/** Format a problem the way compilers do: `file:line: severity: message`. */
export function formatProblem(p: CorpusProblem): string {
  const where = p.line === null ? p.file : `${p.file}:${p.line}`;
  return `${where}: ${p.severity}: ${p.message}`;
}

/** Thrown in strict mode, or when nothing at all can be analysed. */
export class CorpusError extends Error {
  /** Every problem found, errors first. */
  readonly problems: CorpusProblem[];
  constructor(problems: CorpusProblem[], summary?: string) {
    const errors = problems.filter((p) => p.severity === "error");
    super(
      (summary ?? `Cannot analyse the corpus: ${errors.length} error(s)`) +
        "\n" + errors.map(formatProblem).join("\n"),
    );
    this.name = "CorpusError";
    this.problems = problems;
  }
}
