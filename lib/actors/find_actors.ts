/**
 * Find the actors of the gazetteer in German text, with the roles that
 * refer back to them (`refer_back.ts`). Matching itself is in
 * `match_actors.ts`.
 *
 * @module
 */
import { tokenize } from "../text/tokens.ts";
import { defaultActors, type Gazetteer } from "./gazetteer.ts";
import { type ActorMention, matchActors } from "./match_actors.ts";
import { addRoleMentions } from "./refer_back.ts";
import { coveredTokens, type FoundName, matchNames } from "./find_names.ts";
import { defaultNameLexicon, type NameLexicon } from "./name_lexicon.ts";

export {
  type ActorMatch,
  type ActorMention,
  actorNamed,
  matchActors,
  type MentionKind,
  type Reading,
} from "./match_actors.ts";

/** Options for {@linkcode findActors}. */
export interface FindActorsOptions {
  /** The gazetteer to use. @default the one in `lib/data/actors.tsv` */
  gazetteer?: Gazetteer;
  /** Resolve roles that refer back ("die Regierung"). @default true */
  roles?: boolean;
  /** Ids of the actors of the text's conflict, the last fallback of roles. */
  conflict?: string[];
  /** First names and known words, for persons roles refer to. */
  lexicon?: NameLexicon;
}

/**
 * Find every mention of a gazetteer actor in `text`.
 *
 * Names match in any inflected form (on token norms: "Islamischen Staates",
 * "Soleimanis"), abbreviations only as written ("IS", never "is"), actors
 * inside hyphenated compounds ("US-Truppen") as `compound_part`, a role
 * before a person's name joins the mention (`title_name`), and a capital
 * city counts as its government only where it acts ("Bagdad forderte", not
 * "in Bagdad"). Where candidates overlap, the longest wins.
 *
 * @example Compounds, inflection and a capital that acts
 * ```ts
 * import assert from "node:assert/strict";
 * import { findActors } from "../mod.ts";
 * const m = findActors("Washington droht den IS-Kämpfern des Islamischen Staates.");
 * assert.deepEqual(m.map((x) => x.actor_id), [
 *   "us_government",
 *   "islamic_state",
 *   "islamic_state",
 * ]);
 * assert.equal(m[1].kind, "compound_part");
 * assert.equal(m[1].surface, "IS-Kämpfern");
 * assert.equal(findActors("Explosionen erschütterten Bagdad.").length, 0);
 * ```
 *
 * @example Title and name are one mention
 * ```ts
 * import assert from "node:assert/strict";
 * import { findActors } from "../mod.ts";
 * const [m] = findActors("US-Verteidigungsminister Donald Rumsfeld warnt.");
 * assert.equal(m.actor_id, "donald_rumsfeld");
 * assert.equal(m.kind, "title_name");
 * ```
 */
export function findActors(
  text: string,
  options: FindActorsOptions = {},
): ActorMention[] {
  const gazetteer = options.gazetteer ?? defaultActors();
  const tokens = tokenize(text);
  let mentions = matchActors(text, tokens, gazetteer);
  if (options.roles !== false) {
    const s = { tokens, mentions, names: [] as FoundName[] };
    // Persons findNames finds are antecedents of person roles.
    const covered = coveredTokens(tokens, mentions);
    s.names = matchNames(
      text,
      [{ tokens, covered }],
      options.lexicon ?? defaultNameLexicon(),
      gazetteer,
    ).map((f) => f.name);
    addRoleMentions(text, [s], gazetteer, options.conflict);
    mentions = s.mentions;
  }
  return mentions.map((m) => {
    const out: ActorMention = {
      actor_id: m.actor_id,
      start: m.start,
      end: m.end,
      surface: m.surface,
      kind: m.kind,
      reading: m.reading,
    };
    if (m.kind === "role") {
      out.resolution = m.resolution;
      out.antecedent = m.antecedent;
    }
    return out;
  });
}
