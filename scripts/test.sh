#!/usr/bin/env bash
# The whole test suite: set up, then run `deno task test`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh
exec deno task test "$@"
