import { deepStrictEqual as assertEquals } from "node:assert/strict";

const ROOT = new URL("../../", import.meta.url).pathname;
const decoder = new TextDecoder();

/** Run a command in the repository; fail the test with its output. */
async function run(
  cmd: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<void> {
  const out = await new Deno.Command(cmd, {
    args,
    cwd: ROOT,
    env: { JUPYTER_PATH: `${ROOT}.jupyter`, ...env },
    stdout: "piped",
    stderr: "piped",
  }).output();
  assertEquals(
    out.code,
    0,
    `${cmd} ${args.join(" ")}:\n${decoder.decode(out.stderr)}`,
  );
}

/**
 * Execute a notebook with the kernel it names, reading the tables in
 * `outputs` and writing its chart files to a folder of its own; the
 * executed notebook.
 */
async function execute(notebook: string, outputs: string): Promise<string> {
  const dir = Deno.makeTempDirSync();
  await run(
    "/usr/bin/python3",
    ["scripts/execute_notebook.py", notebook, `${dir}/executed.ipynb`],
    { FRAMING_OUTPUTS: outputs, FRAMING_CHARTS: `${dir}/charts` },
  );
  const text = Deno.readTextFileSync(`${dir}/executed.ipynb`);
  Deno.removeSync(dir, { recursive: true });
  return text;
}

let prepared: Promise<string> | undefined;

/** Build the Node copy and analyse the corpus once; the outputs folder. */
function prepare(): Promise<string> {
  prepared ??= (async () => {
    await run("bash", ["scripts/build_node.sh"]);
    const outputs = Deno.makeTempDirSync();
    globalThis.addEventListener(
      "unload",
      () => Deno.removeSync(outputs, { recursive: true }),
    );
    await run(Deno.execPath(), [
      "run",
      "-A",
      "lib/cli/analyze.ts",
      "corpus",
      outputs,
      "--quiet",
    ]);
    return outputs;
  })();
  return prepared;
}

/** Both kernels' charts for notebook `name`, normalised. */
async function bothKernels(name: string): Promise<[string[], string[]]> {
  const outputs = await prepare();
  const [deno, tslab] = await Promise.all([
    execute(`notebooks/${name}.ipynb`, outputs),
    execute(`build/node/notebooks/${name}.ipynb`, outputs),
  ]);
  return [svgs(deno).map(normalizeSvg), svgs(tslab).map(normalizeSvg)];
}

/** The SVG charts among a notebook's outputs, in order. */
function svgs(executed: string): string[] {
  const nb = JSON.parse(executed);
  const found: string[] = [];
  for (const cell of nb.cells) {
    for (const o of cell.outputs ?? []) {
      const html = [o.data?.["text/html"] ?? []].flat().join("");
      const m = html.match(/<svg[\s\S]*<\/svg>/);
      if (m) found.push(m[0]);
    }
  }
  return found;
}

/**
 * An SVG with what may legitimately differ between runtimes taken out:
 * Plot's generated class names are renumbered, numbers rounded to 0.01,
 * whitespace between tags dropped.
 */
export function normalizeSvg(svg: string): string {
  const classes = new Map<string, string>();
  return svg
    .replace(/plot-[0-9a-f]{6}/g, (c) => {
      if (!classes.has(c)) classes.set(c, `plot-${classes.size}`);
      return classes.get(c)!;
    })
    .replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 100) / 100))
    .replace(/>\s+</g, "><")
    .trim();
}

Deno.test({
  name:
    "notebook 08-kernels draws the same charts under the Deno and the tslab kernel",
  // Kernels keep sockets and child processes of their own.
  sanitizeOps: false,
  sanitizeResources: false,
  async fn() {
    const [deno, tslab] = await bothKernels("08-kernels");
    // Words per article, then frames per article.
    assertEquals(deno.length, 2);
    assertEquals(deno[0].includes(">Words per article</text>"), true);
    assertEquals(tslab, deno);
  },
});

Deno.test({
  name:
    "notebook 01-corpus-overview draws the same charts under the Deno and the tslab kernel",
  sanitizeOps: false,
  sanitizeResources: false,
  async fn() {
    const [deno, tslab] = await bothKernels("01-corpus-overview");
    assertEquals(deno.length >= 2, true);
    assertEquals(tslab, deno);
  },
});
