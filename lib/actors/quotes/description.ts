/**
 * A speaker described rather than named: the noun phrase that is the
 * subject of a speech verb ("ein Händler", "der Leiter der Kurgärtnerei",
 * "die italienischen Medien"), or a bare surname right after the verb
 * ("sagte Riederer"). It fills `speaker_surface`; the speaker itself stays
 * empty unless the words are a name.
 *
 * @module
 */
import type { Token } from "../../text/tokens.ts";
import { ARTICLES, PREPOSITIONS } from "./words.ts";

/** Words that open a noun phrase besides the articles. */
const DETERMINERS = new Set(
  "viele einige mehrere manche alle beide andere zahlreiche dieser diese dieses jeder jede einer eines kein keine unsere unser ihr ihre sein seine"
    .split(" "),
);
/** Capitalised words after a verb that are no speaker. */
const NOT_A_NAME = new Set(
  "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Anfang Ende Mitte Januar Februar März April Mai Juni Juli August September Oktober November Dezember Morgen Abend Nachmittag Vormittag Wochenende Jahr Woche Tag"
    .split(" "),
);
/** Name particles inside a name ("van der Vaart", "de Maizière"). */
const NAME_PARTICLES = new Set(["van", "von", "de", "der", "den", "da", "al"]);

const capital = (w: Token) =>
  w.isWord && (w.token.charAt(0) !== w.token.charAt(0).toLowerCase() ||
    /^\d+[-–]\p{Lu}/u.test(w.token)); // "56-Jährige"
const adjective = (w: Token) =>
  w.isWord && (/(?:e|en|er|es|em)$/u.test(w.lower) || /^\d/u.test(w.token));

/**
 * The noun phrase starting at token `from` of `t`, not past `to`: an
 * optional determiner, adjectives, a capitalised head noun, and a genitive
 * complement with names after it ("des Psychiatriezentrums Bad
 * Schussenried"). Returns its last token, or -1.
 */
export function nounPhrase(t: Token[], from: number, to: number): number {
  let x = from;
  const first = t[x];
  if (!first || !first.isWord || PREPOSITIONS.has(first.lower)) return -1;
  const det = ARTICLES.has(first.lower) || DETERMINERS.has(first.lower);
  if (det) x++;
  // Adjectives: lower-case ones, or capitalised ones before a capital;
  // after a determiner also adverbs ("der weit gereiste Senior").
  while (
    x < to && x - from <= 4 &&
    (adjective(t[x]) || (det && t[x].isWord && !ARTICLES.has(t[x].lower) &&
      !PREPOSITIONS.has(t[x].lower))) &&
    (!capital(t[x]) || (t[x + 1] && capital(t[x + 1])))
  ) x++;
  if (x > to || !t[x] || !capital(t[x])) return -1;
  let last = x;
  // A genitive: "der Leiter der Kurgärtnerei", "Sprecher des ADAC", with
  // a name after it ("des Psychiatriezentrums Bad Schussenried").
  const g = t[last + 1];
  if (g && (g.lower === "des" || g.lower === "der") && last + 2 <= to) {
    let y = last + 2;
    while (y < to && adjective(t[y]) && !capital(t[y])) y++;
    if (t[y] && capital(t[y]) && y <= to) {
      last = y;
      while (last + 1 <= to && capital(t[last + 1]) && last - from < 8) last++;
    }
  }
  return last;
}

/**
 * A bare name right after a speech verb ("sagte Riederer", "erklärt van
 * der Vaart"): capitalised words (and name particles) ending at a
 * punctuation mark or a lower-case word. Returns its last token, or -1.
 */
export function bareName(t: Token[], from: number): number {
  let last = -1;
  for (let x = from; x < t.length && x < from + 4; x++) {
    const w = t[x];
    if (capital(w) && !NOT_A_NAME.has(w.token)) {
      last = x;
      continue;
    }
    // "van der Vaart", "de Maizière": a particle before a capital.
    const particle = NAME_PARTICLES.has(w.token) &&
      (x === from ? w.token !== "der" && w.token !== "den" : last < 0 ||
        NAME_PARTICLES.has(t[x - 1].token));
    const n = t[x + 1];
    if (!particle || !n || !(capital(n) || NAME_PARTICLES.has(n.token))) break;
  }
  if (last < 0) return -1;
  const next = t[last + 1];
  // A capitalised noun phrase that goes on ("sagte Anfang der Woche") is
  // no name; a name ends the clause or is followed by a lower-case word.
  if (next && next.isWord && capital(next)) return -1;
  if (next && next.isWord && (next.lower === "der" || next.lower === "des")) {
    return -1;
  }
  return last;
}
