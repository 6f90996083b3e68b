/**
 * Role nouns before a name ("US-Verteidigungsminister", "UN-Vermittler"):
 * a word is a role when its last hyphen part, with or without a case ending,
 * ends with a role listed in `lib/data/roles.txt`.
 *
 * @module
 */

const ENDINGS = ["", "s", "n", "en", "e", "er", "es"];

/** Whether a lower-case word is a role noun. */
export function isRole(lower: string, roles: readonly string[]): boolean {
  const dash = lower.lastIndexOf("-");
  const w = dash >= 0 ? lower.slice(dash + 1) : lower;
  if (w.length < 4) return false;
  for (const e of ENDINGS) {
    if (e && !w.endsWith(e)) continue;
    const v = e ? w.slice(0, -e.length) : w;
    for (const r of roles) if (v.endsWith(r)) return true;
  }
  return false;
}
