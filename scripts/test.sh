#!/usr/bin/env bash
# The README's test command: installs what is missing, builds with warnings as errors, runs every test but
# the long `soak` ones, then the fuzzers for a bounded time (scripts/fuzz.sh). Usage: scripts/test.sh [extra ctest
# arguments, e.g. -L unit]
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
# The fuzzers (fuzz/): a clang build of their own in build/fuzz, then each target for SYNCSITES_FUZZ_SECONDS
# seconds (default 20: the whole step, cold build included, stays under about 10 minutes on 2 cores).
# SYNCSITES_FUZZ_SECONDS=0 skips them, e.g. for a quick local run: SYNCSITES_FUZZ_SECONDS=0 scripts/test.sh
scripts/fuzz.sh "${SYNCSITES_FUZZ_SECONDS:-20}"
