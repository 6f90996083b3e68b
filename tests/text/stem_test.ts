import assert from "node:assert/strict";
import { stem } from "../../lib/text/stem.ts";

Deno.test("`stem()` gives the published CISTEM results (case-insensitive)", () => {
  // Examples from the CISTEM reference implementation's documentation.
  assert.equal(stem("speicherbehältern"), "speicherbehal");
  assert.equal(stem("grenzpostens"), "grenzpo");
  assert.equal(stem("ausgefeiltere"), "ausgefeil");
});

Deno.test("`stem()` strips ge- only from words of seven letters or more", () => {
  assert.equal(stem("gewinn"), "gewinn");
  assert.equal(stem("gefahr"), "gefahr");
  assert.equal(stem("getötet"), stem("tötet"));
});

Deno.test("`stem()` maps inflected forms of news words to one stem", () => {
  assert.equal(stem("irakern"), "irak");
  assert.equal(stem("iraks"), "irak");
  assert.equal(stem("kriegen"), "krieg");
  assert.equal(stem("menschen"), "mensch");
  assert.equal(stem("truppen"), "trupp");
  assert.equal(stem("soleimanis"), "soleimani");
});

Deno.test("`stem()` leaves short words and the empty string alone", () => {
  assert.equal(stem(""), "");
  assert.equal(stem("us"), "us");
  assert.equal(stem("irak"), "irak");
});
