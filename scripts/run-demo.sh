#!/usr/bin/env bash
# The README's run command: installs what is missing, builds, and opens the desktop app on a demo network: the
# app serves a demo hub (embedded SQLite: the generated network, records, a fortnight of sync reports) on
# 127.0.0.1, runs as one of its sites (Mulanje District Hospital) with its own replica, and signs in as the demo
# administrator. Everything lives in demo-data/ (made at the first run); closing the app stops the hub.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
# The same build tree as scripts/test.sh (build/ci): the programs built here are the tests' too, so a newcomer who
# runs both builds once.
cmake --preset ci >/dev/null
cmake --build --preset ci -j "$(nproc)" --target syncsites syncsites-cli syncsites-server

exec build/ci/app/desktop/syncsites --demo demo-data "$@"
