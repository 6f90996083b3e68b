// Sentence boundaries around straight quotes set off by spaces, as in
// tokenised text and some feeds (sentences written for this project).
import assert from "node:assert/strict";
import { splitSentences } from "../../lib/mod.ts";

const texts = (t: string) => splitSentences(t).map((s) => s.text);

Deno.test("`splitSentences()` keeps a spaced closing quote with its sentence", () => {
  assert.deepEqual(
    texts('Er sagte: " Wir brauchen mehr Zeit. " Dann ging er.'),
    ['Er sagte: " Wir brauchen mehr Zeit. "', "Dann ging er."],
  );
  assert.deepEqual(texts('Sie rief: " Wir kommen wieder! "'), [
    'Sie rief: " Wir kommen wieder! "',
  ]);
});

Deno.test("`splitSentences()` leaves a spaced opening quote to the next sentence", () => {
  assert.deepEqual(
    texts('Dann ging er. " Wir kommen ", sagte sie.'),
    ["Dann ging er.", '" Wir kommen ", sagte sie.'],
  );
  // A quote running over two sentences stays split at its inner stop.
  assert.deepEqual(texts('Sie rief: "Halt. Stopp." Danach war es still.'), [
    'Sie rief: "Halt.',
    'Stopp."',
    "Danach war es still.",
  ]);
});

Deno.test("`splitSentences()` still handles ordinals and dates next to quotes", () => {
  assert.deepEqual(
    texts(
      'Am 3. Oktober sagte er: " Wir feiern den 35. Jahrestag. " Danach sprach sie.',
    ),
    [
      'Am 3. Oktober sagte er: " Wir feiern den 35. Jahrestag. "',
      "Danach sprach sie.",
    ],
  );
});
