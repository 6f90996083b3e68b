#!/usr/bin/python3
"""Execute one notebook with the kernel its metadata names (the repository's
`deno` or `tslab` kernel, from .jupyter/kernels) and write it with outputs.

    /usr/bin/python3 scripts/execute_notebook.py NOTEBOOK [OUT] [--timeout S]

Exits non-zero naming the cell when a cell fails. The kernel runs in the
notebook's folder with this process's environment (FRAMING_OUTPUTS etc.).

Outputs are collected from the iopub channel by the id of the request that
caused them, until the kernel is idle and then quiet for a moment, because
Deno 2.9.6's kernel sometimes reports "idle" before a cell's output arrives
(see shared NOTES). A minimal cousin of scripts/run_notebooks.py (reports),
which executes the numbered Deno notebooks; the two can merge once that one
takes the kernel from the notebook's metadata.
"""

import argparse
import os
import queue
import sys
import time
from pathlib import Path

import nbformat
from jupyter_client.manager import KernelManager

ROOT = Path(__file__).resolve().parent.parent


def execute(nb_path, timeout=600.0, grace=1.0):
    nb = nbformat.read(nb_path, as_version=4)
    kernel = nb.metadata.get("kernelspec", {}).get("name")
    if not kernel:
        raise SystemExit(f"{nb_path}: no kernelspec in the notebook metadata; set one")
    env = dict(os.environ)
    env.setdefault("JUPYTER_PATH", str(ROOT / ".jupyter"))
    os.environ["JUPYTER_PATH"] = env["JUPYTER_PATH"]
    km = KernelManager(kernel_name=kernel)
    km.start_kernel(env=env, cwd=str(Path(nb_path).resolve().parent))
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=120)
        outputs, idle = {}, set()

        def pump(wait):
            try:
                msg = kc.get_iopub_msg(timeout=wait)
            except queue.Empty:
                return False
            parent = msg.get("parent_header", {}).get("msg_id")
            if parent not in outputs:
                return True
            mtype, content = msg["header"]["msg_type"], msg["content"]
            if mtype == "status" and content.get("execution_state") == "idle":
                idle.add(parent)
            elif mtype == "clear_output":
                outputs[parent].clear()
            elif mtype in ("stream", "display_data", "execute_result", "error"):
                outputs[parent].append(nbformat.v4.output_from_msg(msg))
            return True

        def run(source, label):
            msg_id = kc.execute(source, store_history=True, allow_stdin=False)
            outputs[msg_id] = []
            deadline = time.monotonic() + timeout
            reply = None
            while reply is None or msg_id not in idle:
                if time.monotonic() > deadline:
                    raise SystemExit(f"{label}: timed out after {timeout} s")
                if reply is None:
                    try:
                        msg = kc.get_shell_msg(timeout=0.05)
                        if msg.get("parent_header", {}).get("msg_id") == msg_id:
                            reply = msg
                    except queue.Empty:
                        pass
                pump(0.05)
            return msg_id, reply

        runs = []
        count = 0
        for i, cell in enumerate(nb.cells):
            if cell.cell_type != "code" or not cell.source.strip():
                continue
            count += 1
            label = f"{Path(nb_path).name}, cell {i + 1}"
            msg_id, reply = run(cell.source, label)
            runs.append((i, count, msg_id))
            if reply["content"].get("status") != "ok":
                c = reply["content"]
                text = "".join(o.get("text", "") for o in outputs[msg_id] if o.get("output_type") == "stream")
                raise SystemExit(f"{label} failed: {c.get('ename', 'Error')}: {c.get('evalue', '')}\n{text}".rstrip())
        # Late outputs of the last cells: one more request, then quiet.
        run("", f"{Path(nb_path).name}, final check")
        quiet_until = time.monotonic() + grace
        while time.monotonic() < quiet_until:
            if pump(0.05):
                quiet_until = time.monotonic() + grace
        for i, n, msg_id in runs:
            cell = nb.cells[i]
            cell.outputs = outputs[msg_id]
            cell.execution_count = n
            for out in cell.outputs:
                if out.get("output_type") == "execute_result":
                    out["execution_count"] = n
                if out.get("output_type") == "error":
                    raise SystemExit(f"{Path(nb_path).name}, cell {i + 1} failed: {out.get('ename')}: {out.get('evalue')}")
        return nb
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


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
