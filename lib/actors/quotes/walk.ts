/**
 * The walk over an article's sentences in order: block quotes after a
 * colon, reported speech and sources, direct quotes, and subjunctive
 * sentences that continue a report, so pronouns see the speakers before
 * them.
 *
 * @module
 */
import { type Token, tokenize } from "../../text/tokens.ts";
import { bareName, nounPhrase } from "./description.ts";
import { eligible, speakerOf } from "./attribution.ts";
import type { QuoteContext } from "./context.ts";
import { speechCue } from "./cues.ts";
import { covers, firstIndex, tokenAt } from "./spans.ts";
import type { Cand, Cue, Quote, Speaker, SpeakerKind } from "./types.ts";
import {
  ARTICLES,
  AUX,
  CLAUSE_STOP,
  MAX_CLAUSE,
  MAX_SOURCE_PAREN,
  OPENERS,
  PREPOSITIONS,
  SKIP_AFTER_VERB,
} from "./words.ts";

type Prev = { who: Speaker; end: number };

const speakerOfCand = (k: Cand): Speaker => ({
  speaker: k.speaker,
  surface: k.surface,
  person: k.person,
  kind: k.kind,
});

const isLower = (w: Token) =>
  w.token.charAt(0) !== w.token.charAt(0).toUpperCase();

/** Words of the first and second person: someone speaks. */
const SPEAKING = new Set(
  "ich mich mir mein meine meinen meinem meiner wir uns unser unsere unseren unserem unserer du dich dir ihr euch euer eure"
    .split(" "),
);

/** Words that open a clause of their own after an inquit (no content). */
const CLAUSE_OPENERS = new Set(
  "bevor als nachdem während wobei weil da wenn und aber doch denn ob wie dass sodass damit obwohl"
    .split(" "),
);

/** Words that open a reported clause after a comma. */
const CONTENT_CLAUSE = new Set(
  "dass daß ob wie was wer wen wem warum wo wann weshalb wieso welche welcher welches"
    .split(" "),
);

/** A sentence opened by one of these before the verb says "that". */
const ANAPHORS = new Set(["das", "dies", "dieses", "dazu", "darauf"]);

/** Words that may stand inside a title between capitalised words. */
const TITLE_GLUE = new Set(
  "der die das des dem den für von und im in am an auf of the and".split(" "),
);

/** One to four capitalised words (with glue words between): a name. */
function titleLike(words: Token[]): boolean {
  if (words.length === 0 || words.length > 4) return false;
  const caps = (w: Token) => w.token.charAt(0) !== w.lower.charAt(0);
  return caps(words[0]) &&
    words.every((w) => caps(w) || TITLE_GLUE.has(w.token));
}

/**
 * Do quoted words with no attribution read as speech rather than a title
 * or a scare quote? A full sentence (ending in . ! ?), a first or second
 * person, or eight words and more.
 */
function speechLike(text: string, words: Token[], end: number): boolean {
  if (words.length < 3) return false;
  if (/[.!?…]/u.test(text[end - 1] ?? "")) return true;
  return words.length >= 8 || words.some((w) => SPEAKING.has(w.lower));
}

/** The walk's state: the rows so far and which sentences they cover. */
export class QuoteWalk {
  readonly quotes: Quote[] = [];
  // Two cues of one sentence can give the same row ("laut Washington …
  // laut Washington": both take the whole sentence); it is one quote.
  readonly #recorded = new Set<string>();
  /** Sentences inside a block quote. */
  readonly quotedSentence = new Set<number>();
  /** Sentences that gave a row. */
  readonly rowSentence = new Set<number>();
  /** The last attributed direct quote, for a quote that continues it. */
  prevDirect: Prev | null = null;
  readonly #spanBySentence = new Map<number, number[][]>();

  constructor(readonly ctx: QuoteContext) {
    for (const sp of ctx.spans) {
      // sp[0] + 1: a quote with no opening mark starts just before its
      // paragraph.
      const si = ctx.sentenceOf(sp[0] + 1);
      const l = this.#spanBySentence.get(si);
      if (l) l.push(sp);
      else this.#spanBySentence.set(si, [sp]);
    }
  }

  /** Walk all sentences; the quotes in text order. */
  run(): Quote[] {
    const n = this.ctx.sentences.length;
    for (let si = 0; si < n; si++) {
      const last = this.blockQuote(si);
      if (last >= 0) {
        si = last;
        continue;
      }
      this.reported(si);
      this.direct(si);
      this.subjunctive(si);
    }
    return this.quotes.sort((a, b) =>
      a.start - b.start || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0)
    );
  }

  record(
    row: Omit<Quote, "speaker_kind">,
    person: boolean,
    kind: SpeakerKind,
  ): void {
    const q: Quote = {
      ...row,
      speaker_kind: row.speaker ? kind : "unresolved",
    };
    const key =
      `${q.kind}\t${q.start}\t${q.end}\t${q.speaker}\t${q.speaker_surface}\t${q.cue}`;
    if (this.#recorded.has(key)) return;
    this.#recorded.add(key);
    this.quotes.push(q);
    if (q.speaker) {
      this.ctx.lastSpeaker = {
        who: { speaker: q.speaker, surface: q.speaker_surface },
        sentence: q.sentence,
        person,
        kind: q.speaker_kind,
      };
    }
  }

  /**
   * Block quote: the paragraph after "…, sagte X:" without quote marks.
   * Returns the paragraph's last sentence, or -1 when `si` opens none.
   */
  blockQuote(si: number): number {
    const { ctx } = this;
    const { sentences, text } = ctx;
    const s = sentences[si];
    const prev = sentences[si - 1];
    if (
      !prev || prev.paragraph === s.paragraph || !ctx.colonEnd[si - 1] ||
      OPENERS.has(s.tokens[0]?.token ?? "")
    ) return -1;
    const c = ctx.speechOf[si - 1].at(-1);
    if (!c) return -1;
    const who = speakerOf(ctx, c);
    let last = si;
    while (
      last + 1 < sentences.length &&
      sentences[last + 1].paragraph === s.paragraph
    ) last++;
    const end = sentences[last].end;
    this.record(
      {
        sentence: si,
        speaker: who?.speaker ?? "",
        speaker_surface: who?.surface ?? "",
        kind: "direct",
        start: s.start,
        end,
        cue: ":",
        text: text.slice(s.start, end),
      },
      who?.person ?? false,
      who?.kind ?? "unresolved",
    );
    for (let x = si; x <= last; x++) {
      this.quotedSentence.add(x);
      this.rowSentence.add(x);
    }
    this.prevDirect = who ? { who, end } : null;
    return last;
  }

  /** Reported speech and sources cued in sentence `si`. */
  reported(si: number): void {
    for (const c of this.ctx.cuesOf[si]) {
      if (c.cue.type === "subjunctive") continue;
      this.reportedRow(si, c);
    }
  }

  /** The source named by "laut X" / "X zufolge". */
  #source(si: number, c: Cue): Speaker {
    const { ctx } = this;
    const t = ctx.sentences[si].tokens;
    const unresolved = (a: number, b: number): Speaker => ({
      speaker: "",
      surface: t[a] ? ctx.text.slice(t[a].start, t[Math.max(a, b)].end) : "",
      person: false,
      kind: "unresolved",
    });
    if (c.cue.type === "source_before") {
      const k = ctx.cands[si][ctx.firstCandFrom(si, c.last + 1)];
      if (k && k.first <= c.last + 6) return speakerOfCand(k);
      // "nach Angaben der Polizei": the noun phrase names the source.
      const b = nounPhrase(t, c.last + 1, Math.min(t.length - 1, c.last + 8));
      return unresolved(c.last + 1, b);
    }
    // The last candidate (in order) ending within eight tokens before.
    for (let i = ctx.firstCandFrom(si, c.token) - 1; i >= 0; i--) {
      const k = ctx.cands[si][i];
      if (k.first < c.token - MAX_CLAUSE) break;
      if (k.last < c.token && k.last >= c.token - 8) return speakerOfCand(k);
    }
    return unresolved(c.token - 1, c.token - 1);
  }

  reportedRow(si: number, c: Cue): void {
    const { ctx } = this;
    const t = ctx.sentences[si].tokens;
    const ix = ctx.indexOf(si);
    const source = c.cue.type === "source_before" ||
      c.cue.type === "source_after";
    // "Das sagte X der Zeitung": what was said is only an anaphor.
    if (c.token === 1 && ANAPHORS.has(t[0].lower) && speechCue(c)) return;
    const who = source ? this.#source(si, c) : speakerOf(ctx, c);
    const upTo = (who as { upTo?: number } | null)?.upTo ?? -1;
    let { from, to, tail } = source
      ? { from: 0, to: t.length - 1, tail: null }
      : this.#contentSpan(si, c, upTo);
    if (speechCue(c) && from > c.last) {
      from = this.#afterTopic(si, from, to);
      if (from < 0) return;
    }
    if (t[from]?.token === "," || t[from]?.token === ":") from++;
    if (t[from]?.lower === "dass") from++;
    // Trim to words and quote openers.
    if (from <= to) from = ix.nextKept[from];
    if (from <= to) to = ix.prevKept[to];
    if (from > to) return;
    // "am Donnerstag", "in einer Pressekonferenz": a circumstance, not what
    // was said.
    const span = ix.words[to + 1] - ix.words[from];
    if (
      speechCue(c) && span <= 3 && (PREPOSITIONS.has(t[from].lower) ||
        (SKIP_AFTER_VERB.has(t[from].lower) && !ARTICLES.has(t[from].lower)))
    ) return;
    const inside = ix.quotedWords[to + 1] - ix.quotedWords[from];
    const outside = ix.words[to + 1] - ix.words[from] - inside;
    // „…“, sagte X: the direct quote before the verb is what was said.
    const afterQuote = c.token >= 2 &&
      ((t[c.token - 1].token === "," && ctx.inQuote(t[c.token - 2].start)) ||
        (OPENERS.has(t[c.token - 1].token) &&
          ctx.inQuote(t[c.token - 1].start)));
    // "erklärte in einer Mitteilung: „…“": the quote after the colon is
    // what was said, and the direct row carries it.
    const colonQuote = ix.colonQuote[Math.min(c.last + 1, t.length)] === 1;
    if (tail) {
      const a = ix.nextKept[tail[0]], b = ix.prevKept[tail[1]];
      if (a <= b) this.#recordReported(si, c, who, a, b);
    }
    if (
      (!afterQuote && !colonQuote && outside >= (inside > 0 ? 3 : 1)) ||
      !speechCue(c)
    ) {
      this.#recordReported(si, c, who, from, to);
      this.rowSentence.add(si);
    }
  }

  /**
   * The reported content of speech cue `c` as tokens [from, to]: after the
   * cue (and the speaker, and the particle), or the clause before a
   * clause-final verb; `tail` holds the words after an inserted inquit.
   */
  #contentSpan(
    si: number,
    c: Cue,
    upTo: number,
  ): { from: number; to: number; tail: [number, number] | null } {
    const t = this.ctx.sentences[si].tokens;
    const ix = this.ctx.indexOf(si);
    let from = Math.max(c.last, c.particle) + 1, to = t.length - 1;
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
    const cs = ix.clauseFrom[Math.max(c.token - 1, 0)];
    let tail: [number, number] | null = null;
    if (speechCue(c) && verbFinal && t[cs]?.lower === "wie" && c.token > cs) {
      // "…, wie X mitteilte." / "Wie X mitteilte, …": the rest of the
      // sentence is what was said.
      if (cs > 0) [from, to] = [0, cs - 2];
      else [from, to] = [c.last + 1, t.length - 1];
    } else if (speechCue(c) && verbFinal) {
      // The clause before the verb; none when the verb opens the sentence
      // ("sagte habe er"), and then there is nothing to report.
      from = cs;
      to = c.token - 1;
    } else if (
      speechCue(c) && c.token > 1 && t[c.token - 1].token === "," &&
      c.particle < 0 && upTo > c.last
    ) {
      // "…, sagt X, Inhaber der …" / "…, sagte er am Montag.": an inquit
      // after the words; "…, sagt X, sei …" goes on after the speaker.
      const end = Math.max(upTo, c.last);
      const k = end + 1;
      if (
        t[k]?.token === "," && t[k + 1]?.isWord && isLower(t[k + 1]) &&
        !CLAUSE_OPENERS.has(t[k + 1].lower)
      ) {
        tail = [k + 1, t.length - 1];
      }
      from = 0;
      to = c.token - 2;
    }
    return { from, to, tail };
  }

  /**
   * Where the content after a speech verb starts, past adverbs and a
   * prepositional phrase; -1 when the phrase is all there is (a topic).
   */
  #afterTopic(si: number, from: number, to: number): number {
    const { ctx } = this;
    const t = ctx.sentences[si].tokens;
    // "fordern aber, dass …", "bestritt in einem Interview, dass …": the
    // content starts after adverbs, and after a prepositional phrase only
    // where a clause follows it; "warnte vor den Folgen", "berichten von
    // Verletzten" name a topic, not what was said.
    while (
      from <= to && SKIP_AFTER_VERB.has(t[from].lower) &&
      !ARTICLES.has(t[from].lower)
    ) from++;
    if (from <= to && PREPOSITIONS.has(t[from].lower)) {
      let x = from;
      while (
        x <= to && x - from < MAX_CLAUSE && t[x].token !== "," &&
        t[x].token !== ":"
      ) x++;
      // After the comma: a dass/ob/w-clause, or a clause in the
      // subjunctive ("sagte zur APA, die Halle werde …").
      const opener = t[x + 1]?.lower ?? "";
      const subjunctive = ctx.cuesOf[si].some((k) =>
        k.cue.type === "subjunctive" && k.token > x && k.token <= to
      );
      if (
        x > to ||
        (t[x].token === "," && !CONTENT_CLAUSE.has(opener) && !subjunctive)
      ) return -1;
      from = x;
    }
    return from;
  }

  /** A reported row for tokens [from, to] of sentence `si`. */
  #recordReported(
    si: number,
    c: Cue,
    who: Speaker | null,
    from: number,
    to: number,
  ): void {
    const { ctx } = this;
    const t = ctx.sentences[si].tokens;
    this.record(
      {
        sentence: si,
        speaker: who?.speaker ?? "",
        speaker_surface: who?.surface ?? "",
        kind: "reported",
        start: t[from].start,
        end: t[to].end,
        cue: c.surface,
        text: ctx.text.slice(t[from].start, t[to].end),
      },
      who?.person ?? false,
      who?.kind ?? "unresolved",
    );
  }

  /** Direct quotes that open in sentence `si`. */
  direct(si: number): void {
    for (const [open, close] of this.#spanBySentence.get(si) ?? []) {
      this.directRow(si, open, close);
    }
  }

  /** "(New York Times)" right after the quote that closes at `close`. */
  #parenSource(close: number): Speaker | null {
    const { ctx } = this;
    const text = ctx.text;
    let p = close + 1;
    while (p < text.length && text[p] === " ") p++;
    if (text[p] !== "(") return null;
    const closeSentence = ctx.sentenceOf(close);
    const ct = ctx.sentences[closeSentence].tokens;
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
    const list = ctx.cands[closeSentence];
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
    return k
      ? {
        speaker: k.speaker,
        surface: k.surface,
        person: k.person,
        kind: k.kind,
      }
      : null;
  }

  /**
   * A speech verb before the quote in its sentence, right after it
   * (", fügte er hinzu"), or clause-final after it.
   */
  #verbCue(si: number, open: number, close: number): Cue | undefined {
    const { ctx } = this;
    const t = ctx.sentences[si].tokens;
    const closeSentence = ctx.sentenceOf(close);
    const ct = ctx.sentences[closeSentence].tokens;
    const openTok = tokenAt(t, open);
    const here = ctx.speechOf[si];
    const before = here[
      firstIndex(here.length, (i) => here[i].token >= openTok) - 1
    ];
    const closeTok = tokenAt(ct, close) + 1;
    // The speech cues of the closing sentence from closeTok on, in order.
    const there = ctx.speechOf[closeSentence];
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
    const wordsTo = ctx.indexOf(closeSentence).nextBreak[
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
    return afterCue ?? before ?? finalCue;
  }

  /** The speaker before a colon that opens the quote at `open`. */
  #labelBefore(si: number, open: number): Speaker | null {
    const { ctx } = this;
    const t = ctx.sentences[si].tokens;
    const colon = tokenAt(t, open) - 1;
    if (colon < 1 || t[colon].token !== ":") return null;
    const s = ctx.sentences[si];
    let any: Cand | null = null;
    for (let i = ctx.firstCandFrom(si, colon) - 1; i >= 0; i--) {
      const k = ctx.cands[si][i];
      if (
        k.first < colon - MAX_CLAUSE ||
        ctx.indexOf(si).clauseFrom[colon] > k.first
      ) break;
      if (!eligible(s, k)) continue;
      if (k.person) return speakerOfCand(k);
      any ??= k;
    }
    if (any) return speakerOfCand(any);
    // A label of one or two capitalised words opening the sentence.
    const last = colon - 1;
    if (last <= 1 && bareName(t, 0) === last) {
      const surface = ctx.text.slice(t[0].start, t[last].end);
      return { speaker: surface, surface, person: true, kind: "named" };
    }
    return null;
  }

  directRow(si: number, open: number, close: number): void {
    const { ctx } = this;
    const { text, sentences } = ctx;
    const t = sentences[si].tokens;
    // Inside the marks, without the spaces next to them.
    let start = open + 1, end = close;
    while (start < end && /\s/u.test(text[start])) start++;
    while (end > start && /\s/u.test(text[end - 1])) end--;
    const closeSentence = ctx.sentenceOf(close);
    let who: Speaker | null = null;
    let cue = "";
    // (a) "(New York Times)" right after the quote.
    who = this.#parenSource(close);
    if (who) cue = "( )";
    // (b) a speech verb before, right after or clause-final after it.
    if (!who) {
      const c = this.#verbCue(si, open, close);
      if (c) {
        who = speakerOf(ctx, c);
        cue = c.surface;
      }
    }
    // (c) the sentence before ends with ":" and has a speech verb.
    if (!who && si > 0 && ctx.colonEnd[si - 1]) {
      const c = ctx.speechOf[si - 1].at(-1);
      if (c) {
        who = speakerOf(ctx, c);
        cue = c.surface;
      }
    }
    // (c2) a colon right before the quote: "Güllner: „…“", "X (CDU)
    // begrüßte den Vorstoß: „…“": the person or actor before the colon.
    if (!who) {
      who = this.#labelBefore(si, open);
      if (who) cue = ":";
    }
    // (d) a quote that opens a sentence right after an attributed quote.
    const prevDirect = this.prevDirect;
    if (
      !who && prevDirect && tokenAt(t, open) === 0 &&
      open - prevDirect.end < 400
    ) {
      who = { ...prevDirect.who };
      cue = "continuation";
    }
    const inner = tokenize(text, start, end).filter((x) => x.isWord);
    // Without a speaker, only words that read as speech are a quote.
    if (!who && !cue && !speechLike(text, inner, end)) return;
    // Not a quote: a name in quote marks ("den „Islamischen Staat“"), or
    // a few capitalised words (a term or title: "Millionenmarsch",
    // "Berliner Zeitung", "Financial Times Deutschland").
    const isName = covers(ctx.coverOf(si), start + 1, end - 1);
    if (isName || titleLike(inner)) return;
    this.record(
      {
        sentence: si,
        speaker: who?.speaker ?? "",
        speaker_surface: who?.surface ?? "",
        kind: "direct",
        start,
        end,
        cue,
        text: text.slice(start, end),
      },
      who?.person ?? false,
      who?.kind ?? "unresolved",
    );
    this.rowSentence.add(si);
    for (let x = si; x <= closeSentence; x++) this.rowSentence.add(x);
    this.prevDirect = who
      ? {
        who: {
          speaker: who.speaker,
          surface: who.surface,
          person: who.person,
          kind: who.kind,
        },
        end: close,
      }
      : null;
  }

  /**
   * Subjunctive without a cue of its own: reported speech that continues
   * the speaker before, or whose speaker is not named.
   */
  subjunctive(si: number): void {
    const { ctx } = this;
    if (this.rowSentence.has(si) || this.quotedSentence.has(si)) return;
    const sub = ctx.cuesOf[si].find((c) => c.cue.type === "subjunctive");
    if (!sub) return;
    const s = ctx.sentences[si];
    const t = s.tokens;
    const before = this.quotes[this.quotes.length - 1];
    const continues = before && before.speaker &&
      (before.sentence === si - 1 || this.rowSentence.has(si - 1)) &&
      (ctx.sentences[si - 1]?.paragraph === s.paragraph ||
        this.quotedSentence.has(si - 1));
    const from = t.findIndex((x) => x.isWord);
    let to = t.length - 1;
    while (to > from && !t[to].isWord) to--;
    this.record(
      {
        sentence: si,
        speaker: continues ? before.speaker : "",
        speaker_surface: continues ? before.speaker_surface : "",
        kind: "reported",
        start: t[from].start,
        end: t[to].end,
        cue: sub.surface,
        text: ctx.text.slice(t[from].start, t[to].end),
      },
      false,
      continues ? before.speaker_kind : "unresolved",
    );
    this.rowSentence.add(si);
  }
}
