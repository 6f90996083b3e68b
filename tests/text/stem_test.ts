import assert from "node:assert/strict";
import { stem } from "../../lib/text/stem.ts";

Deno.test("`stem()` gives the published CISTEM results (case-insensitive)", () => {
  // Examples from the CISTEM reference implementation's documentation.
  assert.equal(stem("speicherbehältern"), "speicherbehal");
  assert.equal(stem("grenzpostens"), "grenzpo");
  assert.equal(stem("ausgefeiltere"), "ausgefeil");
});

Deno.test("`stem()` strips ge- only when four letters follow", () => {
  assert.equal(stem("gehalt"), "hal");
  assert.equal(stem("gebet"), "geb"); // not "b": only 3 letters follow ge-
  assert.equal(stem("getötet"), stem("tötet"));
});

Deno.test("`stem()` keeps digraphs and doubled letters", () => {
  assert.equal(stem("freie"), "frei");
  assert.equal(stem("kriegen"), "krieg");
  assert.equal(stem("menschen"), "mensch");
  assert.equal(stem("sollt"), "soll");
  assert.equal(stem("truppen"), "trupp");
});

Deno.test("`stem()` leaves short words and the empty string alone", () => {
  assert.equal(stem(""), "");
  assert.equal(stem("us"), "us");
  assert.equal(stem("irak"), "irak");
});
