/**
 * Show rich output from a notebook cell in either kernel: Deno's
 * (`Deno.jupyter`) or tslab's (Node.js, `tslab.display`). It lives here, at
 * the notebook edge, because the library never touches a kernel.
 *
 * The Deno notebooks import it as `./_display.ts`; the tslab copies of them
 * (made by `scripts/tslab_notebook.mjs`) import the Node build of it,
 * `../build/node/notebooks/_display.js`.
 *
 * @module
 */
import { createRequire } from "node:module";

/** The key under which Deno's kernel looks for a MIME bundle. */
const JUPYTER_DISPLAY = Symbol.for("Jupyter.display");

/** A MIME bundle: MIME type → content, e.g. `{ "text/html": "<b>x</b>" }`. */
export type MimeBundle = Record<string, string>;

interface TslabDisplay {
  raw(contentType: string, content: string): void;
}

/**
 * The MIME bundle for a value, or `null` when it has no rich form: an object
 * with a `Symbol.for("Jupyter.display")` method (its bundle), an element such
 * as a rendered Plot chart (its `outerHTML`), an object with `toHTML()` such
 * as an Arquero table, or a string of HTML.
 */
export function mimeBundle(value: unknown): MimeBundle | null {
  if (typeof value === "string") return { "text/html": value };
  if (value === null || typeof value !== "object") return null;
  const v = value as Record<PropertyKey, unknown>;
  if (typeof v[JUPYTER_DISPLAY] === "function") {
    return (v[JUPYTER_DISPLAY] as () => MimeBundle)();
  }
  if (typeof v.outerHTML === "string") return { "text/html": v.outerHTML };
  if (typeof v.toHTML === "function") {
    return { "text/html": (v.toHTML as () => string)() };
  }
  return null;
}

interface DenoJupyter {
  display(bundle: MimeBundle, options: { raw: boolean }): unknown;
}

/** `Deno.jupyter`, or `null` outside Deno's kernel (where reading it throws). */
function denoJupyter(): DenoJupyter | null {
  // deno-lint-ignore no-explicit-any
  const deno = (globalThis as any).Deno;
  if (!deno) return null;
  try {
    return deno.jupyter ?? null;
  } catch {
    return null;
  }
}

function tslabDisplay(): TslabDisplay | null {
  if ("Deno" in globalThis) return null;
  try {
    // Inside the tslab kernel this is the kernel's own module instance.
    const require = createRequire(import.meta.url);
    return require("tslab").display as TslabDisplay;
  } catch {
    return null;
  }
}

/**
 * Show `value` as the cell's output and return `undefined`; a value with no
 * rich form (see {@linkcode mimeBundle}) is returned unchanged, so that as a
 * cell's last expression the kernel prints it as usual.
 *
 * Outside a kernel (in a test) the bundle is returned instead of shown.
 */
export function show(value: unknown): unknown {
  const bundle = mimeBundle(value);
  if (bundle === null) return value;
  const jupyter = denoJupyter();
  if (jupyter) {
    jupyter.display(bundle, { raw: true });
    return undefined;
  }
  const tslab = tslabDisplay();
  if (tslab) {
    // One message per MIME type is what tslab's display API sends.
    for (const [type, content] of Object.entries(bundle)) {
      tslab.raw(type, content);
    }
    return undefined;
  }
  return bundle;
}
