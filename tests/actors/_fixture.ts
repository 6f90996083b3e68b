/** Read a TSV fixture from tests/fixtures/actors/: rows after the header. */
import { fixturePath, readTsvFixture } from "../../lib/validation/fixtures.ts";

export function fixture(name: string): string[][] {
  return readTsvFixture(fixturePath(`actors/${name}`));
}
