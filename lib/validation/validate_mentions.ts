/**
 * Actor mentions against the gold: `findActors` on the hand-checked
 * mentions of the seed articles (span and actor must both match) and on
 * sentences annotated before the tool saw them (surface and actor).
 *
 * @module
 */
import type { ColumnTable } from "arquero";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { findActors } from "../actors/find_actors.ts";
import { findNames } from "../actors/find_names.ts";
import { REPO_ROOT } from "../io/data_file.ts";
import { fixturePath, readTsvFixture } from "./fixtures.ts";
import { type MatchCounts, matchCounts } from "./prf.ts";
import {
  prfRows,
  type ValidationRow,
  validationTable,
} from "./validation_rows.ts";

/** Match counts with the items behind them, to read the errors. */
export interface MentionScore {
  counts: MatchCounts;
  /** Found, not in the gold. */
  extra: string[];
  /** In the gold, not found. */
  missed: string[];
}

/**
 * Score `findActors` on the seed gold (`file`, `start`, `end`, `surface`,
 * `actor_id`, `kind`; offsets into the article file): a mention counts when
 * file, start, end and actor all match. Items are `file:start:end:actor`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { scoreSeedMentions } from "./validate_mentions.ts";
 * const s = scoreSeedMentions();
 * assert.ok(s.counts.tp > 150);
 * ```
 */
export function scoreSeedMentions(
  path: string = fixturePath("actors/seed_mentions.tsv"),
  corpusDir: string = join(REPO_ROOT, "corpus"),
): MentionScore {
  const gold = readTsvFixture(path);
  const key = (f: string, s: number, e: number, a: string) =>
    `${f}:${s}:${e}:${a}`;
  const want = gold.map((g) => key(g[0], +g[1], +g[2], g[4]));
  const got: string[] = [];
  for (const f of [...new Set(gold.map((g) => g[0]))]) {
    const text = readFileSync(join(corpusDir, f), "utf8");
    for (const m of findActors(text, { roles: false })) {
      got.push(key(f, m.start, m.end, m.actor_id));
    }
  }
  const w = new Set(want);
  const g = new Set(got);
  return {
    counts: matchCounts(got, want),
    extra: [...g].filter((k) => !w.has(k)),
    missed: [...w].filter((k) => !g.has(k)),
  };
}

/**
 * Score `findActors` on sentences with their expected mentions
 * (`sentence`, expected `surface=actor_id` joined with ` | `, or `-`):
 * within each sentence a found `surface=actor` counts when expected.
 * Items are `surface=actor` prefixed with the sentence's row number. An id
 * written `!id` (an actor missing from the gazetteer when the sentence was
 * annotated) is read as `id`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { scoreSentenceMentions } from "./validate_mentions.ts";
 * const s = scoreSentenceMentions();
 * assert.ok(s.counts.tp > 0);
 * ```
 */
export function scoreSentenceMentions(
  path: string = fixturePath("actors/unseen_mentions.tsv"),
): MentionScore {
  const counts: MatchCounts = { tp: 0, fp: 0, fn: 0 };
  const extra: string[] = [], missed: string[] = [];
  readTsvFixture(path).forEach(([sentence, expected], i) => {
    const want = expected === "-"
      ? []
      : expected.split(" | ").map((w) => w.replace("=!", "="));
    const got = findActors(sentence, { roles: false }).map((m) =>
      `${m.surface}=${m.actor_id}`
    );
    for (const g of got) {
      if (want.includes(g)) counts.tp++;
      else {
        counts.fp++;
        extra.push(`${i + 1}:${g}`);
      }
    }
    for (const w of want) {
      if (!got.includes(w)) {
        counts.fn++;
        missed.push(`${i + 1}:${w}`);
      }
    }
  });
  return { counts, extra, missed };
}

/** `findNames` against expected names: two different denominators. */
export interface NameScore {
  /** Everything found: tp = an expected name (any kind), fp = not expected. */
  found: MatchCounts;
  /** Expected persons: tp = found as a person, fn = missed. */
  persons: MatchCounts;
  /** Found, not expected (`row:text`). */
  extra: string[];
  /** Expected persons not found (`row:text`). */
  missed: string[];
}

/**
 * Score `findNames` on sentences with their expected names (`sentence`,
 * then in column `column` the names as `text/kind` joined with ` | `, or
 * `-`): precision over everything found (a found name counts when its text
 * is expected, whatever the kind), recall over the expected persons (found
 * with kind `person`). A person the gazetteer has since learned counts as
 * found when a `findActors` mention covers its text: the name is then known,
 * not lost.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { prf } from "./prf.ts";
 * import { scoreSentenceNames } from "./validate_mentions.ts";
 * const s = scoreSentenceNames();
 * assert.ok(prf(s.persons).recall > 0.5);
 * ```
 */
export function scoreSentenceNames(
  path: string = fixturePath("actors/unseen_names.tsv"),
  column = 1,
): NameScore {
  const found: MatchCounts = { tp: 0, fp: 0, fn: 0 };
  const persons: MatchCounts = { tp: 0, fp: 0, fn: 0 };
  const extra: string[] = [], missed: string[] = [];
  readTsvFixture(path).forEach((row, i) => {
    const sentence = row[0], expected = row[column];
    const want = expected === "-"
      ? []
      : expected.split(" | ").map((x) => x.split("/"));
    const got = findNames(sentence);
    for (const g of got) {
      if (want.some(([text]) => text === g.text)) found.tp++;
      else {
        found.fp++;
        extra.push(`${i + 1}:${g.text}`);
      }
    }
    let known: string[] | undefined;
    for (const [text, kind] of want) {
      if (kind !== "person") continue;
      known ??= findActors(sentence).map((m) => m.surface);
      if (
        got.some((g) => g.text === text && g.kind === "person") ||
        known.some((s) => s.includes(text))
      ) persons.tp++;
      else {
        persons.fn++;
        missed.push(`${i + 1}:${text}`);
      }
    }
  });
  return { found, persons, extra, missed };
}

/**
 * Precision, recall and F1 of actor mentions on each actor fixture that
 * exists (`actors/seed_mentions.tsv`, split `seed`;
 * `actors/unseen_mentions.tsv`, split `unseen`).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { validateMentions } from "./validate_mentions.ts";
 * assert.ok(validateMentions().array("split").includes("unseen"));
 * ```
 */
export function validateMentions(): ColumnTable {
  const rows: ValidationRow[] = [];
  const seed = fixturePath("actors/seed_mentions.tsv");
  if (existsSync(seed)) {
    rows.push(
      ...prfRows({
        component: "actor mentions",
        fixture: "actors/seed_mentions.tsv",
        split: "seed",
      }, scoreSeedMentions(seed).counts),
    );
  }
  const unseen = fixturePath("actors/unseen_mentions.tsv");
  if (existsSync(unseen)) {
    rows.push(
      ...prfRows({
        component: "actor mentions",
        fixture: "actors/unseen_mentions.tsv",
        split: "unseen",
      }, scoreSentenceMentions(unseen).counts),
    );
  }
  const heldout = fixturePath("actors/heldout_conflicts.tsv");
  if (existsSync(heldout)) {
    const where = {
      fixture: "actors/heldout_conflicts.tsv",
      split: "heldout",
    };
    rows.push(
      ...prfRows(
        { component: "actor mentions", ...where },
        scoreSentenceMentions(heldout).counts,
      ),
    );
    const n = scoreSentenceNames(heldout, 2);
    const [precision] = prfRows(
      { component: "unknown names", ...where },
      n.found,
    );
    const [, recall] = prfRows(
      { component: "unknown names (persons)", ...where },
      n.persons,
    );
    rows.push(precision, recall);
  }
  return validationTable(rows);
}
