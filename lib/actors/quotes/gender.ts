/**
 * The gender a person's words show, for pronoun resolution: a feminine role
 * noun ("Außenministerin", "Sprecherin") or a masculine one
 * ("Außenminister"); nothing otherwise.
 *
 * @module
 */
import { isRole } from "../_roles.ts";

/** "f", "m", or "" when the words do not show it. */
export type Gender = "f" | "m" | "";

/** The gender a person's words show through a role noun. */
export function genderOf(surface: string, roles: readonly string[]): Gender {
  for (const word of surface.toLowerCase().split(/[\s-]+/u)) {
    if (!isRole(word, roles)) continue;
    if (
      /in(?:nen)?$/u.test(word) &&
      isRole(word.replace(/in(?:nen)?$/u, ""), roles)
    ) {
      return "f";
    }
    return "m";
  }
  return "";
}

/** Does a person of gender `g` fit a pronoun of gender `want`? */
export const fits = (g: Gender, want: Gender): boolean =>
  !want || !g || g === want;
