/**
 * Who speaks: direct quotes („…“, "…", »…«, “…”, also across sentences and
 * whole paragraphs after a colon) and reported speech (speech verbs, "laut
 * X", "X zufolge", the subjunctive), each with its speaker: an actor id, a
 * name the gazetteer does not know, or "" when it cannot be resolved.
 *
 * @module
 */
import { splitSentences } from "../text/sentences.ts";
import { type Token, tokenize } from "../text/tokens.ts";
import { type ActorMatch, matchActors } from "./find_actors.ts";
import { coveredTokens, type FoundName, matchNames } from "./find_names.ts";
import { defaultActors, type Gazetteer } from "./gazetteer.ts";
import { defaultNameLexicon, type NameLexicon } from "./name_lexicon.ts";
import {
  loadSpeechCues,
  type SpeechCue,
  type SpeechCues,
} from "./speech_cues.ts";
import { isRole } from "./_roles.ts";

/** One quote; offsets into the text. */
export interface Quote {
  /** Index of the sentence the quote starts in. */
  sentence: number;
  /** Actor id, a name not in the gazetteer, or "" when unresolved. */
  speaker: string;
  /** The words that name the speaker ("er", "NATO-Generalsekretär …"). */
  speaker_surface: string;
  kind: "direct" | "reported";
  start: number;
  end: number;
  /** The cue: the speech verb, "laut", "zufolge", ":", a subjunctive form. */
  cue: string;
  text: string;
}

/** A sentence as the quote finder needs it. */
export interface QuoteSentence {
  paragraph: number;
  start: number;
  end: number;
  tokens: Token[];
  mentions: ActorMatch[];
  names: FoundName[];
}

interface Cand {
  first: number;
  last: number;
  speaker: string;
  surface: string;
  person: boolean;
  demonymAdj: boolean;
}

interface Cue {
  sentence: number;
  token: number;
  last: number;
  /** Token of the separable particle, or -1. */
  particle: number;
  cue: SpeechCue;
  surface: string;
}

interface Who {
  speaker: string;
  surface: string;
}

const PREPOSITIONS = new Set(
  "in im mit von vom für gegen aus auf an am bei nach zu zum zur über unter durch um vor seit ohne zwischen gegenüber wegen trotz während hinter neben ins ans aufs beim"
    .split(
      " ",
    ),
);
const ARTICLES = new Set(
  "der die das den dem des ein eine einen einem einer eines".split(" "),
);
const SKIP_AFTER_VERB = new Set(
  "der die das den dem des ein eine auch zudem weiter weiterhin nun erneut jedoch aber dann am im gestern heute bereits noch ebenfalls gern oft und zuletzt außerdem später"
    .split(
      " ",
    ),
);
const PRONOUNS = new Set(["er", "sie"]);
const SUBORDINATORS = new Set(
  "wie dass da weil als nachdem ob wenn während obwohl damit sodass".split(" "),
);
const RELATIVES = new Set(["der", "die", "das", "welcher", "welche"]);
const AUX = new Set(
  "hat habe haben hatte hatten hätte hätten wurde wurden worden werden sei seien ist war"
    .split(
      " ",
    ),
);
const CLAUSE_STOP = new Set([".", "!", "?", ";", ":"]);
const OPENERS = new Set(["„", "“", '"', "»", "«", "”"]);

/** Outermost quoted spans of `text[from, to)`: [open mark, close mark]. */
function quoteSpans(text: string, from: number, to: number): number[][] {
  const out: number[][] = [];
  const stack: { ch: string; pos: number }[] = [];
  for (let i = from; i < to; i++) {
    const c = text[i];
    let close = false;
    if (c === "„" || c === "»") stack.push({ ch: c, pos: i });
    else if (c === "“") {
      if (stack.length && stack[stack.length - 1].ch === "„") close = true;
      else stack.push({ ch: c, pos: i });
    } else if (c === "”") {
      if (stack.length) close = true;
    } else if (c === '"') {
      if (stack.length && stack[stack.length - 1].ch === '"') close = true;
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
  // A quote left open runs to the end of its paragraph.
  if (stack.length) out.push([stack[0].pos, to]);
  return out;
}

/**
 * Longest stretch of tokens the speaker, particle and antecedent searches
 * walk over: a longer run without punctuation is no German clause, and the
 * bound keeps the finder linear on text without any.
 */
const MAX_CLAUSE = 60;
/** Longest parenthesis after a quote that can name its source. */
const MAX_SOURCE_PAREN = 120;

/** The first i in [0, n) where `after(i)` holds (it holds from there on). */
function firstIndex(n: number, after: (i: number) => boolean): number {
  let lo = 0, hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (after(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function tokenAt(tokens: Token[], offset: number): number {
  return firstIndex(tokens.length, (i) => tokens[i].end > offset);
}

/** Spans sorted by start, and the furthest end among the first i + 1. */
interface Coverage {
  starts: number[];
  maxEnd: number[];
}

function coverage(spans: { start: number; end: number }[]): Coverage {
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
function covers(c: Coverage, a: number, b: number): boolean {
  const i = firstIndex(c.starts.length, (j) => c.starts[j] > a) - 1;
  return i >= 0 && c.maxEnd[i] >= b;
}

/**
 * What the walk asks of one sentence's tokens again and again, computed in
 * one pass each, so every question costs O(1) however long the sentence.
 */
interface TokenIndex {
  /** nextWord[x]: the first word token at or after x (length if none). */
  nextWord: number[];
  /** The first token at or after x that is a word or a quote opener. */
  nextKept: number[];
  /** The last token at or before x that is a word or an opener, or -1. */
  prevKept: number[];
  /** The first token at or after x that is not a word or ends a clause. */
  nextBreak: number[];
  /** 1 + the last clause stop or comma before x, or 0. */
  clauseFrom: number[];
  /** Word tokens before x, inside quotes and in all. */
  quotedWords: number[];
  words: number[];
  /** colonQuote[x]: a ":" followed by an opener at or after x. */
  colonQuote: number[];
}

// Plain arrays, not typed arrays: a sentence is short, and allocating
// eight ArrayBuffers per sentence made GC dominate on texts of many tiny
// sentences (100,000 ". " took 1.2 s; the linear-time test caught it).
function tokenIndex(
  t: Token[],
  inQuote: (offset: number) => boolean,
): TokenIndex {
  const n = t.length;
  const nextWord = new Array<number>(n + 1).fill(0);
  const nextKept = new Array<number>(n + 1).fill(0);
  const prevKept = new Array<number>(n).fill(0);
  const nextBreak = new Array<number>(n + 1).fill(0);
  const clauseFrom = new Array<number>(n + 1).fill(0);
  const quotedWords = new Array<number>(n + 1).fill(0);
  const words = new Array<number>(n + 1).fill(0);
  const colonQuote = new Array<number>(n + 1).fill(0);
  const kept = (x: number) => t[x].isWord || OPENERS.has(t[x].token);
  let lastKept = -1, from = 0;
  for (let x = 0; x < n; x++) {
    if (kept(x)) lastKept = x;
    prevKept[x] = lastKept;
    clauseFrom[x] = from;
    if (CLAUSE_STOP.has(t[x].token) || t[x].token === ",") from = x + 1;
    const word = t[x].isWord ? 1 : 0;
    words[x + 1] = words[x] + word;
    quotedWords[x + 1] = quotedWords[x] +
      (word && inQuote(t[x].start) ? 1 : 0);
  }
  clauseFrom[n] = from;
  nextWord[n] = nextKept[n] = nextBreak[n] = n;
  for (let x = n - 1; x >= 0; x--) {
    nextWord[x] = t[x].isWord ? x : nextWord[x + 1];
    nextKept[x] = kept(x) ? x : nextKept[x + 1];
    nextBreak[x] = !t[x].isWord || CLAUSE_STOP.has(t[x].token)
      ? x
      : nextBreak[x + 1];
    colonQuote[x] = colonQuote[x + 1] ||
      (t[x].token === ":" && x + 1 < n && OPENERS.has(t[x + 1].token) ? 1 : 0);
  }
  return {
    nextWord,
    nextKept,
    prevKept,
    nextBreak,
    clauseFrom,
    quotedWords,
    words,
    colonQuote,
  };
}

/**
 * Find the quotes of an article given its sentences, mentions and names.
 * Sentences must be in text order; `paragraph` groups them.
 */
export function matchQuotes(
  text: string,
  sentences: QuoteSentence[],
  cues: SpeechCues,
  roles: readonly string[],
): Quote[] {
  const quotes: Quote[] = [];
  // 1. Quoted spans, per paragraph.
  const spans: number[][] = [];
  for (let i = 0; i < sentences.length;) {
    let j = i;
    while (
      j + 1 < sentences.length &&
      sentences[j + 1].paragraph === sentences[i].paragraph
    ) j++;
    for (const sp of quoteSpans(text, sentences[i].start, sentences[j].end)) {
      spans.push(sp);
    }
    i = j + 1;
  }
  // Spans are in text order and do not overlap: binary searches.
  const inQuote = (offset: number) => {
    const k = firstIndex(spans.length, (i) => spans[i][0] > offset) - 1;
    return k >= 0 && offset <= spans[k][1];
  };
  const sentenceOf = (offset: number) =>
    Math.max(
      0,
      firstIndex(sentences.length, (i) => sentences[i].start > offset) - 1,
    );
  // 2. Speaker candidates of each sentence (outside quotes).
  const cands: Cand[][] = sentences.map((s) => {
    const list: Cand[] = [];
    for (const m of s.mentions) {
      if (inQuote(m.start)) continue;
      list.push({
        first: m.firstToken,
        last: m.lastToken,
        speaker: m.actor_id,
        surface: m.surface,
        person: m.actor.type === "person",
        demonymAdj: m.kind === "demonym" &&
          m.surface.charAt(0) === m.surface.charAt(0).toLowerCase(),
      });
    }
    for (const n of s.names) {
      if (inQuote(n.start)) continue;
      list.push({
        first: tokenAt(s.tokens, n.start),
        last: tokenAt(s.tokens, n.end - 1),
        speaker: n.text,
        surface: n.text,
        person: n.kind === "person",
        demonymAdj: false,
      });
    }
    return list.sort((a, b) => a.first - b.first);
  });
  // 3. Cues.
  const cueList: Cue[] = [];
  sentences.forEach((s, si) => {
    const t = s.tokens;
    for (let k = 0; k < t.length; k++) {
      const options = t[k].isWord ? cues.get(t[k].lower) : undefined;
      if (!options || inQuote(t[k].start)) continue;
      for (const cue of options) {
        let last = k;
        let particleAt = -1;
        let ok = true;
        for (let w = 1; w < cue.words.length; w++) {
          if (t[k + w]?.lower !== cue.words[w]) ok = false;
        }
        if (!ok) continue;
        last = k + cue.words.length - 1;
        let surface = text.slice(t[k].start, t[last].end);
        if (cue.type === "particle_verb") {
          let p = -1;
          for (let x = k + 1; x < t.length && x <= k + MAX_CLAUSE; x++) {
            if (CLAUSE_STOP.has(t[x].token) || OPENERS.has(t[x].token)) break;
            if (t[x].lower === cue.particle) {
              p = x;
              break;
            }
          }
          if (p < 0) continue;
          surface += " " + t[p].token;
          particleAt = p;
        }
        if (cue.type === "subjunctive") {
          const prev = t[k - 1]?.lower;
          if (prev === "ich" || prev === "wir" || prev === "du") continue;
        }
        if (cue.type === "source_before") {
          const n = t[last + 1];
          if (!n || !n.isWord) continue;
          const c = n.token.charAt(0);
          if (c === c.toLowerCase() && !ARTICLES.has(n.lower)) continue;
        }
        cueList.push({
          sentence: si,
          token: k,
          last,
          particle: particleAt,
          cue,
          surface,
        });
        break;
      }
    }
  });
  const speechCue = (c: Cue) =>
    c.cue.type === "verb" || c.cue.type === "particle_verb";
  // Per sentence, in token order: its cues, its speech cues, its
  // candidates by first token, and the token index.
  const cuesOf: Cue[][] = sentences.map(() => []);
  const speechOf: Cue[][] = sentences.map(() => []);
  for (const c of cueList) {
    cuesOf[c.sentence].push(c);
    if (speechCue(c)) speechOf[c.sentence].push(c);
  }
  const candAt: Map<number, Cand>[] = cands.map((list) => {
    const m = new Map<number, Cand>();
    for (const k of list) if (!m.has(k.first)) m.set(k.first, k);
    return m;
  });
  // maxLast[i]: the furthest last token among a sentence's first i + 1
  // candidates.
  const maxLasts: (number[] | undefined)[] = [];
  const maxLastOf = (si: number) => {
    let m = maxLasts[si];
    if (!m) {
      m = new Array<number>(cands[si].length).fill(0);
      let max = -1;
      cands[si].forEach((k, i) => m![i] = max = Math.max(max, k.last));
      maxLasts[si] = m;
    }
    return m;
  };
  const firstCandFrom = (si: number, tok: number) =>
    firstIndex(cands[si].length, (i) => cands[si][i].first >= tok);
  const indexes: (TokenIndex | undefined)[] = [];
  const indexOf = (si: number) =>
    indexes[si] ??= tokenIndex(sentences[si].tokens, inQuote);
  const colonEnd: boolean[] = sentences.map((x) => {
    let e = x.end;
    while (e > x.start && /\s/u.test(text[e - 1])) e--;
    return e > x.start && text[e - 1] === ":";
  });
  const nameCover: (Coverage | undefined)[] = [];
  const coverOf = (si: number) =>
    nameCover[si] ??= coverage([
      ...cands[si].map((k) => ({
        start: sentences[si].tokens[k.first].start,
        end: sentences[si].tokens[k.last].end,
      })),
      ...sentences[si].mentions,
    ]);

  // The last resolved speaker, for pronouns.
  let lastSpeaker: { who: Who; sentence: number; person: boolean } | null =
    null;
  // The first person of a sentence (whose words hold `role`), memoised.
  const firstPersons = new Map<string, Cand | null>();
  const firstPerson = (si: number, role: string): Cand | null => {
    const key = `${si}\t${role}`;
    let c = firstPersons.get(key);
    if (c === undefined) {
      c = cands[si].find((k) =>
        k.person && (!role || k.surface.toLowerCase().includes(role))
      ) ?? null;
      firstPersons.set(key, c);
    }
    return c;
  };
  const personBefore = (si: number, tok: number, role?: string): Who | null => {
    if (
      !role && lastSpeaker && lastSpeaker.person &&
      si - lastSpeaker.sentence <= 3
    ) return lastSpeaker.who;
    // The nearest sentence with a fitting person; in it, the first one
    // (German puts the subject first more often than not).
    for (let s = si; s >= 0 && s >= si - 3; s--) {
      const c = firstPerson(s, role ?? "");
      if (!c || (s === si && c.first >= tok)) continue;
      return { speaker: c.speaker, surface: c.surface };
    }
    return null;
  };
  const eligible = (s: QuoteSentence, c: Cand) => {
    if (c.demonymAdj) return false;
    const t = s.tokens;
    const p = t[c.first - 1];
    if (p && PREPOSITIONS.has(p.lower)) return false;
    if (p && ARTICLES.has(p.lower)) {
      const pp = t[c.first - 2];
      if (pp && PREPOSITIONS.has(pp.lower)) return false;
      if (
        pp && pp.isWord && (p.lower === "der" || p.lower === "des") &&
        pp.token.charAt(0) !== pp.token.charAt(0).toLowerCase() &&
        c.first - 2 > 0
      ) return false;
    }
    // A possessive ("Trumps Sondergesandter") is not the subject.
    const n = t[c.last + 1];
    if (
      c.surface.endsWith("s") && n && n.isWord &&
      n.token.charAt(0) !== n.token.charAt(0).toLowerCase()
    ) return false;
    return true;
  };
  /**
   * The speaker of a speech verb, and the last token of the speaker's words
   * when they follow the verb (so the reported content starts after them).
   */
  const speakerOf = (
    c: Cue,
  ): (Who & { person: boolean; upTo: number }) | null => {
    const s = sentences[c.sentence];
    const t = s.tokens;
    const list = cands[c.sentence];
    const clauseFinal = !t[c.last + 1] || AUX.has(t[c.last + 1].lower) ||
      CLAUSE_STOP.has(t[c.last + 1].token);
    // Inverted order: "betonte NATO-Generalsekretär Jens Stoltenberg",
    // "betont der russische Außenminister Sergej Lawrow", "fügte er hinzu",
    // "kündigte der Generalsekretär der Allianz, Jens Stoltenberg … an".
    const rightAfter = t[c.last + 1]?.token;
    if (!clauseFinal && rightAfter !== "," && rightAfter !== ":") {
      let x = c.token + 1;
      let commas = 0;
      for (; x < t.length && x <= c.token + 10; x++) {
        const w = t[x];
        const cand = candAt[c.sentence].get(x);
        if (cand && !cand.demonymAdj) return fromCand(cand, cand.last);
        if (PRONOUNS.has(w.lower) && x <= c.token + 2) {
          const who = personBefore(c.sentence, x);
          return {
            speaker: who?.speaker ?? "",
            surface: w.token,
            person: true,
            upTo: x,
          };
        }
        if (cand) {
          x = cand.last;
          continue;
        }
        if (w.token === "," && commas++ === 0) continue;
        if (SKIP_AFTER_VERB.has(w.lower) || isRole(w.lower, roles)) continue;
        // An adjective ("frühere") or a genitive noun after a role.
        const lowerInitial = w.token.charAt(0) === w.lower.charAt(0);
        if (w.isWord && lowerInitial && /(?:e|en|er|es)$/u.test(w.lower)) {
          continue;
        }
        if (w.isWord && !lowerInitial && ARTICLES.has(t[x - 1]?.lower ?? "")) {
          continue;
        }
        break;
      }
      // A role with no name ("sagte der Generalsekretär"): the person who
      // held that title before, or unresolved.
      for (let y = c.token + 1; y < x && y <= c.token + 3; y++) {
        if (t[y].isWord && isRole(t[y].lower, roles)) {
          const who = personBefore(c.sentence, y, roleStem(t[y].lower));
          return {
            speaker: who?.speaker ?? "",
            surface: text.slice(t[c.token + 1].start, t[y].end),
            person: true,
            upTo: y,
          };
        }
      }
    }
    // Subject before the verb, within its clause: a clause that starts with
    // a conjunction after a comma holds its own subject; a relative clause
    // ("…, der … forderte") speaks for the word before the comma.
    let start = Math.max(0, c.token - MAX_CLAUSE);
    for (let x = c.token - 1; x > 0 && x > c.token - MAX_CLAUSE; x--) {
      if (CLAUSE_STOP.has(t[x].token)) {
        start = x + 1;
        break;
      }
      if (t[x].token === "," && t[x + 1]) {
        const w = t[x + 1].lower;
        if (SUBORDINATORS.has(w)) {
          start = x + 1;
          break;
        }
        if (RELATIVES.has(w) && x + 1 < c.token) {
          // The last candidate (in order) that ends within six tokens
          // before the comma.
          let ante: Cand | undefined;
          for (let i = firstCandFrom(c.sentence, x) - 1; i >= 0; i--) {
            const k = list[i];
            if (k.first < x - MAX_CLAUSE) break;
            if (k.last < x && k.last >= x - 6 && eligible(s, k)) {
              ante = k;
              break;
            }
          }
          if (ante) return fromCand(ante, -1);
          start = x + 1;
          break;
        }
      }
    }
    let person: Cand | null = null, any: Cand | null = null;
    // Candidates before `start` are skipped; one ending at or after the
    // verb ends the search.
    const from = firstCandFrom(c.sentence, start);
    const blocked = from > 0 && maxLastOf(c.sentence)[from - 1] >= c.token;
    for (let i = blocked ? list.length : from; i < list.length; i++) {
      const k = list[i];
      if (k.last >= c.token) break;
      if (!eligible(s, k)) continue;
      any = k;
      if (k.person) person = k;
    }
    const pick = person ?? any;
    // A pronoun or role nearer the verb than any candidate speaks.
    for (let x = c.token - 1; x >= start && x > (pick ? pick.last : -1); x--) {
      const w = t[x];
      if (PRONOUNS.has(w.lower)) {
        const who = personBefore(c.sentence, x);
        return {
          speaker: who?.speaker ?? "",
          surface: w.token,
          person: true,
          upTo: -1,
        };
      }
      if (
        w.isWord && ARTICLES.has(t[x - 1]?.lower ?? "") &&
        isRole(w.lower, roles)
      ) {
        const who = personBefore(c.sentence, x - 1, roleStem(w.lower));
        if (who) {
          return {
            ...who,
            surface: `${t[x - 1].token} ${w.token}`,
            person: true,
            upTo: -1,
          };
        }
        // "Ein Sprecher der Bundeswehr sagte": the body speaks through its
        // unnamed officer.
        const det = t[x + 1]?.lower;
        const org = (det === "der" || det === "des")
          ? candAt[c.sentence].get(x + 2)
          : undefined;
        return {
          speaker: org?.speaker ?? "",
          surface: text.slice(
            t[x - 1].start,
            org ? t[org.last].end : w.end,
          ),
          person: !org,
          upTo: -1,
        };
      }
    }
    return pick ? fromCand(pick, -1) : null;
  };
  // Two cues of one sentence can give the same row ("laut Washington …
  // laut Washington": both take the whole sentence); it is one quote.
  const recorded = new Set<string>();
  const record = (q: Quote, person: boolean) => {
    const key =
      `${q.kind}\t${q.start}\t${q.end}\t${q.speaker}\t${q.speaker_surface}\t${q.cue}`;
    if (recorded.has(key)) return;
    recorded.add(key);
    quotes.push(q);
    if (q.speaker) {
      lastSpeaker = {
        who: { speaker: q.speaker, surface: q.speaker_surface },
        sentence: q.sentence,
        person,
      };
    }
  };

  // 4. Walk the sentences in order: reported speech, direct quotes and
  // subjunctive continuations, so pronouns see the speakers before them.
  const spanBySentence = new Map<number, number[][]>();
  for (const sp of spans) {
    const si = sentenceOf(sp[0]);
    const l = spanBySentence.get(si);
    if (l) l.push(sp);
    else spanBySentence.set(si, [sp]);
  }
  const quotedSentence = new Set<number>();
  const rowSentence = new Set<number>();
  type Prev = { who: Who; end: number; person: boolean };
  let prevDirect = null as Prev | null;
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
    const t = s.tokens;
    const cuesHere = cuesOf[si];
    const ix = indexOf(si);
    // Block quote: the paragraph after "…, sagte X:" without quote marks.
    const prev = sentences[si - 1];
    if (
      prev && prev.paragraph !== s.paragraph && colonEnd[si - 1] &&
      !OPENERS.has(t[0]?.token ?? "")
    ) {
      const c = speechOf[si - 1].at(-1);
      const who = c ? speakerOf(c) : null;
      if (c) {
        let last = si;
        while (
          last + 1 < sentences.length &&
          sentences[last + 1].paragraph === s.paragraph
        ) last++;
        const end = sentences[last].end;
        record({
          sentence: si,
          speaker: who?.speaker ?? "",
          speaker_surface: who?.surface ?? "",
          kind: "direct",
          start: s.start,
          end,
          cue: ":",
          text: text.slice(s.start, end),
        }, who?.person ?? false);
        for (let x = si; x <= last; x++) {
          quotedSentence.add(x);
          rowSentence.add(x);
        }
        prevDirect = who ? { who, end, person: who.person } : null;
        si = last;
        continue;
      }
    }
    // Reported speech and sources.
    for (const c of cuesHere) {
      if (c.cue.type === "subjunctive") continue;
      let who: (Who & { person: boolean }) | null = null;
      if (c.cue.type === "source_before") {
        const k = cands[si][firstCandFrom(si, c.last + 1)];
        if (k && k.first <= c.last + 6) {
          who = { speaker: k.speaker, surface: k.surface, person: k.person };
        }
        who ??= {
          speaker: "",
          surface: t[c.last + 1]?.token ?? "",
          person: false,
        };
      } else if (c.cue.type === "source_after") {
        // The last candidate (in order) ending within eight tokens before.
        for (let i = firstCandFrom(si, c.token) - 1; i >= 0; i--) {
          const k = cands[si][i];
          if (k.first < c.token - MAX_CLAUSE) break;
          if (k.last < c.token && k.last >= c.token - 8) {
            who = { speaker: k.speaker, surface: k.surface, person: k.person };
            break;
          }
        }
        who ??= {
          speaker: "",
          surface: t[c.token - 1]?.token ?? "",
          person: false,
        };
      } else who = speakerOf(c);
      // The reported content: after the cue (and the speaker, and the
      // particle), or the clause before a clause-final verb.
      let from = Math.max(c.last, c.particle) + 1, to = t.length - 1;
      const upTo = (who as { upTo?: number } | null)?.upTo ?? -1;
      if (c.particle < 0 && upTo > c.last) from = upTo + 1;
      const wordAfter = (x: number) =>
        ix.nextWord[Math.min(x, t.length)] < t.length;
      if (
        c.particle >= 0 && !wordAfter(c.particle + 1) && c.token > 1 &&
        t[c.token - 1].token === ","
      ) {
        // "…, teilte das Militär mit.": an attribution after the content;
        // the content is the clause before the comma.
        from = 0;
        to = c.token - 2;
        while (to > 0 && !t[to].isWord) to--;
      } else if (c.particle >= 0 && !wordAfter(c.particle + 1)) {
        // "kündigte X weitere Hilfen an": the content sits before the particle.
        from = Math.max(c.last, upTo) + 1;
        to = c.particle - 1;
      } else if (speechCue(c) && !wordAfter(from) && c.token > 1) {
        // "…, sagte der Minister.": the content is the clause before.
        from = 0;
        to = c.token - 1;
        while (to > 0 && !t[to].isWord) to--;
      }
      const after = t[c.last + 1];
      const verbFinal = !after || AUX.has(after.lower) ||
        (CLAUSE_STOP.has(after.token) && after.token !== ":");
      if (speechCue(c) && verbFinal) {
        // The clause before the verb; none when the verb opens the sentence
        // ("sagte habe er"), and then there is nothing to report.
        from = ix.clauseFrom[Math.max(c.token - 1, 0)];
        to = c.token - 1;
      }
      if (c.cue.type === "source_before" || c.cue.type === "source_after") {
        from = 0;
        to = t.length - 1;
      }
      if (t[from]?.token === "," || t[from]?.token === ":") from++;
      if (t[from]?.lower === "dass") from++;
      // Trim to words and quote openers.
      if (from <= to) from = ix.nextKept[from];
      if (from <= to) to = ix.prevKept[to];
      if (from > to) continue;
      const inside = ix.quotedWords[to + 1] - ix.quotedWords[from];
      const outside = ix.words[to + 1] - ix.words[from] - inside;
      // „…“, sagte X: the direct quote before the verb is what was said.
      const afterQuote = c.token >= 2 && t[c.token - 1].token === "," &&
        inQuote(t[c.token - 2].start);
      // "erklärte in einer Mitteilung: „…“": the quote after the colon is
      // what was said, and the direct row carries it.
      const colonQuote = ix.colonQuote[Math.min(c.last + 1, t.length)] === 1;
      if (
        (!afterQuote && !colonQuote && outside >= (inside > 0 ? 3 : 1)) ||
        !speechCue(c)
      ) {
        record({
          sentence: si,
          speaker: who?.speaker ?? "",
          speaker_surface: who?.surface ?? "",
          kind: "reported",
          start: t[from].start,
          end: t[to].end,
          cue: c.surface,
          text: text.slice(t[from].start, t[to].end),
        }, who?.person ?? false);
        rowSentence.add(si);
      }
    }
    // Direct quotes that open in this sentence.
    for (const [open, close] of spanBySentence.get(si) ?? []) {
      const start = open + 1;
      const end = close;
      const closeSentence = sentenceOf(close);
      const ct = sentences[closeSentence].tokens;
      let who: (Who & { person: boolean }) | null = null;
      let cue = "";
      // (a) "(New York Times)" right after the quote.
      let p = close + 1;
      while (p < text.length && text[p] === " ") p++;
      if (text[p] === "(") {
        // A short parenthesis only: a source is a few words.
        let shut = -1;
        for (let q = p + 1; q < text.length && q <= p + MAX_SOURCE_PAREN; q++) {
          if (text[q] === ")") {
            shut = q;
            break;
          }
        }
        // The first candidate (in order) inside the parentheses.
        let k: Cand | undefined;
        const list = cands[closeSentence];
        for (
          let i = firstIndex(list.length, (j) => ct[list[j].first].start > p);
          shut >= 0 && i < list.length && ct[list[i].first].start < shut;
          i++
        ) {
          if (ct[list[i].last].end <= shut) {
            k = list[i];
            break;
          }
        }
        if (k) {
          who = { speaker: k.speaker, surface: k.surface, person: k.person };
          cue = "( )";
        }
      }
      // (b) a speech verb before the quote in its sentence, right after it
      // (", fügte er hinzu"), or clause-final after it.
      if (!who) {
        const openTok = tokenAt(t, open);
        const here = speechOf[si];
        const before = here[
          firstIndex(here.length, (i) => here[i].token >= openTok) - 1
        ];
        const closeTok = tokenAt(ct, close) + 1;
        // The speech cues of the closing sentence from closeTok on, in order.
        const there = speechOf[closeSentence];
        const i0 = firstIndex(there.length, (i) => there[i].token >= closeTok);
        let afterCue: Cue | undefined;
        for (let i = i0; i < there.length; i++) {
          const c = there[i];
          if (c.token > closeTok + 1) break;
          if (ct.slice(closeTok, c.token).every((x) => x.token === ",")) {
            afterCue = c;
            break;
          }
        }
        // Clause-final: only words (no clause stop) between the quote and
        // the verb, and no word after it but an auxiliary.
        const wordsTo = indexOf(closeSentence).nextBreak[
          Math.min(closeTok, ct.length)
        ];
        let finalCue: Cue | undefined;
        for (let i = i0; i < there.length && there[i].token <= wordsTo; i++) {
          const n = ct[there[i].token + 1];
          if (!n || !n.isWord || AUX.has(n.lower)) {
            finalCue = there[i];
            break;
          }
        }
        const c = afterCue ?? before ?? finalCue;
        if (c) {
          who = speakerOf(c);
          cue = c.surface;
        }
      }
      // (c) the sentence before ends with ":" and has a speech verb.
      if (!who && prev && colonEnd[si - 1]) {
        const c = speechOf[si - 1].at(-1);
        if (c) {
          who = speakerOf(c);
          cue = c.surface;
        }
      }
      // (d) a quote that opens a sentence right after an attributed quote.
      if (
        !who && prevDirect && tokenAt(t, open) === 0 &&
        open - prevDirect.end < 400
      ) {
        who = { ...prevDirect.who, person: prevDirect.person };
        cue = "continuation";
      }
      if (!who && !cue) continue;
      // Not a quote: a name in quote marks ("den „Islamischen Staat“"), or
      // one capitalised word (a term: "Millionenmarsch").
      const inner = tokenize(text, start, end).filter((x) => x.isWord);
      const isName = covers(coverOf(si), start + 1, end - 1);
      if (
        isName ||
        (inner.length === 1 &&
          inner[0].token.charAt(0) !== inner[0].lower.charAt(0))
      ) continue;
      record({
        sentence: si,
        speaker: who?.speaker ?? "",
        speaker_surface: who?.surface ?? "",
        kind: "direct",
        start,
        end,
        cue,
        text: text.slice(start, end),
      }, who?.person ?? false);
      rowSentence.add(si);
      for (let x = si; x <= closeSentence; x++) rowSentence.add(x);
      prevDirect = who ? { who, end: close, person: who.person } : null;
    }
    // Subjunctive without a cue of its own: reported speech that continues
    // the speaker before, or whose speaker is not named.
    if (!rowSentence.has(si) && !quotedSentence.has(si)) {
      const sub = cuesHere.find((c) => c.cue.type === "subjunctive");
      if (sub) {
        const before = quotes[quotes.length - 1];
        const continues = before && before.speaker &&
          (before.sentence === si - 1 ||
            rowSentence.has(si - 1)) &&
          (sentences[si - 1]?.paragraph === s.paragraph ||
            quotedSentence.has(si - 1));
        const from = t.findIndex((x) => x.isWord);
        let to = t.length - 1;
        while (to > from && !t[to].isWord) to--;
        record({
          sentence: si,
          speaker: continues ? before.speaker : "",
          speaker_surface: continues ? before.speaker_surface : "",
          kind: "reported",
          start: t[from].start,
          end: t[to].end,
          cue: sub.surface,
          text: text.slice(t[from].start, t[to].end),
        }, false);
        rowSentence.add(si);
      }
    }
  }
  return quotes.sort((a, b) =>
    a.start - b.start || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0)
  );
}

const fromCand = (c: Cand, upTo: number) => ({
  speaker: c.speaker,
  surface: c.surface,
  person: c.person,
  upTo,
});

function roleStem(lower: string): string {
  const dash = lower.lastIndexOf("-");
  const w = dash >= 0 ? lower.slice(dash + 1) : lower;
  return w.replace(/(?:en|n|s|e)$/u, "");
}

/** Options for {@linkcode findQuotes}. */
export interface FindQuotesOptions {
  /** @default lib/data/actors.tsv */
  gazetteer?: Gazetteer;
  /** @default lib/data/first_names.txt and wngerman */
  lexicon?: NameLexicon;
  /** @default lib/data/speech_cues.tsv */
  cues?: SpeechCues;
}

let defaultCues: SpeechCues | undefined;

/**
 * Find direct quotes and reported speech in `text`, each with its speaker.
 * Paragraphs are separated by blank lines.
 *
 * @example A direct quote, a reported one, and a pronoun resolved
 * ```ts
 * import assert from "node:assert/strict";
 * import { findQuotes } from "../mod.ts";
 * const q = findQuotes(
 *   "NATO-Generalsekretär Jens Stoltenberg sagte: „Wir bleiben im Irak.“ " +
 *     "Die Lage sei ernst, fügte er hinzu.",
 * );
 * assert.equal(q[0].kind, "direct");
 * assert.equal(q[0].speaker, "jens_stoltenberg");
 * assert.equal(q[0].text, "Wir bleiben im Irak.");
 * assert.equal(q[1].kind, "reported");
 * assert.equal(q[1].speaker, "jens_stoltenberg");
 * ```
 */
export function findQuotes(
  text: string,
  options: FindQuotesOptions = {},
): Quote[] {
  const gazetteer = options.gazetteer ?? defaultActors();
  const lexicon = options.lexicon ?? defaultNameLexicon();
  const cues = options.cues ?? (defaultCues ??= loadSpeechCues());
  const sentences: QuoteSentence[] = [];
  const para = /\n[ \t]*\n/g;
  let from = 0, paragraph = 0;
  const add = (a: number, b: number) => {
    for (const s of splitSentences(text.slice(a, b))) {
      const start = a + s.start, end = a + s.end;
      const tokens = tokenize(text, start, end);
      sentences.push({
        paragraph,
        start,
        end,
        tokens,
        mentions: matchActors(text, tokens, gazetteer),
        names: [],
      });
    }
    paragraph++;
  };
  for (const m of text.matchAll(para)) {
    add(from, m.index!);
    from = m.index! + m[0].length;
  }
  add(from, text.length);
  const input = sentences.map((s) => ({
    tokens: s.tokens,
    covered: coveredTokens(s.tokens, s.mentions),
  }));
  for (const f of matchNames(text, input, lexicon, gazetteer)) {
    sentences[f.sentence].names.push(f.name);
  }
  return matchQuotes(text, sentences, cues, gazetteer.roles);
}
