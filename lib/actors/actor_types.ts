/**
 * The kinds of actor the gazetteer and the role file name (README, Actors).
 *
 * @module
 */

/** What kind of actor an entry is. */
export type ActorType =
  | "state"
  | "government"
  | "military"
  | "armed_group"
  | "international_org"
  | "person"
  | "population"
  | "other";

/** The actor types, in the order the README lists them. */
export const ACTOR_TYPES: readonly ActorType[] = [
  "state",
  "government",
  "military",
  "armed_group",
  "international_org",
  "person",
  "population",
  "other",
];
