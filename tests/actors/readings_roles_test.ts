// Regression tests for readings, roles that refer back and gazetteer
// coverage. The sentences are written here: they pin behaviour, they are
// not accuracy (lib/data/accuracy/ has that, from real news).
import assert from "node:assert/strict";
import { findActors, findNames, loadGazetteer } from "../../lib/mod.ts";
import { parseRoles } from "../../lib/actors/_roles.ts";
import { mostRecentActor } from "../../lib/actors/refer_back.ts";

const read = (text: string) =>
  findActors(text).map((m) => `${m.surface}=${m.actor_id}/${m.reading}`);

Deno.test("`findActors()` reads a state after a locative preposition as a place, as subject or object as an actor", () => {
  assert.deepEqual(read("Der Krieg in Syrien geht weiter."), [
    "Syrien=syria/place",
  ]);
  assert.deepEqual(read("Flüchtlinge aus dem Irak und Afghanistan warten."), [
    "Flüchtlinge=refugees/actor",
    "Irak=iraq/place",
    "Afghanistan=afghanistan/place",
  ]);
  assert.deepEqual(read("Syrien verurteilte den Angriff der Türkei."), [
    "Syrien=syria/actor",
    "Türkei=turkey/actor",
  ]);
  assert.deepEqual(read("Kritik aus Russland wurde laut."), [
    "Russland=russia/actor",
  ]);
  assert.deepEqual(read("Die kroatische Grenze ist geschlossen."), [
    "kroatische=croatia/place",
  ]);
  assert.deepEqual(read("Der Kurs fiel gegenüber dem US-Dollar."), [
    "US-Dollar=usa/place",
  ]);
});

Deno.test("`findActors()` resolves a bare role to the nearest compatible actor", () => {
  const m = findActors(
    "Der türkische Präsident Erdoğan drohte. Die Regierung kündigte Schritte an. Die Polizei nahm zehn Menschen fest.",
  ).filter((x) => x.kind === "role");
  assert.deepEqual(
    m.map((x) => [x.surface, x.actor_id, x.resolution]),
    [
      ["Regierung", "turkey_government", "antecedent"],
      ["Polizei", "turkey_government", "antecedent"],
    ],
  );
});

Deno.test("`findActors()` falls back to the dateline's state, else leaves a role unresolved", () => {
  const [a] = findActors("Minsk – Die Polizei nahm zehn Menschen fest.")
    .filter((x) => x.kind === "role");
  assert.equal(a.actor_id, "belarus");
  assert.equal(a.resolution, "dateline");
  const [b] = findActors("Die Polizei nahm zehn Menschen fest.")
    .filter((x) => x.kind === "role");
  assert.equal(b.actor_id, "");
  assert.equal(b.resolution, "");
});

Deno.test("`findActors()` takes a person role only when a person precedes it", () => {
  const roles = (t: string) =>
    findActors(t).filter((x) => x.kind === "role").map((x) =>
      `${x.surface}=${x.actor_id}`
    );
  assert.deepEqual(
    roles("Wladimir Putin traf Gäste. Der Präsident lächelte."),
    ["Präsident=vladimir_putin"],
  );
  assert.deepEqual(roles("Der Präsident lächelte."), []);
  assert.deepEqual(roles("Wladimir Putin traf einen Präsidenten."), []);
});

Deno.test("`findActors()` does not take idioms and title words for roles", () => {
  const roles = (t: string) =>
    findActors(t).filter((x) => x.kind === "role").map((x) => x.surface);
  assert.deepEqual(
    roles("Syrien droht. Er muss sich vor Gericht verantworten."),
    [],
  );
  assert.deepEqual(roles("Die syrische Regierung droht."), []);
  assert.deepEqual(roles("Die Türkei ist ein Land mit Problemen."), []);
});

Deno.test("the role file says which actor types a role noun can refer to, and rejects unknown types", () => {
  const r = parseRoles(
    "minister\npräsident person\nregierung government state\n=land state\n",
    "x.txt",
  );
  assert.deepEqual(r.titles, ["minister", "präsident"]);
  assert.deepEqual(r.referring.map((x) => [x.noun, x.exact, x.types]), [
    ["präsident", false, ["person"]],
    ["regierung", false, ["government", "state"]],
    ["land", true, ["state"]],
  ]);
  assert.throws(
    () => parseRoles("regierung country\n", "x.txt"),
    /x\.txt:1: type "country"/,
  );
});

Deno.test("`mostRecentActor()` follows affiliations and never guesses", () => {
  const g = loadGazetteer();
  const refs = {
    antecedents: [{
      start: 0,
      end: 5,
      actor: g.byId.get("donald_trump")!,
      type: "person" as const,
      text: "Trump",
    }],
    dateline: null,
    conflict: [],
    byId: g.byId,
  };
  assert.equal(
    mostRecentActor(refs, 10, ["government", "state"])?.actor?.id,
    "us_government",
  );
  assert.equal(mostRecentActor(refs, 10, ["armed_group"]), null);
  assert.equal(mostRecentActor(refs, 0, ["government"]), null);
});

Deno.test("the gazetteer covers parties, NGOs, the West and generic groups", () => {
  const ids = (t: string) =>
    findActors(t, { roles: false }).map((m) => m.actor_id);
  assert.deepEqual(
    ids("Die AKP und die Republikaner stritten mit Ärzte ohne Grenzen."),
    ["akp", "us_republicans", "msf"],
  );
  assert.deepEqual(ids("Der Westen warnte vor ausländischen Kämpfern."), [
    "the_west",
    "foreign_fighters",
  ]);
  assert.deepEqual(ids("Die OPCW und die IAEA prüfen."), ["opcw", "iaea"]);
  assert.deepEqual(ids("Sie sprach auf Deutsch."), []);
});

Deno.test("`findNames()` takes a surname before a party in brackets for a person", () => {
  const n = findNames("Laut Schulz (SPD) steigt die Zahl.");
  assert.deepEqual(n.map((x) => `${x.text}/${x.kind}`), ["Schulz/person"]);
});

Deno.test("`findNames()` takes unknown organisations for organisation candidates", () => {
  const kinds = (t: string) =>
    findNames(t).filter((n) => n.kind === "organisation").map((n) => n.text);
  assert.deepEqual(
    kinds("Das Institut für Nationales Gedenken legte Akten vor."),
    ["Institut für Nationales Gedenken"],
  );
  assert.deepEqual(kinds("Die Nationale Front kündigte Proteste an."), [
    "Nationale Front",
  ]);
  assert.deepEqual(kinds("Die Partei kündigte Proteste an."), []);
  assert.deepEqual(kinds("Wer Partei ergreift, verliert."), []);
});

Deno.test("`findActors()` reads a capital as its government after 'dass' and in 'Beziehungen zu', a state as target of an invasion", () => {
  const ids = (t: string) =>
    findActors(t, { roles: false }).map((m) => `${m.actor_id}/${m.reading}`);
  assert.deepEqual(ids("Er sagte, dass Moskau unter Druck stehe."), [
    "russia_government/actor",
  ]);
  assert.deepEqual(ids("Die Beziehungen zu Moskau sind abgebrochen."), [
    "russia_government/actor",
  ]);
  assert.deepEqual(ids("Der Einmarsch in die Ukraine begann im Februar."), [
    "ukraine/actor",
  ]);
  assert.deepEqual(ids("Die Flüchtlinge wollen nach Deutschland."), [
    "refugees/actor",
    "germany/place",
  ]);
});
