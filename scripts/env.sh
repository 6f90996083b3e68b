# Sourced by the project's scripts: paths and settings shared by all of them.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$ROOT/tools/node_modules/.bin:$PATH"
export JUPYTER_PATH="$ROOT/.jupyter"
export TZ=UTC
export LC_ALL=C.UTF-8
export DENO_NO_UPDATE_CHECK=1
export NO_COLOR=1
