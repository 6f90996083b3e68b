#!/usr/bin/env node
// Make the tslab (Node.js) copies of Deno notebooks, so that the two cannot
// drift: `notebooks/NN-name.ipynb` -> `build/node/notebooks/NN-name.ipynb`,
// beside the Node build of the library that scripts/build_node.sh makes
// (which runs this). The copies are build outputs, never edited or committed.
//
//   node scripts/tslab_notebook.mjs [notebooks/NN-name.ipynb ...]
//
// With no notebook given, every notebook in TSLAB_NOTEBOOKS is made.
//
// The build mirrors the repository (build/node/lib, build/node/notebooks,
// build/node/corpus), so a cell's relative paths stay as they are. What
// changes, cell by cell (parsed with TypeScript, not regular expressions):
// - imports: `../lib/mod.ts` -> `../lib/mod.js`, `./_display.ts` ->
//   `./_display.js`, `npm:arquero@8.0.3` -> `arquero` (tslab resolves
//   packages from build/node/node_modules, pinned like deno.json);
// - a cell's final expression, which Deno's kernel shows when it has a
//   `Symbol.for("Jupyter.display")` method, is passed to `show()` from
//   notebooks/_display.ts, which shows it through tslab's display API;
// - the kernelspec is tslab's; outputs are left out.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(join(ROOT, "tools/node/package.json"));
const ts = require("typescript");

/** The Deno notebooks that get a tslab copy (and are executed in CI). */
export const TSLAB_NOTEBOOKS = [
  "notebooks/01-corpus-overview.ipynb",
  "notebooks/08-kernels.ipynb",
];

// BUILD_DIR: where scripts/build_node.sh assembles the build before swapping it in.
const BUILD = process.env.BUILD_DIR
  ? resolve(process.env.BUILD_DIR)
  : join(ROOT, "build", "node");
const DISPLAY = join(ROOT, "notebooks", "_display.ts");
const KERNELSPEC = {
  name: "tslab",
  display_name: "TypeScript (tslab, framing)",
  language: "typescript",
};

/**
 * The tslab form of an import specifier. The build mirrors the repository
 * (`build/node/lib`, `build/node/notebooks`), so relative paths stay and only
 * `.ts` becomes `.js`; `npm:name@1.2.3/sub` becomes `name/sub`, resolved from
 * `build/node/node_modules`.
 */
function rewriteSpecifier(spec) {
  if (spec.startsWith("./") || spec.startsWith("../")) {
    return spec.replace(/\.tsx?$/, ".js");
  }
  if (spec.startsWith("npm:")) {
    return spec.slice(4).replace(/^((?:@[^/]+\/)?[^/@]+)@[^/]+/, "$1");
  }
  return spec;
}

/** Source edits `{ start, end, text }` for one code cell. */
function cellEdits(source, showName) {
  const file = ts.createSourceFile(
    "cell.ts",
    source,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TS,
  );
  const edits = [];
  const specifier = (lit) => {
    const to = rewriteSpecifier(lit.text);
    if (to !== lit.text) {
      edits.push({
        start: lit.getStart(file) + 1,
        end: lit.getEnd() - 1,
        text: to,
      });
    }
  };
  const visit = (node) => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)
    ) specifier(node.moduleSpecifier);
    if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments.length === 1 && ts.isStringLiteral(node.arguments[0])
    ) specifier(node.arguments[0]);
    ts.forEachChild(node, visit);
  };
  visit(file);
  const last = file.statements[file.statements.length - 1];
  if (last && ts.isExpressionStatement(last)) {
    const e = last.expression;
    const isShow = ts.isCallExpression(e) && ts.isIdentifier(e.expression) &&
      e.expression.text === showName;
    if (!isShow) {
      edits.push({
        start: e.getStart(file),
        end: e.getStart(file),
        text: `${showName}(`,
      });
      edits.push({ start: e.getEnd(), end: e.getEnd(), text: ")" });
    }
  }
  return edits;
}

/** The name the notebook imports `show` from `./_display.ts` under, if any. */
function importedShow(cells, dir) {
  for (const cell of cells) {
    if (cell.cell_type !== "code") continue;
    const file = ts.createSourceFile(
      "c.ts",
      src(cell),
      ts.ScriptTarget.Latest,
      true,
    );
    for (const st of file.statements) {
      if (
        ts.isImportDeclaration(st) &&
        resolve(dir, st.moduleSpecifier.text) === DISPLAY &&
        st.importClause?.namedBindings &&
        ts.isNamedImports(st.importClause.namedBindings)
      ) {
        for (const el of st.importClause.namedBindings.elements) {
          if ((el.propertyName ?? el.name).text === "show") return el.name.text;
        }
      }
    }
  }
  return null;
}

const src = (cell) =>
  Array.isArray(cell.source) ? cell.source.join("") : cell.source;

/** Split text into notebook source lines, keeping the newlines. */
function lines(text) {
  return text.split(/(?<=\n)/).filter((l) => l !== "");
}

/** The tslab notebook (as JSON text) for the Deno notebook at `path`. */
export function tslabNotebook(path) {
  const abs = resolve(path);
  const dir = dirname(abs);
  const nb = JSON.parse(readFileSync(abs, "utf8"));
  const imported = importedShow(nb.cells, dir);
  const showName = imported ?? "show";
  let needsImport = imported === null;
  const cells = [{
    cell_type: "markdown",
    id: "tslab-generated",
    metadata: {},
    source: lines(
      `> **tslab copy** of [\`${basename(abs)}\`](${basename(abs)}) for the ` +
        "Node.js kernel, made by `scripts/tslab_notebook.mjs`: edit the Deno " +
        "notebook; `scripts/build_node.sh` makes this copy again, beside the " +
        "Node build of the library it imports.\n",
    ),
  }];
  for (const cell of nb.cells) {
    const out = {
      cell_type: cell.cell_type,
      id: cell.id,
      metadata: cell.metadata ?? {},
    };
    let text = src(cell);
    if (cell.cell_type === "code") {
      const edits = cellEdits(text, showName)
        .sort((a, b) => b.start - a.start || b.end - a.end);
      for (const e of edits) {
        text = text.slice(0, e.start) + e.text + text.slice(e.end);
      }
      if (needsImport && text.trim() !== "") {
        text = `import { show } from "./_display.js";\n${text}`;
        needsImport = false;
      }
      out.execution_count = null;
      out.outputs = [];
    }
    if (out.id === undefined) delete out.id;
    out.source = lines(text);
    cells.push(out);
  }
  const metadata = {
    ...nb.metadata,
    kernelspec: KERNELSPEC,
    language_info: { name: "typescript" },
  };
  const result = {
    cells,
    metadata,
    nbformat: 4,
    nbformat_minor: nb.nbformat_minor ?? 5,
  };
  return JSON.stringify(result, null, 1) + "\n";
}

function main(argv) {
  const paths = argv.length ? argv : TSLAB_NOTEBOOKS.map((p) => join(ROOT, p));
  const outDir = join(BUILD, "notebooks");
  mkdirSync(outDir, { recursive: true });
  for (const path of paths) {
    const target = join(outDir, basename(path));
    writeFileSync(target, tslabNotebook(path));
    console.error(`wrote ${relative(ROOT, target)}`);
  }
  return 0;
}

if (
  process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)
) {
  process.exit(main(process.argv.slice(2)));
}
