/**
 * The end of every command-line entry point: run `main`, exit with its code,
 * and turn an error into one line a researcher can act on.
 *
 * @module
 */

/** Run `main(Deno.args)` and exit; FRAMING_DEBUG=1 shows stack traces. */
export async function runMain(
  main: (args: string[]) => Promise<number>,
): Promise<never> {
  try {
    Deno.exit(await main(Deno.args));
  } catch (e) {
    // Researchers read these: the message says what failed and what to do;
    // a stack trace would only bury it.
    if (Deno.env.get("FRAMING_DEBUG")) console.error(e);
    else console.error(`error: ${e instanceof Error ? e.message : String(e)}`);
    Deno.exit(1);
  }
}
