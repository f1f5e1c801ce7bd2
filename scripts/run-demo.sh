#!/usr/bin/env bash
# The README's run command: installs what is missing, builds, creates a demo replica (the generated demo
# network with records) under demo-data/, and opens the desktop app on it.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
cmake --preset dev >/dev/null
cmake --build --preset dev -j "$(nproc)" --target syncsites syncsites-cli

mkdir -p demo-data
exec build/dev/app/desktop/syncsites --demo demo-data/demo.sqlite "$@"
