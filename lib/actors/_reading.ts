/**
 * Actor or place? A state's name often only locates something ("der Krieg
 * in Syrien", "Flüchtlinge aus dem Irak", "die syrisch-türkische Grenze"):
 * then the mention's `reading` is `place`, and analyses of actors leave it
 * out. The cues are grammatical (README, Actors: readings):
 *
 * - a preposition of place or direction governing the name (`in`, `im`,
 *   `aus`, `nach`, `Richtung`, `an der Grenze zu`, `zwischen` after a place
 *   noun);
 * - a genitive after a noun of place or economy ("im Norden Syriens",
 *   "das BIP der Ukraine") or before one ("Syriens Norden");
 * - an adjective or compound prefix before a noun of place or thing
 *   ("kroatische Grenze", "US-Dollar", "ukrainische Banken");
 * - a name in a list after such a preposition shares its reading ("aus
 *   Syrien, dem Irak und Afghanistan").
 *
 * Everything else (subject, object, after `mit`/`gegen`/`für`, a genitive
 * before an actor noun: "Syriens Regierung") reads as an actor. Persons,
 * populations and armed groups always read as actors.
 *
 * @module
 */
import type { Token } from "../text/tokens.ts";
import { normalize } from "../text/tokens.ts";
import type { ActorType } from "./gazetteer.ts";
import {
  normWordSet as normSet,
  SPEECH_SOURCE,
  wordSet as set,
} from "./_cue_words.ts";

/** How a mention is read: an actor that acts or is acted upon, or a place. */
export type Reading = "actor" | "place";

/** Prepositions that make a state name a place. */
const LOCATIVE = set(
  "in im ins nach aus bei beim nahe richtung gen innerhalb außerhalb unweit nördlich südlich östlich westlich nordöstlich nordwestlich südöstlich südwestlich quer entlang durchs",
);
/** Articles and determiners between a preposition and its name. */
const DETERMINER = set(
  "der die das dem den des ganz ganzen gesamten dies diese dieser diesem diesen dieses",
);
/**
 * "aus X" after these is an actor: a source of speech ("Kritik aus Kiew"),
 * or of support and people sent ("Hilfe aus Kiew", "Soldaten aus Russland").
 */
const FROM_AGENT: ReadonlySet<string> = new Set([
  ...SPEECH_SOURCE,
  ...normSet(
    "Unterstützung Hilfe Druck Delegation Delegationen Vertreter Diplomaten Soldaten Truppen Kämpfer Politiker Minister Abgesandte Gesandte",
  ),
]);
/** "<noun> in X" after these is the state acting ("Regierung in X"). */
const POLITICAL_HEAD = normSet(
  "Regierung Regime Führung Machthaber Staatsführung Behörden Diplomaten Botschaft Vertretung",
);
/**
 * Nouns of place, economy and things: a state genitive after them, or an
 * adjective or compound prefix before them, locates or classifies.
 */
const PLACE_NOUN = normSet(
  "Grenze Grenzen Grenzgebiet Grenzregion Gebiet Gebiete Territorium Staatsgebiet Landesteil Teil Teile Küste Norden Süden Osten Westen Nordosten Nordwesten Südosten Südwesten Mitte Zentrum Hauptstadt Stadt Städte Dorf Dörfer Region Regionen Provinz Provinzen Insel Inseln Mittelmeerinsel Bundesland Boden Luftraum Gewässer Hoheitsgewässer Landweg Niemandsland Bevölkerungszahl BIP Bruttoinlandsprodukt Wirtschaft Konjunktur Währung Dollar Euro Rubel Pfund Banken Bank Unternehmen Firma Firmen Konzern Konzerne Markt Märkte Tochter Kaserne Nachrichtenagentur Agentur Sprache Küche Staatsbürgerschaft Staatsangehörigkeit Pass Landschaft Berge Hafen Flughafen Autobahn Straßen",
);
/** Nouns before "zwischen X und Y" that make X and Y places. */
const BETWEEN_PLACE = normSet(
  "Grenze Niemandsland Gebiet Grenzgebiet Landweg Route Strecke Korridor Pufferzone Meerenge",
);
/** "<noun> in X" where X is the target: "Einmarsch in die Ukraine". */
const INVASION = normSet(
  "Invasion Einmarsch Einfall Intervention Militärintervention Truppen Offensive",
);
/** Words before "von X" that make it a distance. */
const DISTANCE = set("kilometer km meilen weit fern entfernt");
/** Verbs whose object is a place: "Österreich verlassen". */
const PLACE_VERB = set(
  "verlassen verlasse erreichen betreten durchqueren bereisen",
);
const CLAUSE = set(', ; : ( ) „ “ ” " » « – —');

/** Actor types that can stand for a territory. */
const TERRITORIAL: ReadonlySet<ActorType> = new Set<ActorType>([
  "state",
  "government",
  "international_org",
  "other",
]);

/** Whether an actor of `type` can be read as a place. */
export function canBePlace(type: ActorType): boolean {
  return TERRITORIAL.has(type);
}

/** Index of the word before `i`, skipping determiners; -1 if none. */
function wordBefore(tokens: Token[], i: number): number {
  let k = i - 1;
  while (k >= 0 && tokens[k].isWord && DETERMINER.has(tokens[k].lower)) k--;
  return k >= 0 && tokens[k].isWord ? k : -1;
}

/** The noun an adjective at `i` qualifies: the next capitalised word. */
function headNoun(tokens: Token[], i: number): Token | undefined {
  for (let k = i + 1; k < tokens.length && k <= i + 3; k++) {
    const t = tokens[k];
    if (!t.isWord) return undefined;
    const c = t.token.charAt(0);
    if (c !== c.toLowerCase()) return t;
  }
  return undefined;
}

/** Last part of a hyphenated token, normalised ("US-Dollar" → dollar). */
function lastPartNorm(t: Token): string {
  const d = t.token.lastIndexOf("-");
  return d >= 0 ? normalize(t.token.slice(d + 1)) : t.norm;
}

/**
 * The reading of a mention of `type` covering tokens `[first, last]`.
 * `compound` is true when the mention is part of a hyphenated word,
 * `adjective` when it is a lower-case adjective form ("syrische").
 */
export function mentionReading(
  tokens: Token[],
  first: number,
  last: number,
  type: ActorType,
  compound: boolean,
  adjective: boolean,
): Reading {
  if (!TERRITORIAL.has(type)) return "actor";
  if (compound) {
    // "US-Dollar", "US-Hauptstadt", "syrisch-türkische Grenze".
    const t = tokens[first];
    if (PLACE_NOUN.has(lastPartNorm(t))) return "place";
    const d = t.token.lastIndexOf("-");
    const tail = d >= 0 ? t.token.slice(d + 1) : "";
    if (tail && tail.charAt(0) === tail.charAt(0).toLowerCase()) {
      const h = headNoun(tokens, first);
      if (h && PLACE_NOUN.has(lastPartNorm(h))) return "place";
    }
    return "actor";
  }
  if (adjective) {
    const h = headNoun(tokens, last);
    return h && PLACE_NOUN.has(lastPartNorm(h)) ? "place" : "actor";
  }
  const w = tokens[last].lower;
  const next = tokens[last + 1];
  // Genitive before a place noun: "Syriens Norden".
  if (
    w.endsWith("s") && next && next.isWord && PLACE_NOUN.has(next.norm)
  ) return "place";
  // "Österreich verlassen", "darf das Land nicht verlassen": a place as the
  // object of a non-finite verb of motion later in the clause.
  for (let k = last + 1; k < tokens.length && k <= last + 6; k++) {
    const x = tokens[k];
    if (!x.isWord) {
      if (CLAUSE.has(x.token) || x.token === "." || x.token === "?") break;
      continue;
    }
    if (PLACE_VERB.has(x.lower)) return "place";
  }
  // "aus dem Maghreb (Marokko, Tunesien …)": the reading of the place named
  // before the brackets.
  if (first > 1 && tokens[first - 1].token === "(") {
    const w = wordBefore(tokens, first - 1);
    const p2 = w >= 0 ? wordBefore(tokens, w) : -1;
    if (p2 >= 0 && LOCATIVE.has(tokens[p2].lower)) return "place";
  }
  const b = wordBefore(tokens, first);
  if (b < 0) return "actor";
  const p = tokens[b];
  const pl = p.lower;
  // Genitive after a place noun: "im Norden Syriens", "BIP der Ukraine".
  if (PLACE_NOUN.has(p.norm) && (b < first - 1 || w.endsWith("s"))) {
    return "place";
  }
  if (pl === "zwischen") {
    const h = wordBefore(tokens, b);
    return h >= 0 && BETWEEN_PLACE.has(tokens[h].norm) ? "place" : "actor";
  }
  if (pl === "zu" || pl === "zur" || pl === "zum") {
    // "an der Grenze zu Syrien"
    const h = wordBefore(tokens, b);
    return h >= 0 && PLACE_NOUN.has(tokens[h].norm) ? "place" : "actor";
  }
  if (type === "international_org" || type === "other") {
    // "in der EU" is membership, "Chefin von Save the Children" an agent;
    // "in die EU", "nach Europa" a direction.
    return (pl === "nach" || pl === "richtung" ||
        (pl === "in" && b === first - 2 && tokens[first - 1].lower === "die"))
      ? "place"
      : "actor";
  }
  if (pl === "von" || pl === "vom") {
    // "von der Türkei nach Griechenland", "nördlich vom Weißen Haus"
    const n = next && next.isWord ? next.lower : "";
    const h = wordBefore(tokens, b);
    const d = h >= 0 ? tokens[h].lower : "";
    return n === "nach" || n === "bis" ||
        (d !== "" && LOCATIVE.has(d)) || DISTANCE.has(d)
      ? "place"
      : "actor";
  }

  if (!LOCATIVE.has(pl)) return "actor";
  const h = wordBefore(tokens, b);
  if (pl === "aus" && h >= 0 && FROM_AGENT.has(tokens[h].norm)) return "actor";
  // "die Invasion … in die Tschechoslowakei": the state is acted upon.
  if (
    (pl === "in" || pl === "ins") && h >= 0 &&
    INVASION.has(lastPartNorm(tokens[h]))
  ) return "actor";
  if (
    (pl === "in" || pl === "im") && h >= 0 && h === b - 1 &&
    POLITICAL_HEAD.has(tokens[h].norm)
  ) return "actor";
  return "place";
}

/**
 * Names in a list share the reading of the first: "aus Syrien, dem Irak
 * und Afghanistan", "Richtung Österreich und Deutschland". `gap` holds the
 * tokens between the previous mention and this one.
 */
export function continuesList(gap: Token[]): boolean {
  if (gap.length === 0 || gap.length > 3) return false;
  let joiner = false;
  for (const t of gap) {
    if (
      t.token === "," || t.lower === "und" || t.lower === "oder" ||
      t.lower === "sowie"
    ) {
      joiner = true;
    } else if (!(t.isWord && DETERMINER.has(t.lower))) return false;
  }
  return joiner && !gap.some((t) => CLAUSE.has(t.token) && t.token !== ",");
}
