#!/usr/bin/env bash
# The main job: set up, analyse corpus/, write tables, charts and reports to
# outputs/. Arguments are passed on to `deno task report`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh
exec deno task report "$@"
