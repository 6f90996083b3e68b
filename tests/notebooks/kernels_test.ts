import { deepStrictEqual as assertEquals } from "node:assert/strict";

const ROOT = new URL("../../", import.meta.url).pathname;
const decoder = new TextDecoder();

/** Run a command in the repository; fail the test with its output. */
async function run(cmd: string, args: string[]): Promise<void> {
  const out = await new Deno.Command(cmd, {
    args,
    cwd: ROOT,
    env: { JUPYTER_PATH: `${ROOT}.jupyter` },
    stdout: "piped",
    stderr: "piped",
  }).output();
  assertEquals(
    out.code,
    0,
    `${cmd} ${args.join(" ")}:\n${decoder.decode(out.stderr)}`,
  );
}

/** Execute a notebook with the kernel it names; the executed notebook. */
async function execute(notebook: string): Promise<string> {
  const out = `${Deno.makeTempDirSync()}/executed.ipynb`;
  await run("/usr/bin/python3", [
    "scripts/execute_notebook.py",
    notebook,
    out,
  ]);
  return Deno.readTextFileSync(out);
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
    "notebook 00-kernels draws the same charts under the Deno and the tslab kernel",
  // Kernels keep sockets and child processes of their own.
  sanitizeOps: false,
  sanitizeResources: false,
  async fn() {
    await run("bash", ["scripts/build_node.sh"]);
    const [deno, tslab] = await Promise.all([
      execute("notebooks/00-kernels.ipynb"),
      execute("build/node/notebooks/00-kernels.ipynb"),
    ]);
    const a = svgs(deno).map(normalizeSvg);
    const b = svgs(tslab).map(normalizeSvg);
    // Words per article, then frames per article.
    assertEquals(a.length, 2);
    assertEquals(a[0].includes(">Words per article</text>"), true);
    assertEquals(b, a);
  },
});
