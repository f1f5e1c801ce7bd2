#!/usr/bin/env bash
# The Debian packages as an IT team gets them: cpack makes the three from the build tree, lintian finds no error
# and no warning in them, and (as root, as in CI) apt installs them, each program answers --version from
# /usr/bin, the units, the configuration file, the manual pages and the system user are in place, and apt
# removes them again. Not root: the install part is skipped (exit 77, which ctest reports as skipped).
# Usage: check-packages.sh BUILD_DIR
set -euo pipefail
build="$1"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
for tool in cpack lintian dpkg-deb dpkg-shlibdeps; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: scripts/install-deps.sh installs it" >&2; exit 1; }
done

(cd "$build" && cpack -G DEB -B "$out" >"$out/cpack.log" 2>&1) || { cat "$out/cpack.log" >&2; exit 1; }
debs=("$out"/*.deb)
[ ${#debs[@]} -eq 3 ] || { echo "expected 3 packages, cpack made: ${debs[*]}" >&2; exit 1; }
for deb in "${debs[@]}"; do
  echo "$(dpkg-deb -f "$deb" Package) $(dpkg-deb -f "$deb" Version): $(du -k "$deb" | cut -f1) KiB"
done

# lintian as root says so on stderr; its findings are on stdout.
lintian --tag-display-limit 0 --display-info "${debs[@]}" >"$out/lintian.txt" 2>/dev/null || true
echo "lintian: $(grep -c '^E:' "$out/lintian.txt" || true) errors, $(grep -c '^W:' "$out/lintian.txt" || true) warnings, $(grep -c '^I:' "$out/lintian.txt" || true) notes"
if grep -E '^(E|W):' "$out/lintian.txt"; then
  echo "lintian found errors or warnings in the packages" >&2
  exit 1
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "not root: the packages are not installed here (CI installs them)"
  exit 77
fi
export DEBIAN_FRONTEND=noninteractive
cleanup() {
  apt-get remove --purge -y -qq syncsites syncsites-server syncsites-cli >/dev/null 2>&1 || true
  rm -rf "$out"
}
trap cleanup EXIT
apt-get install -y -qq --no-install-recommends "${debs[@]}" >"$out/apt.log" 2>&1 || { cat "$out/apt.log" >&2; exit 1; }
/usr/bin/syncsites-server --version
/usr/bin/syncsites-cli --version
QT_QPA_PLATFORM=offscreen /usr/bin/syncsites --version 2>/dev/null
for file in /usr/lib/systemd/system/syncsites-server.service /usr/lib/systemd/system/syncsites-agent.timer \
            /etc/syncsites/hub.conf /usr/share/man/man1/syncsites-server.1.gz \
            /usr/share/applications/org.syncsites.SyncSites.desktop \
            /usr/share/icons/hicolor/48x48/apps/org.syncsites.SyncSites.png; do
  [ -e "$file" ] || { echo "installed packages lack $file" >&2; exit 1; }
done
if command -v systemd-sysusers >/dev/null; then
  getent passwd syncsites >/dev/null || { echo "the system user syncsites was not made" >&2; exit 1; }
fi
# The installed server reads the installed configuration: its options are checked before anything is served.
/usr/bin/syncsites-server serve --config /etc/syncsites/hub.conf --db "$out/none.sqlite" 2>"$out/serve.txt" && {
  echo "serve started on a database that does not exist" >&2; exit 1; }
grep -q "none.sqlite" "$out/serve.txt" || { cat "$out/serve.txt" >&2; exit 1; }
echo "installed, run and removed: OK"
