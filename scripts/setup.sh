#!/usr/bin/env bash
# Install everything the project needs, skipping what is already present.
# Idempotent: safe to run before every command. Nothing is written to the
# home folder except Deno's npm cache; the Jupyter kernelspec lives in
# .jupyter/ inside the repository.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { [ -n "${QUIET_SETUP:-}" ] || echo "setup: $*" >&2; }

# 1. Debian packages: Jupyter (to execute notebooks), Chromium (browser
#    tests), fonts (PNG rendering), wngerman (known German words for
#    findNames).
APT_PACKAGES=(jupyter-nbconvert python3-nbclient jupyter-client python3-ipykernel
  jupyter-notebook chromium fonts-dejavu-core wngerman)
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "installing Debian packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# 2. Deno, pinned, from the npm registry (kept in tools/: a package.json at
#    the repository root breaks `deno install` here).
if ! cmp -s tools/package.json tools/node_modules/.package-stamp 2>/dev/null ||
  [ ! -x tools/node_modules/.bin/deno ]; then
  log "installing pinned npm tools into tools/"
  npm install --prefix tools --no-audit --no-fund --loglevel=error >/dev/null
  cp tools/package.json tools/node_modules/.package-stamp
fi
DENO="$PWD/tools/node_modules/.bin/deno"

# 3. The npm dependencies of the library, as pinned in deno.json / deno.lock.
"$DENO" install --frozen --quiet >/dev/null 2>&1 || "$DENO" install --frozen

log "ready"
