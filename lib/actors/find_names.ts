/**
 * Proper names that the gazetteer does not know. German capitalises every
 * noun, so a capital letter is no evidence; the evidence used is a first
 * name before a capitalised word, a role noun before it ("Ministerpräsident
 * X", "UN-Vermittler X"), name particles ("al-", "bin", "de", "von der"),
 * words no German dictionary lists, and surnames already seen in full.
 *
 * @module
 */
import type { WordSet } from "./word_list.ts";
import { type Token, tokenize } from "../text/tokens.ts";
import { defaultActors, type Gazetteer } from "./gazetteer.ts";
import { type ActorMatch, matchActors } from "./match_actors.ts";
import { defaultNameLexicon, type NameLexicon } from "./name_lexicon.ts";
import { isRole } from "./_roles.ts";

/** What a found name probably names. */
export type NameKind = "person" | "organisation" | "place" | "unknown";

/** A proper name not in the gazetteer; offsets into the text searched. */
export interface FoundName {
  start: number;
  end: number;
  text: string;
  kind: NameKind;
}

/** Options for {@linkcode findNames}. */
export interface FindNamesOptions {
  /** Names it knows are skipped. @default lib/data/actors.tsv */
  gazetteer?: Gazetteer;
  /** First names and known words. @default lib/data + wngerman */
  lexicon?: NameLexicon;
}

/** Lower-case words that join the parts of a name. */
const PARTICLES = new Set(
  "al el as ad ar asch at an az ash bin ibn bint abu ben de da di del della van von der den la le du dos das"
    .split(
      " ",
    ),
);
/** Particles that only join inside a name ("von der Leyen"). */
const INNER_ONLY = new Set(["der", "den", "das", "la", "le", "du"]);
/** Hyphenated prefixes of Arabic names: "al-Abadi", "as-Sadr". */
const PREFIX =
  /^(?:al|el|as|ad|ar|asch|at|an|az|ash|ez|es|ed|et|esch|ibn|abu|bin)[-‐]\p{Lu}/u;
const ACRONYM = /^\p{Lu}{2,6}$/u;
/** A party abbreviation in brackets after a surname: "(SPD)", "(Grüne)". */
const PARTY = /^(?:\p{Lu}[\p{Lu}\p{Ll}]?\p{Lu}{1,4}|Grüne|Linke|Neos)$/u;
const LOCATIVE = new Set(
  "in im am nach bei nahe um aus von vom bis über durch nördlich südlich östlich westlich unweit"
    .split(
      " ",
    ),
);
const PLACE_HEADS = new Set(
  "stadt kleinstadt dorf provinz region ort hochburg hauptstadt gouvernement bezirk viertel insel"
    .split(
      " ",
    ),
);
/** Articles between a preposition and a place ("über die Ägäis"). */
const ARTICLE = new Set(["der", "die", "das", "dem", "den"]);
/** Last words of street and square names ("16th Street"). */
const PLACE_TAILS = new Set(
  "street avenue road square boulevard platz straße gasse allee".split(" "),
);
/** A place noun before a name, also as a compound head ("Schwarzmeerort"). */
function placeHead(lower: string): boolean {
  if (PLACE_HEADS.has(lower)) return true;
  for (const h of PLACE_HEADS) {
    if (h.length >= 3 && lower.length > h.length + 2 && lower.endsWith(h)) {
      return true;
    }
  }
  return false;
}
/** A dateline: a name at the start of a sentence followed by a dash. */
function dateline(tokens: Token[], k: number, e: number): boolean {
  const n = tokens[e + 1];
  const b = tokens[k - 1];
  return !!n && (n.token === "–" || n.token === "—") &&
    (!b || (!b.isWord && b.token !== ","));
}
/**
 * Capitalised words that are neither names nor in Debian's German word
 * list: Austrian month names.
 */
const NOT_NAMES = new Set(["Jänner", "Jänners", "Feber", "Febers"]);

/** Words that end an organisation's name. */
const ORG_HEADS = new Set(
  "times news post watch agency institute forces army council group network foundation international brigade brigaden front partei bewegung miliz organisation stiftung institut zeitung agentur rat komitee korps bataillon regiment allianz bündnis union liga kongress"
    .split(
      " ",
    ),
);
/** Known words that begin Arabic place names ("Tel Afar", "Deir ez-Zor"). */
const PLACE_STARTS = new Set(
  "tel tal deir dair ras bab ain kafr bir umm dschebel jabal wadi beit bait chan khan"
    .split(
      " ",
    ),
);
const ENDINGS = ["s", "es", "n", "en", "e", "er", "ern", "ns"];

function isCap(t: Token): boolean {
  if (!t.isWord) return false;
  // ASCII first (no regular expression): capitals are, digits are not
  // (PREFIX starts with a lower-case letter).
  const code = t.token.charCodeAt(0);
  if (code >= 65 && code <= 90) return true;
  if (code >= 48 && code <= 57) return false;
  const c = t.token.charAt(0);
  return (c !== c.toLowerCase() && !/^\p{N}/u.test(c)) || PREFIX.test(t.token);
}

/** Listed as written, in lower case, or without a case ending. */
function knownPlain(word: string, dict: WordSet): boolean {
  if (dict.has(word) || dict.has(word.toLowerCase())) return true;
  for (const e of ENDINGS) {
    if (word.length > e.length + 3 && word.endsWith(e)) {
      const stem = word.slice(0, -e.length);
      if (dict.has(stem) || dict.has(stem.toLowerCase())) return true;
    }
  }
  return false;
}

/** Listed as a capitalised noun, as written or without a case ending. */
function knownNoun(word: string, dict: WordSet): boolean {
  if (dict.has(word)) return true;
  for (const e of ENDINGS) {
    if (word.length > e.length + 3 && word.endsWith(e)) {
      if (dict.has(word.slice(0, -e.length))) return true;
    }
  }
  return false;
}

/** Suffixes of German abstract nouns; names almost never end so. */
const NOUN_SUFFIX =
  /(?:ung|ungen|ismus|heit|heiten|keit|keiten|schaft|schaften|tion|tionen|tät|täten|nis|nisse|tum|ment|ments)$/u;

// News vocabulary is Zipf-distributed: most look-ups are repeats.
const knownCache = new WeakMap<WordSet, Map<string, boolean>>();

/** Known, or a compound whose head is known (cached per dictionary). */
function knownWord(word: string, dict: WordSet): boolean {
  let cache = knownCache.get(dict);
  if (!cache) knownCache.set(dict, cache = new Map());
  let known = cache.get(word);
  if (known === undefined) {
    if (cache.size > 200_000) cache.clear();
    cache.set(word, known = knownWordUncached(word, dict));
  }
  return known;
}

function knownWordUncached(word: string, dict: WordSet): boolean {
  const dash = word.lastIndexOf("-");
  const w = dash >= 0 ? word.slice(dash + 1) : word;
  if (w.length === 0) return false;
  if (knownPlain(w, dict) || NOUN_SUFFIX.test(w)) return true;
  // A compound of a known head: 5+ letters, or 3+ after 4+ ("Giftgas");
  // shorter splits find nouns inside names ("Hos|sein").
  for (let i = 2; i <= w.length - 3; i++) {
    if (w.length - i < 5 && i < 4) continue;
    const head = w.charAt(i).toUpperCase() + w.slice(i + 1);
    // Lower-case listings count for heads of 4+ letters ("Krieg" is only
    // listed as "krieg"); a 3-letter head must be a listed noun ("Gas").
    if (head.length >= 4 ? knownPlain(head, dict) : knownNoun(head, dict)) {
      return true;
    }
  }
  return false;
}

interface Segment {
  first: number;
  last: number;
  kind: NameKind;
  strong: boolean;
}

/**
 * Find names in the token lists of a text's sentences (offsets into
 * `text`). `covered[i][k]` is true for tokens inside a gazetteer mention.
 */
export function matchNames(
  text: string,
  sentences: { tokens: Token[]; covered: boolean[] }[],
  lexicon: NameLexicon,
  gazetteer: Gazetteer,
): { sentence: number; name: FoundName }[] {
  const roles = gazetteer.roles;
  const dict = lexicon.knownWords;
  const first = lexicon.firstNames;
  const out: { sentence: number; seg: Segment; tokens: Token[] }[] = [];
  const surnames = new Set<string>();
  const nameLike = (t: Token) =>
    !NOT_NAMES.has(t.token) &&
    (first.has(t.lower) || PREFIX.test(t.token) ||
      (dict ? !knownWord(t.token, dict) && !isRole(t.lower, roles) : false));
  sentences.forEach(({ tokens, covered: known }, si) => {
    // Unknown organisations first: "Institut für Nationales Gedenken".
    let covered = known;
    for (const [a, b] of organisationSpans(tokens, known, dict)) {
      if (covered === known) covered = [...known];
      for (let k = a; k <= b; k++) covered[k] = true;
      out.push({
        sentence: si,
        seg: { first: a, last: b, kind: "organisation", strong: true },
        tokens,
      });
    }
    let i = 0;
    while (i < tokens.length) {
      if (covered[i] || !isCap(tokens[i])) {
        i++;
        continue;
      }
      // A run of capitalised words, with particles inside.
      let j = i;
      while (j + 1 < tokens.length) {
        const n = tokens[j + 1];
        if (covered[j + 1]) break;
        if (isCap(n)) {
          j++;
          continue;
        }
        if (
          PARTICLES.has(n.token) && j + 2 < tokens.length &&
          !covered[j + 2] && (isCap(tokens[j + 2]) ||
            (PARTICLES.has(tokens[j + 2].token) && j + 3 < tokens.length &&
              isCap(tokens[j + 3])))
        ) {
          j++;
          continue;
        }
        break;
      }
      // Particles before the run: "bin Laden", "de Mistura".
      let s = i;
      while (
        s > 0 && !covered[s - 1] && PARTICLES.has(tokens[s - 1].token) &&
        !INNER_ONLY.has(tokens[s - 1].token) && s - 1 > 0 &&
        isCap(tokens[s - 2]) && nameLike(tokens[s - 2])
      ) s--;
      // "Schulz (SPD)": a capitalised word before a party in brackets is a
      // person, even when it is also a German word.
      let last = j;
      if (
        tokens[j + 1]?.token === "(" && tokens[j + 3]?.token === ")" &&
        PARTY.test(tokens[j + 2].token) &&
        !(s === j && j > 0 && tokens[j - 1].isWord && !isCap(tokens[j - 1]) &&
          !/^(?:und|oder|sowie|von|mit|laut)$/.test(tokens[j - 1].lower))
      ) {
        last = j - 1;
      }
      for (const seg of segments(tokens, s, last, nameLike, roles, lexicon)) {
        // A word the gazetteer lists (a capital read as a place) is known.
        if (
          seg.first === seg.last &&
          gazetteer.trie.upper?.get(tokens[seg.first].norm)?.forms
        ) continue;
        out.push({ sentence: si, seg, tokens });
        if (seg.kind === "person" && seg.last > seg.first) {
          surnames.add(tokens[seg.last].token);
          // "Zainab Faksh … Zainab": a first name seen in a full name.
          const f = tokens[seg.first];
          if (isCap(f) && !PREFIX.test(f.token)) surnames.add(f.token);
        }
      }
      if (last < j) {
        out.push({
          sentence: si,
          seg: { first: j, last: j, kind: "person", strong: true },
          tokens,
        });
      }
      i = j + 1;
    }
  });
  // A surname seen in a full name is a person on its own too.
  const found: { sentence: number; name: FoundName }[] = [];
  for (const { sentence, seg, tokens } of out) {
    let { kind } = seg;
    if (!seg.strong) {
      const w = tokens[seg.first].token;
      const bare = w.endsWith("s") ? w.slice(0, -1) : w;
      if (seg.first === seg.last && (surnames.has(w) || surnames.has(bare))) {
        kind = "person";
      } else if (
        seg.first === seg.last && dict && knownWord(w, dict) &&
        !ACRONYM.test(w)
      ) continue;
      else if (!dict) continue;
    }
    const start = tokens[seg.first].start;
    const end = tokens[seg.last].end;
    found.push({
      sentence,
      name: { start, end, text: text.slice(start, end), kind },
    });
  }
  return found;
}

/** Last words of organisation names ("Volksfront", "Gerichtshof"). */
const ORG_SUFFIX =
  /(?:organisation|bündnis|bündnisses|partei|front|miliz|brigade|brigaden|bewegung|allianz|koalition|union|liga|komitee|institut|instituts|stiftung|zentrum|zentrums|verband|verbandes|verbands|gewerkschaft|kommission|rat|rates|rats|netzwerk|netzwerks|gruppe|korps|bataillon|regiment|agentur|büro|büros|behörde|gerichtshof|gerichtshofs|versammlung|kongress|kongresses)$/;
/** Words that join the parts of an organisation's name. */
const ORG_JOIN = new Set(["und", "von", "für", "der", "des", "die", "in"]);
/** Capitalised function words that never start an organisation's name. */
const NOT_ORG_START = new Set(
  "die der das den dem des ein eine einer eines einem einen diese dieser dieses diesem diesen jede jeder jedes alle andere anderen beide viele wenige mehrere neue neuen wer welche welcher welches jene jener solche solcher manche mancher unsere unserer ihre ihrer seine seiner meine meiner keine keiner"
    .split(" "),
);
const ADJECTIVE_END = /(?:e|en|er|es|em|isch)$/;

/**
 * Unknown organisations among `tokens`: an organisation word followed by
 * "für"/"gegen" and capitalised words ("Institut für Nationales Gedenken",
 * "Zentrum für Integration von Jugendlichen"), or capitalised adjectives
 * before one ("Nationale Front"). Spans `[first, last]`, outside `covered`.
 */
function organisationSpans(
  tokens: Token[],
  covered: boolean[],
  dict: WordSet | null,
): [number, number][] {
  const out: [number, number][] = [];
  let k = 0;
  while (k < tokens.length) {
    const t = tokens[k];
    if (covered[k] || !isCap(t) || !ORG_SUFFIX.test(t.lower)) {
      k++;
      continue;
    }
    // Capitalised adjectives before: "Nationale Front", "Europäisches Zentrum".
    let a = k;
    while (
      a > 0 && !covered[a - 1] && isCap(tokens[a - 1]) &&
      ADJECTIVE_END.test(tokens[a - 1].lower) &&
      !NOT_ORG_START.has(tokens[a - 1].lower) &&
      // an adjective is listed in lower case ("nationale"), a noun not
      (!dict || dict.has(tokens[a - 1].lower))
    ) a--;
    // "für"/"gegen" + capitalised words, joined by "und", "von" …
    let b = k;
    const n = tokens[k + 1];
    if (
      n && (n.lower === "für" || n.lower === "gegen") &&
      tokens[k + 2] && isCap(tokens[k + 2]) && !covered[k + 2]
    ) {
      b = k + 2;
      let e = b;
      while (e + 1 < tokens.length && e - k < 8 && !covered[e + 1]) {
        const x = tokens[e + 1];
        if (isCap(x)) b = ++e;
        else if (ORG_JOIN.has(x.lower)) e++;
        else break;
      }
    }
    if (a < k || b > k) out.push([a, b]);
    k = b + 1;
  }
  return out;
}

/** Split a capitalised run into names and decide each one's kind. */
function* segments(
  tokens: Token[],
  from: number,
  to: number,
  nameLike: (t: Token) => boolean,
  roles: readonly string[],
  lexicon: NameLexicon,
): Generator<Segment> {
  let k = from;
  while (k <= to) {
    const t = tokens[k];
    const particle = !isCap(t);
    // After a role, two capitalised words are a name even when the first
    // is also a word ("Militärexperte Carlo Masala").
    const roleBefore = k > 0 && tokens[k - 1].isWord &&
      isRole(tokens[k - 1].lower, roles);
    // After a role, a word that is only a compound of known words is a
    // name ("Institutschef Kaminski": Kamin + Ski).
    const afterRoleName = roleBefore && !!lexicon.knownWords &&
      !knownPlain(t.token, lexicon.knownWords) && !isRole(t.lower, roles);
    if (
      particle ||
      (!nameLike(t) && !afterRoleName &&
        !(roleBefore && k + 1 <= to && isCap(tokens[k + 1])))
    ) {
      k++;
      continue;
    }
    // Extend over name-like words and particles; a word right after a
    // first name belongs to the name even when it is also a noun
    // ("Hossein Salami", "Helmut Kohl").
    let e = k;
    while (
      e + 1 <= to &&
      (nameLike(tokens[e + 1]) || !isCap(tokens[e + 1]) ||
        lexicon.firstNames.has(tokens[e].lower) ||
        PLACE_STARTS.has(tokens[e].lower))
    ) e++;
    while (e > k && !isCap(tokens[e])) e--;
    const before = k > 0 ? tokens[k - 1] : undefined;
    const bl = before && before.isWord ? before.lower : "";
    const afterRole = before !== undefined && before.isWord &&
      isRole(bl, roles);
    // "Sprecher Matthew Miller": after a role, a name may end in a noun.
    if (afterRole && e === k && e + 1 <= to && isCap(tokens[e + 1])) e++;
    // Organisation heads are ordinary words; they end the name.
    let org = false;
    if (e + 1 <= to && ORG_HEADS.has(tokens[e + 1].lower)) {
      e++;
      org = true;
    }
    if (ORG_HEADS.has(tokens[e].lower)) org = true;
    // "Tel Afar": a known word that starts place names joins the name.
    if (
      k > from && PLACE_STARTS.has(tokens[k - 1].lower) &&
      isCap(tokens[k - 1])
    ) {
      yield { first: k - 1, last: e, kind: "place", strong: true };
      k = e + 1;
      continue;
    }
    if (PLACE_STARTS.has(t.lower) && e > k) {
      yield { first: k, last: e, kind: "place", strong: true };
      k = e + 1;
      continue;
    }
    const multi = e > k;
    const firstName = lexicon.firstNames.has(t.lower) && multi;
    let particle2 = false;
    for (let x = k; x <= e; x++) {
      if (PREFIX.test(tokens[x].token) || PARTICLES.has(tokens[x].token)) {
        particle2 = true;
      }
    }
    let kind: NameKind;
    let strong = true;
    if (org || (k === e && ACRONYM.test(t.token))) kind = "organisation";
    else if (firstName || afterRole || (particle2 && multi)) kind = "person";
    else if (
      LOCATIVE.has(bl) || placeHead(bl) ||
      (bl && ARTICLE.has(bl) && k > 1 && LOCATIVE.has(tokens[k - 2].lower)) ||
      PLACE_TAILS.has(tokens[e].lower) || dateline(tokens, k, e)
    ) kind = "place";
    else if (multi) kind = "person";
    else {
      kind = "unknown";
      strong = false;
    }
    if (kind === "place" && k === e) strong = false;
    yield { first: k, last: e, kind, strong };
    k = e + 1;
  }
}

/** Which tokens lie inside an actor mention. */
export function coveredTokens(
  tokens: Token[],
  mentions: readonly ActorMatch[],
): boolean[] {
  const covered = new Array<boolean>(tokens.length).fill(false);
  for (const m of mentions) {
    for (let k = m.firstToken; k <= m.lastToken; k++) covered[k] = true;
  }
  return covered;
}

/**
 * Find the proper names in `text` that the gazetteer does not cover:
 * persons, organisations, places and names of unknown kind.
 *
 * A capitalised word counts as a name when a first name precedes it, a role
 * noun precedes it, it carries a name particle, or no German dictionary
 * lists it (and it is not a compound of a listed word); a surname seen in a
 * full name counts on its own too.
 *
 * @example Names in a sentence the gazetteer does not know
 * ```ts
 * import assert from "node:assert/strict";
 * import { findNames } from "../mod.ts";
 * const names = findNames(
 *   "Laut Ministerpräsident Kyriakos Mitsotakis und dem Analysten Hamid Karsai wächst die Sorge.",
 * );
 * assert.equal(names.map((n) => n.text).join("|"), "Kyriakos Mitsotakis|Hamid Karsai");
 * assert.ok(names.every((n) => n.kind === "person"));
 * ```
 */
export function findNames(
  text: string,
  options: FindNamesOptions = {},
): FoundName[] {
  const gazetteer = options.gazetteer ?? defaultActors();
  const lexicon = options.lexicon ?? defaultNameLexicon();
  const tokens = tokenize(text);
  const covered = coveredTokens(tokens, matchActors(text, tokens, gazetteer));
  return matchNames(text, [{ tokens, covered }], lexicon, gazetteer)
    .map((f) => f.name);
}
