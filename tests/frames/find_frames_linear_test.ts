import { findFrames } from "../../lib/frames/find_frames.ts";
import { ADVERSARIAL, assertLinear } from "../_linear.ts";

// Targets: the cue index of lib/text/cue_index.ts (compound heads and
// modifiers, phrases) and matchFrames in lib/frames/find_frames.ts.
const inputs = {
  ...ADVERSARIAL,
  "50,000 cue words": {
    make: (n: number) => "Luftangriffe Flüchtlinge Waffenruhe ".repeat(n / 3),
    n: 50_000,
  },
  "one compound of 100,000 letters made of cues": {
    make: (n: number) => "Angriff".repeat(n / 7),
    n: 100_000,
  },
};
for (const [name, { make, n }] of Object.entries(inputs)) {
  Deno.test(`\`findFrames()\` runs in linear time on ${name} (cue index)`, () => {
    assertLinear(`findFrames / ${name}`, make, (s) => findFrames(s), n);
  });
}
