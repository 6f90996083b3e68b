/**
 * Fails when the modules under `lib/` (or the folders given) import one
 * another in a cycle, type-only imports included: a cycle means two layers
 * depend on each other, so neither can be read, tested or moved alone.
 *
 * Reads the module graph from `deno info --json` (code and type
 * dependencies) over one temporary root that imports every module, and
 * prints each cycle as a path of files. Run by `deno task ok`
 * (`deno task cycles`).
 *
 * @module
 */
import { relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));

interface InfoDependency {
  code?: { specifier?: string };
  type?: { specifier?: string };
}
interface InfoModule {
  specifier: string;
  dependencies?: InfoDependency[];
}

/** Every `.ts` file under `dir`, sorted. */
function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of Deno.readDirSync(dir)) {
    const p = `${dir}/${e.name}`;
    if (e.isDirectory) out.push(...tsFiles(p));
    else if (e.isFile && e.name.endsWith(".ts")) out.push(p);
  }
  return out.sort();
}

/** The local import graph (file URL → file URLs) of `files`. */
async function importGraph(files: string[]): Promise<Map<string, string[]>> {
  const tmp = await Deno.makeTempDir({ prefix: "check_cycles_" });
  try {
    const root = `${tmp}/root.ts`;
    await Deno.writeTextFile(
      root,
      files.map((f) => `import type {} from "${pathToFileURL(f).href}";\n`)
        .join(""),
    );
    const out = await new Deno.Command(Deno.execPath(), {
      args: ["info", "--json", root],
      cwd: ROOT,
      stdout: "piped",
      stderr: "piped",
    }).output();
    if (!out.success) {
      throw new Error(
        `deno info failed: ${new TextDecoder().decode(out.stderr)}`,
      );
    }
    const info = JSON.parse(new TextDecoder().decode(out.stdout)) as {
      modules: InfoModule[];
    };
    const local = (s: string | undefined) =>
      s !== undefined && s.startsWith("file://") && !s.startsWith(
          pathToFileURL(tmp).href,
        )
        ? s
        : undefined;
    const graph = new Map<string, string[]>();
    for (const m of info.modules) {
      if (!local(m.specifier)) continue;
      const deps = new Set<string>();
      for (const d of m.dependencies ?? []) {
        for (const s of [d.code?.specifier, d.type?.specifier]) {
          const l = local(s);
          if (l) deps.add(l);
        }
      }
      graph.set(m.specifier, [...deps].sort());
    }
    return graph;
  } finally {
    await Deno.remove(tmp, { recursive: true });
  }
}

/** Strongly connected components with more than one module, or a self-import (Tarjan). */
export function cycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    // Iterative DFS: a deep graph must not overflow the call stack.
    const work: [string, number][] = [[v, 0]];
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    while (work.length) {
      const top = work[work.length - 1];
      const [node, i] = top;
      const deps = graph.get(node) ?? [];
      if (i < deps.length) {
        top[1]++;
        const w = deps[i];
        if (!idx.has(w)) {
          idx.set(w, index);
          low.set(w, index++);
          stack.push(w);
          onStack.add(w);
          work.push([w, 0]);
        } else if (onStack.has(w)) {
          low.set(node, Math.min(low.get(node)!, idx.get(w)!));
        }
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1][0];
        low.set(parent, Math.min(low.get(parent)!, low.get(node)!));
      }
      if (low.get(node) === idx.get(node)) {
        const scc: string[] = [];
        let w: string;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          scc.push(w);
        } while (w !== node);
        if (scc.length > 1 || deps.includes(node)) found.push(scc.sort());
      }
    }
  };
  for (const v of [...graph.keys()].sort()) if (!idx.has(v)) visit(v);
  return found;
}

/** One import path around the cycle `scc`, starting at its first module. */
function cyclePath(graph: Map<string, string[]>, scc: string[]): string[] {
  const inScc = new Set(scc);
  const start = scc[0];
  const prev = new Map<string, string>();
  const queue = [start];
  const seen = new Set([start]);
  while (queue.length) {
    const v = queue.shift()!;
    for (const w of graph.get(v) ?? []) {
      if (!inScc.has(w)) continue;
      if (w === start) {
        const path = [start];
        for (let x = v; x !== start; x = prev.get(x)!) path.splice(1, 0, x);
        return [...path, start];
      }
      if (!seen.has(w)) {
        seen.add(w);
        prev.set(w, v);
        queue.push(w);
      }
    }
  }
  return scc;
}

if (import.meta.main) {
  const dirs = Deno.args.length ? Deno.args : ["lib"];
  const files = dirs.flatMap((d) => tsFiles(resolve(ROOT, d)));
  const graph = await importGraph(files);
  const found = cycles(graph);
  const name = (s: string) => relative(ROOT, fileURLToPath(s));
  if (found.length === 0) {
    console.log(
      `check_cycles: no import cycle among ${graph.size} modules (${
        dirs.join(", ")
      }; type-only imports included)`,
    );
  } else {
    for (const scc of found) {
      console.error(
        `import cycle through ${scc.length} modules: ${
          cyclePath(graph, scc).map(name).join(" → ")
        }\n  all of them: ${scc.map(name).join(", ")}`,
      );
    }
    console.error(
      `check_cycles: ${found.length} import cycle(s); move the shared types or helpers into a module both sides import`,
    );
    Deno.exit(1);
  }
}
