/**
 * Closed word classes the quote finder looks at around cues and speakers.
 *
 * @module
 */

export const PREPOSITIONS: ReadonlySet<string> = new Set(
  "in im mit von vom für gegen aus auf an am bei nach zu zum zur über unter durch um vor seit ohne zwischen gegenüber wegen trotz während hinter neben ins ans aufs beim"
    .split(" "),
);
export const ARTICLES: ReadonlySet<string> = new Set(
  "der die das den dem des ein eine einen einem einer eines".split(" "),
);
export const SKIP_AFTER_VERB: ReadonlySet<string> = new Set(
  "der die das den dem des ein eine auch zudem weiter weiterhin nun erneut jedoch aber dann am im gestern heute bereits noch ebenfalls gern oft und zuletzt außerdem später deshalb daher dazu etwa allerdings ebenso sogar schließlich indes dagegen hingegen vielmehr damals jetzt inzwischen stets immer wieder mehrfach"
    .split(" "),
);
export const PRONOUNS: ReadonlySet<string> = new Set(["er", "sie"]);
export const SUBORDINATORS: ReadonlySet<string> = new Set(
  "wie dass da weil als nachdem ob wenn während obwohl damit sodass".split(" "),
);
export const RELATIVES: ReadonlySet<string> = new Set([
  "der",
  "die",
  "das",
  "welcher",
  "welche",
]);
export const AUX: ReadonlySet<string> = new Set(
  "hat habe haben hatte hatten hätte hätten wurde wurden worden werden sei seien ist war"
    .split(" "),
);
export const CLAUSE_STOP: ReadonlySet<string> = new Set([
  ".",
  "!",
  "?",
  ";",
  ":",
]);
export const OPENERS: ReadonlySet<string> = new Set([
  "„",
  "“",
  '"',
  "»",
  "«",
  "”",
]);

/**
 * Longest stretch of tokens the speaker, particle and antecedent searches
 * walk over: a longer run without punctuation is no German clause, and the
 * bound keeps the finder linear on text without any.
 */
export const MAX_CLAUSE = 60;
/** Longest parenthesis after a quote that can name its source. */
export const MAX_SOURCE_PAREN = 120;
