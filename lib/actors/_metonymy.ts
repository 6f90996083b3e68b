/**
 * When does a capital city name its government? The rule (README, Actors):
 * a capital is read as the government when it acts or is addressed, and as
 * the place otherwise. The cues are grammatical, so they live here as small
 * closed word lists rather than in a lexicon file.
 *
 * @module
 */
import type { Token } from "../text/tokens.ts";
import {
  normWordSet as normSet,
  SPEECH_SOURCE,
  wordSet as set,
} from "./_cue_words.ts";

/** Prepositions that make a capital a partner or target: a government. */
const RELATION = set(
  "mit für gegen seitens gegenüber laut zwischen wider an",
);
const COORDINATION = set("und oder sowie bzw noch");
/** Prepositions of place and direction. */
const LOCATIVE = set(
  "in im nach bei nahe um vor hinter über unter durch bis ab aus von vom zu zum zur nördlich südlich östlich westlich rund richtung gen außerhalb innerhalb unweit",
);
/** "<X> in Bagdad" reads as the government after these heads. */
const POLITICAL_HEAD = normSet(
  "Regierung Regierungen Regime Führung Machthaber Pläne Plan Administration Kreise Regierungskreise Staatsführung Staatsmedien Politik Entscheidung Machtzentrale Zentralregierung Behörden Diplomaten Beamte Offizielle Verantwortlichen Strategen Entscheider",
);
/** "in Washington" + one of these in the same clause: the government. */
const COGNITION = set(
  "man heißt hieß hält glaubt glaubte hofft hoffte fürchtet fürchtete befürchtet zweifelt sieht sah einsicht sorge sorgen hoffnung befürchtung befürchtungen ansicht überzeugung erkenntnis klarmachen klar kritik unmut empörung verärgerung besorgnis genugtuung erleichterung reagiert reagierte registriert begrüßt verurteilt",
);
/** "aus Washington" + one of these in the same clause: the government. */
const PERCEPTION = set(
  "vernehmen hören verlautet verlautete verlautbart heißt hieß signale signal töne stimmen kritik warnungen drohungen reaktionen zustimmung widerspruch protest",
);
/** Nouns before "von Kiew" that make it the city: its office holders,
 * people, parts and fate ("Bürgermeister von Kiew", "Einnahme von Aleppo"). */
const CITY_OF = normSet(
  "Bürgermeister Bürgermeisterin Oberbürgermeister Gouverneur Gouverneurin Stadtverwaltung Stadtrat Einwohner Einwohnerin Bewohner Bewohnerin Bevölkerung Zentrum Stadtzentrum Stadtrand Umgebung Umland Vororte Vorort Stadtteil Stadtteile Innenstadt Straßen Flughafen Hafen Bahnhof Belagerung Einnahme Eroberung Bombardierung Beschuss Befreiung Rückeroberung Schlacht Ruinen Trümmer Norden Süden Osten Westen Stadtgebiet Großraum",
);
/** Nouns a post-nominal genitive capital speaks or acts through: "Vertreter
 * Moskaus", "Haltung Kiews" (see also POLITICAL_NOUN). */
const AGENT_OF = normSet(
  "Vertreter Vertreterin Vertretern Sprecher Sprecherin Gesandte Gesandter Unterhändler Delegation Emissär Emissäre Verhandler Verbündete Verbündeter Verbündeten Angriff Angriffe Atomangriff Militärschlag Gegenschlag Vergeltung Liste Sanktionsliste",
);
/** Conjunctions that open a clause whose subject follows: "dass Moskau". */
const SUBORDINATOR = set(
  "dass weil ob obwohl nachdem sobald bevor falls sodass damit",
);
/** Nouns of relation before "zu X": "Beziehungen zu Havanna". */
const RELATION_NOUN = normSet(
  "Beziehungen Beziehung Verhältnis Kontakte Kontakt Verbindungen Draht Nähe Distanz Annäherung",
);
/** Nouns before "aus Kiew" that make it a source: "Vorwürfe aus Kiew". */
const FROM_AGENT = SPEECH_SOURCE;
/** Words before "von Bagdad" that make it a distance, not an agent. */
const DISTANCE = set(
  "nördlich südlich östlich westlich kilometer km meilen weit fern nordöstlich nordwestlich südöstlich südwestlich unweit",
);
/** Capital followed by these is a place or a list item, not a subject. */
const NOT_SUBJECT = set(
  "und oder sowie bzw als wie noch sowohl der die das den dem des ein eine in im an am auf aus bei mit nach von vom zu zum zur über unter vor hinter neben zwischen durch für gegen um bis seit ab nahe entfernt gelegen selbst liegt lag liegen lagen wurde wurden wird werden ist war sind waren gilt galt fiel fällt brennt brannte bebt bebte zählt gehört befindet grenzt",
);
/** Nouns of place before a capital ("Hauptstadt Bagdad"). */
const PLACE_HEAD = normSet(
  "Hauptstadt Stadt Metropole Region Provinz Zentrum Großraum Raum Stadtteil Flughafen Innenstadt Vorort Vororte Straßen",
);
/** Genitive capital + one of these: the government ("Moskaus Haltung"). */
const POLITICAL_NOUN = normSet(
  "Regierung Führung Politik Haltung Position Strategie Forderung Forderungen Reaktion Entscheidung Pläne Plan Ziel Ziele Druck Angebot Drohung Drohungen Sanktionen Verbündete Verbündeten Unterstützung Außenminister Präsident Botschafter Militär Truppen Armee Luftwaffe Rolle Interessen Einfluss Vorgehen Kurs Antwort Kritik Vorschlag Zustimmung Ablehnung Vorwurf Vorwürfe Einmischung Bündnis Partner Verhältnis Beziehungen Machthaber Diplomatie Außenpolitik Kalkül Absichten Angaben Darstellung Sicht Generalstab Militärführung Ministerium Außenministerium Verteidigungsministerium Staatsführung Machtapparat",
);
/** Finite verbs before a capital that make it the (inverted) subject. */
const AGENT_VERBS = set(
  "forderte fordert forderten erklärte erklärt kündigte kündigt warnte warnt drohte droht reagierte reagiert lehnte lehnt verlangte verlangt betonte betont protestierte protestiert wies weist bestritt bestreitet dementierte dementiert signalisierte signalisiert bot bietet verurteilte verurteilt beschuldigte beschuldigt warf wirft teilte teilt bestätigte bestätigt kritisierte kritisiert begrüßte begrüßt sagte sagt erwiderte erwidert entgegnete entgegnet antwortete antwortet beschloss beschließt entschied entscheidet entsandte entsendet schickte schickt verhängte verhängt zog zieht rief ruft bezeichnete bezeichnet nannte nennt räumte räumt beharrte beharrt pochte pocht unterstützte unterstützt verweigerte verweigert genehmigte genehmigt billigte billigt bestand besteht hofft hoffte will wollte setzte setzt stellte stellt verlangte",
);
const CLAUSE_END = set(', . ; : ! ? ( ) „ “ ” " » « –');

function clauseHas(tokens: Token[], from: number, words: Set<string>) {
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.isWord) {
      if (CLAUSE_END.has(t.token)) return false;
      continue;
    }
    if (words.has(t.lower)) return true;
  }
  return false;
}

const isLowerInitial = (s: string) => {
  const c = s.charAt(0);
  return c !== c.toUpperCase() && c === c.toLowerCase();
};

/**
 * Whether the capital at tokens `[first, last]` names its government here.
 * `formLower` is the gazetteer form, to tell a genitive ("Moskaus").
 */
export function capitalActs(
  tokens: Token[],
  first: number,
  last: number,
  formLower: string,
): boolean {
  const p = first > 0 && tokens[first - 1].isWord ? tokens[first - 1] : null;
  const pl = p ? p.lower : "";
  const n = last + 1 < tokens.length ? tokens[last + 1] : null;
  if (RELATION.has(pl)) return true;
  // "dass Havanna …", "weil Moskau …": the subject of a subordinate clause.
  if (SUBORDINATOR.has(pl)) return true;
  // "Beziehungen zu Havanna": a relation, not a direction.
  if (
    (pl === "zu" || pl === "zur" || pl === "zum") && first > 1 &&
    RELATION_NOUN.has(tokens[first - 2].norm)
  ) return true;
  // Coordinated capitals share a reading: "Washington und London
  // verurteilten" (subjects at the start of a clause) act; "von Kuwait bis
  // Basra und Bagdad" does not.
  if (COORDINATION.has(pl)) {
    const x = tokens[first - 2];
    const before = tokens[first - 3];
    // "Regierungen in Washington und Havanna"
    const head = tokens[first - 4];
    if (
      before && before.lower === "in" && head && POLITICAL_HEAD.has(head.norm)
    ) return true;
    const clauseStart = !before || !before.isWord;
    return !!x && x.isWord && isUpperInitial(x.token) && clauseStart &&
      subjectNext(tokens, last);
  }
  if (n && n.isWord && COORDINATION.has(n.lower) && !p) {
    const y = tokens[last + 2];
    if (y && y.isWord && isUpperInitial(y.token)) {
      return subjectNext(tokens, last + 2);
    }
  }
  if (LOCATIVE.has(pl)) {
    const pp = first > 1 && tokens[first - 2].isWord ? tokens[first - 2] : null;
    if (pl === "in") {
      if (pp && POLITICAL_HEAD.has(pp.norm)) return true;
      return clauseHas(tokens, last + 1, COGNITION);
    }
    if (pl === "aus") {
      if (pp && FROM_AGENT.has(pp.norm)) return true;
      return clauseHas(tokens, last + 1, PERCEPTION);
    }
    if (pl === "von" || pl === "vom") {
      if (pp && (DISTANCE.has(pp.lower) || /^\d/.test(pp.token))) return false;
      if (pp && CITY_OF.has(pp.norm)) return false;
      if (
        n && n.isWord &&
        (n.lower === "nach" || n.lower === "bis" || n.lower === "aus" ||
          n.lower === "entfernt")
      ) return false;
      return true;
    }
    return false;
  }
  if (p && PLACE_HEAD.has(p.norm)) return false;
  const word = tokens[last].lower;
  if (word !== formLower && word === formLower + "er") {
    // Adjective: "die Moskauer Führung" acts, "Moskauer Bürger" are people.
    return !!(n && n.isWord && POLITICAL_NOUN.has(n.norm));
  }
  if (word !== formLower && word === formLower + "s") {
    // Genitive: "Moskaus Haltung" acts, "Bagdads Krankenhäuser" is a place;
    // after its noun too: "Vertreter Moskaus", "die Haltung Kiews".
    if (n && n.isWord && POLITICAL_NOUN.has(n.norm)) return true;
    return !!(p && (AGENT_OF.has(p.norm) || POLITICAL_NOUN.has(p.norm)));
  }
  if (p && AGENT_VERBS.has(pl)) return true;
  return subjectNext(tokens, last);
}

/** The word after `last` is a finite verb: the word at `last` is a subject. */
function subjectNext(tokens: Token[], last: number): boolean {
  const n = tokens[last + 1];
  return !!(n && n.isWord && isLowerInitial(n.token) &&
    !NOT_SUBJECT.has(n.lower));
}

const isUpperInitial = (s: string) => {
  const c = s.charAt(0);
  return c !== c.toLowerCase();
};
