#!/usr/bin/env bash
# Prints one sha256 over every file under outputs/ (or $1), sorted by path:
# each line of the digest input is "<sha256>  <path>", so a renamed, added,
# removed or changed file all change the result. Used to check that a
# refactor leaves every table, chart, CSV and report byte-identical.
set -euo pipefail
DIR="${1:-outputs}"
if [ ! -d "$DIR" ]; then
  echo "hash_outputs: no folder '$DIR'; run 'deno task report' first" >&2
  exit 1
fi
cd "$DIR"
find . -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum | cut -d' ' -f1
