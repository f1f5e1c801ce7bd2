#!/usr/bin/env bash
# Installs the Debian 12 packages SyncSites needs to build, test and run. Installs only what is missing;
# runs apt-get as root, or through sudo for an ordinary user.
set -euo pipefail

packages=(
  # build
  cmake ninja-build g++ pkg-config ccache
  # Qt 6 (the SQLite driver and platform plugins come only as Recommends: name them)
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-charts-dev libqt6opengl6-dev qt6-svg-dev libqt6svg6 qt6-qpa-plugins libqt6sql6-sqlite libqt6sql6-psql
  qtkeychain-qt6-dev libgl-dev
  # Qt's own translations (qtbase_fr.qm…), loaded with the app's (translations/README.md)
  qt6-translations-l10n
  # storage and HTTP
  libsqlite3-dev libcpp-httplib-dev libssl-dev zlib1g-dev libbrotli-dev
  # password hashing (Argon2id)
  libsodium-dev
  # fuzzing: clang with libFuzzer (fuzz/, run by scripts/fuzz.sh)
  clang-14 libfuzzer-14-dev
  # tests: a display-less X server for screenshots, fonts
  xvfb xauth fonts-dejavu-core
  # the curl walkthrough (tests/sync-walkthrough.sh)
  curl python3 openssl
  # the checks of the desktop entry, the AppStream metadata and the systemd units (tests/packaging)
  desktop-file-utils appstream systemd
  # the Debian packages (tests/packaging): their dependencies, manual pages and lint
  dpkg-dev help2man lintian
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Node.js and npm run the OpenAPI check (tests/openapi); the machine image usually has them already.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  missing+=(nodejs npm)
fi
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo; missing: ${missing[*]}" >&2; exit 1; }
  SUDO="sudo"
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
