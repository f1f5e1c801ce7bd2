#!/usr/bin/env bash
# The README's test command: installs what is missing, builds with warnings as errors, runs every test but
# the long `soak` ones. Usage: scripts/test.sh [extra ctest arguments, e.g. -L unit]
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
# The OpenAPI validator, at the versions of the committed lockfile.
if [ ! -d tests/openapi/node_modules ] || [ tests/openapi/package-lock.json -nt tests/openapi/node_modules ]; then
  (cd tests/openapi && npm ci --no-audit --no-fund --loglevel=error)
fi
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
cmake --preset ci >/dev/null
cmake --build --preset ci -j "$(nproc)"
ctest --preset ci "$@"
