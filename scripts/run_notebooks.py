#!/usr/bin/python3
"""Execute the numbered notebooks with the repository's Deno kernel and export
them as self-contained HTML reports, with an index page.

    /usr/bin/python3 scripts/run_notebooks.py [--outputs DIR] [--corpus DIR]
                                              [--jobs N]

Run by `deno task report` after `deno task analyze`. Uses Debian's
jupyter_client, nbformat and nbconvert (see scripts/setup.sh), never PyPI.

Why not `jupyter nbconvert --execute`: Deno 2.9.6's kernel sometimes reports
"idle" before a cell's output arrives, and nbclient then drops that output.
Here every iopub message is routed to its cell by the id of the request that
caused it, whenever it arrives; after the last cell a sentinel request and a
quiet period collect stragglers. A code cell that should display something
and has no output fails the run (after one retry of that notebook).

Everything is written to a staging folder beside the outputs and swapped in
only when every notebook ran: a failing notebook leaves the previous reports,
charts and index in place, and the command exits non-zero naming the
notebook and the cell.

Outputs are byte-identical across runs: execution counts are renumbered,
timestamps and kernel versions are dropped, cell ids come from the source
notebooks, and nothing in the templates varies.
"""

import argparse
import copy
from concurrent.futures import ThreadPoolExecutor
import html
import os
import queue
import re
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import nbformat
from jupyter_client.manager import KernelManager
from nbconvert import HTMLExporter

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "scripts" / "nbconvert"  # holds report/, which extends lab/
KERNEL = "deno"
NOTEBOOK_NAME = re.compile(r"^\d\d-[a-z0-9-]+\.ipynb$")


class CellError(Exception):
    """A cell failed; the message names the notebook and the cell."""


class MissingOutput(CellError):
    """A cell that should display something has no output."""


def cell_label(nb_path, index, cell):
    cid = cell.get("id")
    return f"{nb_path.name}, cell {index + 1}" + (f" (id {cid})" if cid else "")


# A code cell should display something when its last statement is an
# expression (the Deno kernel shows its value), not a declaration, an import,
# an assignment or a block. Cell tags override: "no-output", "expect-output".
DECLARATION = re.compile(
    r"^(import|export|const|let|var|function|async function|class|type|interface|enum|"
    r"for|while|if|try|switch|do|//|/\*|\*|\})\b|^\}|^[\w.$\[\]]+\s*[-+*/]?=[^=]"
)


def should_display(cell):
    tags = cell.get("metadata", {}).get("tags", [])
    if "no-output" in tags:
        return False
    if "expect-output" in tags:
        return True
    lines = [ln.strip() for ln in cell.source.splitlines()]
    lines = [ln for ln in lines if ln and not ln.startswith("//")]
    if not lines:
        return False
    # Find the start of the last top-level statement: the last line that is
    # not a continuation (continuations start with ")", "]", "}", ".", "?",
    # ":" or a string/argument of the line before).
    last = len(lines) - 1
    while last > 0 and (
        lines[last][0] in ")]}.?:,\"'`" or lines[last - 1].endswith(("(", "[", "{", ",", "=", "=>", "?", ":", "+"))
    ):
        last -= 1
    head = lines[last]
    return not DECLARATION.match(head)


UNSTABLE_WARNING = b'"deno jupyter" is unstable'


def forward_stderr(stream):
    """Pass the kernel's stderr on, without the warning it prints at every
    start (noise in every report run)."""
    for line in iter(stream.readline, b""):
        if UNSTABLE_WARNING not in line:
            sys.stderr.buffer.write(line)
            sys.stderr.flush()


class Runner:
    def __init__(self, env, cwd, timeout, grace):
        self.env = env
        self.cwd = cwd
        self.timeout = timeout
        self.grace = grace

    def run(self, nb_path):
        nb = nbformat.read(nb_path, as_version=4)
        # The kernel the notebook names (the repository's `deno` or `tslab`
        # kernelspec in .jupyter/kernels), Deno when it names none.
        kernel = nb.metadata.get("kernelspec", {}).get("name") or KERNEL
        km = KernelManager(kernel_name=kernel)
        try:
            km.start_kernel(env=self.env, cwd=str(self.cwd), stderr=subprocess.PIPE)
        except Exception as e:  # NoSuchKernel, a missing deno binary, ...
            raise CellError(f"{nb_path.name}: cannot start the {kernel} kernel ({e}); "
                            "run `bash scripts/setup.sh` and `source scripts/env.sh`") from e
        process = getattr(getattr(km, "provisioner", None), "process", None)
        if process is not None and process.stderr is not None:
            threading.Thread(target=forward_stderr, args=(process.stderr,), daemon=True).start()
        kc = km.client()
        kc.start_channels()
        try:
            kc.wait_for_ready(timeout=60)
            return self._execute(nb_path, nb, km, kc)
        finally:
            kc.stop_channels()
            km.shutdown_kernel(now=True)

    def _execute(self, nb_path, nb, km, kc):
        outputs = {}  # msg_id -> list of outputs
        idle = set()
        cells = {}  # msg_id -> cell index

        def pump(timeout):
            """Route one iopub message to its request; False when none came."""
            try:
                msg = kc.get_iopub_msg(timeout=timeout)
            except queue.Empty:
                return False
            parent = msg.get("parent_header", {}).get("msg_id")
            mtype = msg["header"]["msg_type"]
            content = msg["content"]
            if parent not in outputs:
                return True
            if mtype == "status":
                if content.get("execution_state") == "idle":
                    idle.add(parent)
            elif mtype == "clear_output":
                outputs[parent].clear()
            elif mtype in ("stream", "display_data", "execute_result", "error"):
                outputs[parent].append(nbformat.v4.output_from_msg(msg))
            return True

        def wait_reply(msg_id, label):
            deadline = time.monotonic() + self.timeout
            reply = None
            while reply is None:
                if time.monotonic() > deadline:
                    raise CellError(f"{label}: timed out after {self.timeout} s")
                if not km.is_alive():
                    raise CellError(f"{label}: the kernel died (out of memory, or a crash)")
                try:
                    msg = kc.get_shell_msg(timeout=0.05)
                    if msg.get("parent_header", {}).get("msg_id") == msg_id:
                        reply = msg
                except queue.Empty:
                    pass
                while pump(0):
                    pass
            while msg_id not in idle and time.monotonic() < deadline:
                pump(0.1)
            return reply

        count = 0
        for i, cell in enumerate(nb.cells):
            if cell.cell_type != "code" or not cell.source.strip():
                continue
            count += 1
            label = cell_label(nb_path, i, cell)
            msg_id = kc.execute(cell.source, store_history=True, allow_stdin=False)
            outputs[msg_id] = []
            cells[msg_id] = (i, count)
            reply = wait_reply(msg_id, label)
            if reply["content"].get("status") != "ok":
                c = reply["content"]
                detail = f"{c.get('ename', 'Error')}: {c.get('evalue', '')}".strip()
                for out in outputs[msg_id]:
                    if out.get("output_type") == "error":
                        detail = f"{out.get('ename')}: {out.get('evalue')}"
                raise CellError(f"{label} failed: {detail}")
        # Late outputs of the last cells: a sentinel request, then quiet.
        sentinel = kc.execute("", store_history=False, allow_stdin=False)
        outputs[sentinel] = []
        wait_reply(sentinel, f"{nb_path.name}, final check")
        quiet_until = time.monotonic() + self.grace
        while time.monotonic() < quiet_until:
            if pump(0.05):
                quiet_until = time.monotonic() + self.grace

        for msg_id, (i, n) in cells.items():
            cell = nb.cells[i]
            cell.outputs = outputs[msg_id]
            cell.execution_count = n
            for out in cell.outputs:
                if out.get("output_type") == "execute_result":
                    out["execution_count"] = n
                if out.get("output_type") == "error":
                    raise CellError(f"{cell_label(nb_path, i, cell)} failed: {out.get('ename')}: {out.get('evalue')}")
            if should_display(cell) and not cell.outputs:
                raise MissingOutput(f"{cell_label(nb_path, i, cell)}: the cell shows nothing (missing output; "
                                    "tag the cell no-output if it is meant to show nothing)")
        return clean(nb)


def clean(nb):
    """Drop whatever varies between runs: timestamps, kernel versions."""
    nb = copy.deepcopy(nb)
    nb.metadata = nbformat.from_dict({
        k: v for k, v in {
            "kernelspec": nb.metadata.get("kernelspec"),
            "language_info": {"name": "typescript"},
            "framing": nb.metadata.get("framing"),
        }.items() if v is not None
    })
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
        cell.metadata.pop("collapsed", None)
        cell.metadata.pop("scrolled", None)
        for out in cell.get("outputs", []):
            out.pop("transient", None)
            if "metadata" in out:
                out["metadata"] = {}
    return nb


def export(nb, name):
    exporter = HTMLExporter(
        extra_template_basedirs=[str(TEMPLATES)],
        template_name="report",
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
    )
    body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": name}})
    return body


# ---------------------------------------------------------------- the index

def summary(nb):
    """Title (first heading) and one-line summary (first paragraph after it)."""
    title, line = None, None
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            continue
        for para in re.split(r"\n\s*\n", cell.source):
            para = para.strip()
            if not para:
                continue
            if title is None and para.startswith("#"):
                title = para.splitlines()[0].lstrip("#").strip()
                rest = "\n".join(para.splitlines()[1:]).strip()
                if rest:
                    line = rest
                    break
                continue
            if title is not None and not para.startswith("#"):
                line = para
                break
        if line:
            break
    plain = lambda s: re.sub(r"[*_`]|\[([^\]]*)\]\([^)]*\)", lambda m: m.group(1) or "", s or "")
    line = " ".join(plain(line).split())
    first = re.match(r"(.+?[.?!])(\s|$)", line)
    return plain(title or ""), (first.group(1) if first else line)


def first_chart(nb, prefix):
    """The first chart's SVG markup, with its ids prefixed so that several
    thumbnails on one page do not collide."""
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            markup = out.get("data", {}).get("text/html", "")
            if isinstance(markup, list):
                markup = "".join(markup)
            if 'class="framing-figure"' not in markup:
                continue
            svgs = re.findall(r"<svg\b.*?</svg>", markup, flags=re.S)
            if not svgs:
                continue
            svg = max(svgs, key=len)
            svg = re.sub(r'\bid="([^"]+)"', lambda m: f'id="{prefix}-{m.group(1)}"', svg)
            svg = re.sub(r"url\(#([^)]+)\)", lambda m: f"url(#{prefix}-{m.group(1)})", svg)
            svg = re.sub(r'href="#([^"]+)"', lambda m: f'href="#{prefix}-{m.group(1)}"', svg)
            return svg
    return None


INDEX_STYLE = """
body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
h1 { font-size: 1.6rem; }
ol.reports { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr)); gap: 1rem; }
ol.reports li { border: 1px solid #ddd; border-radius: 6px; padding: 0.8rem; }
ol.reports a { font-weight: 600; font-size: 1.05rem; }
.thumb { height: 10rem; overflow: hidden; margin-top: 0.6rem; display: flex; align-items: center; justify-content: center; }
.thumb svg { max-width: 100%; max-height: 10rem; width: auto; height: auto; }
.thumb.none { color: #888; font-style: italic; border: 1px dashed #ccc; }
p.summary { margin: 0.4rem 0 0; color: #444; }
footer { margin-top: 2rem; color: #666; font-size: 0.9rem; }
"""

CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
       "font-src data:; base-uri 'none'; form-action 'none'")


def index_page(entries, corpus_label):
    items = []
    for e in entries:
        thumb = (f'<div class="thumb">{e["svg"]}</div>' if e["svg"]
                 else '<div class="thumb none">no chart</div>')
        items.append(
            f'<li><a href="reports/{html.escape(e["file"])}">{html.escape(e["title"])}</a>'
            f'<p class="summary">{html.escape(e["summary"])}</p>{thumb}</li>'
        )
    return (
        "<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n<meta charset=\"utf-8\">\n"
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        "<title>Framing reports</title>\n"
        f"<style>{INDEX_STYLE}</style>\n</head>\n<body>\n"
        "<h1>Framing reports: how conflicts and their actors are framed</h1>\n"
        f"<p>Reports generated by <code>deno task report</code> from the corpus "
        f"<code>{html.escape(corpus_label)}</code>. Each opens offline; the data "
        "behind every chart is in <code>charts/</code> as CSV beside its SVG.</p>\n"
        f'<ol class="reports">\n' + "\n".join(items) + "\n</ol>\n"
        "</body>\n</html>\n"
    )


# ---------------------------------------------------------------- swapping

def swap_in(staged, target):
    """Replace `target` (file or folder) by `staged`, keeping the old one
    until the new one is in place."""
    old = target.with_name(f".{target.name}.old-{os.getpid()}")
    if target.exists():
        os.replace(target, old)
    os.replace(staged, target)
    if old.is_dir():
        shutil.rmtree(old)
    elif old.exists():
        old.unlink()


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--notebooks", default=str(ROOT / "notebooks"))
    ap.add_argument("--outputs", default=os.environ.get("FRAMING_OUTPUTS") or str(ROOT / "outputs"))
    ap.add_argument("--corpus", default=os.environ.get("FRAMING_CORPUS") or str(ROOT / "corpus"))
    ap.add_argument("--timeout", type=float, default=600, help="seconds per cell")
    ap.add_argument("--grace", type=float, default=1.0, help="quiet seconds after the last cell")
    ap.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1),
                    help="notebooks executed at once, each in its own kernel (they are independent)")
    args = ap.parse_args(argv)

    nb_dir = Path(args.notebooks).resolve()
    outputs = Path(args.outputs).resolve()
    corpus = Path(args.corpus).resolve()
    paths = sorted(p for p in nb_dir.glob("*.ipynb") if NOTEBOOK_NAME.match(p.name))
    if not paths:
        print(f"error: Cannot run notebooks: no NN-topic.ipynb in {nb_dir}", file=sys.stderr)
        return 1

    # The repository's kernelspec (.jupyter/kernels/deno), also when this
    # script is run directly rather than through `deno task report`.
    kernels = str(ROOT / ".jupyter")
    paths_env = [p for p in os.environ.get("JUPYTER_PATH", "").split(os.pathsep) if p]
    if kernels not in paths_env:
        os.environ["JUPYTER_PATH"] = os.pathsep.join([kernels, *paths_env])

    outputs.mkdir(parents=True, exist_ok=True)
    staging = outputs / f".report.tmp-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    (staging / "reports").mkdir(parents=True)
    (staging / "charts").mkdir()
    env = dict(os.environ)  # after JUPYTER_PATH is set
    env.update({
        "FRAMING_CORPUS": str(corpus),
        "FRAMING_OUTPUTS": str(outputs),
        "FRAMING_CHARTS": str(staging / "charts"),
        "NO_COLOR": "1",
        "TZ": "UTC",
    })
    runner = Runner(env, nb_dir, args.timeout, args.grace)
    entries = []

    def execute(p):
        t0 = time.monotonic()
        try:
            nb = runner.run(p)
        except MissingOutput as e:
            print(f"report: {e}; running {p.name} once more", file=sys.stderr)
            nb = runner.run(p)
        name = p.stem
        title, _ = summary(nb)
        shown = copy.deepcopy(nb)
        if title:  # the page title the browser shows: the notebook's heading
            shown.metadata["title"] = title
        (staging / "reports" / f"{name}.html").write_text(export(shown, name), encoding="utf-8")
        print(f"report: {p.name} → reports/{name}.html ({time.monotonic() - t0:.1f} s)", file=sys.stderr)
        return nb

    try:
        # Notebooks are independent (each reads the tables, writes its own
        # NN-prefixed charts), so they run side by side; results are taken
        # in notebook order, and the first failure in that order is reported.
        with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            futures = [(p, pool.submit(execute, p)) for p in paths]
            for p, future in futures:
                nb = future.result()
                name = p.stem
                title, line = summary(nb)
                entries.append({
                    "file": f"{name}.html",
                    "title": title or name,
                    "summary": line,
                    "svg": first_chart(nb, f"t{name[:2]}"),
                })
        try:
            corpus_label = str(corpus.relative_to(ROOT))
        except ValueError:
            corpus_label = corpus.name
        (staging / "index.html").write_text(index_page(entries, corpus_label), encoding="utf-8")
    except CellError as e:
        shutil.rmtree(staging, ignore_errors=True)
        print(f"error: Cannot build the reports: {e}. The previous reports are left in place.", file=sys.stderr)
        return 1
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    swap_in(staging / "reports", outputs / "reports")
    swap_in(staging / "charts", outputs / "charts")
    swap_in(staging / "index.html", outputs / "index.html")
    shutil.rmtree(staging, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
