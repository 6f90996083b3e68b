#!/usr/bin/python3
"""Execute one notebook with the kernel its metadata names (the repository's
`deno` or `tslab` kernel, from .jupyter/kernels) and write it with outputs.

    /usr/bin/python3 scripts/execute_notebook.py NOTEBOOK [OUT] [--timeout S]

Exits non-zero naming the cell when a cell fails or a cell that should show
something shows nothing. The kernel runs in the notebook's folder with this
process's environment (FRAMING_OUTPUTS etc.). The execution itself is
scripts/run_notebooks.py's Runner, the one that builds the reports, so both
kernels go through the same handling of Deno's early "idle" (shared NOTES).
"""

import argparse
import os
import sys
from pathlib import Path

import nbformat

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run_notebooks import CellError, Runner  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def execute(nb_path, timeout=600.0, grace=1.0):
    env = dict(os.environ)
    env.setdefault("JUPYTER_PATH", str(ROOT / ".jupyter"))
    os.environ["JUPYTER_PATH"] = env["JUPYTER_PATH"]
    path = Path(nb_path).resolve()
    try:
        return Runner(env, path.parent, timeout, grace).run(path)
    except CellError as e:
        raise SystemExit(str(e)) from e


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("notebook")
    ap.add_argument("out", nargs="?", help="where to write the executed notebook (default: print nothing)")
    ap.add_argument("--timeout", type=float, default=600, help="seconds per cell")
    args = ap.parse_args(argv)
    nb = execute(args.notebook, args.timeout)
    if args.out:
        nbformat.write(nb, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
