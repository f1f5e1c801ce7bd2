#!/usr/bin/env bash
# The systemd units of the packages (packaging/linux/systemd): systemd-analyze verify finds nothing wrong (with
# the built programs standing in for /usr/bin), and each service's exposure, as systemd-analyze security rates it
# offline, stays at 2.0 or below ("OK"; 10 is an unconfined service).
# Usage: check-systemd-units.sh SOURCE_DIR SERVER_PROGRAM CLI_PROGRAM
set -euo pipefail
src="$1"
server="$2"
cli="$3"
command -v systemd-analyze >/dev/null || { echo "systemd-analyze is missing: scripts/install-deps.sh installs it" >&2; exit 1; }
units="$(mktemp -d)"
trap 'rm -rf "$units"' EXIT
cp "$src"/packaging/linux/systemd/*.service "$src"/packaging/linux/systemd/*.timer "$units/"
sed -i "s|/usr/bin/syncsites-server|$server|; s|/usr/bin/syncsites-cli|$cli|" "$units"/*.service
# No man pages yet: --man=no (the units' Documentation= names them for the packages to come).
systemd-analyze verify --man=no "$units"/*.service "$units"/*.timer
for service in "$units"/*.service; do
  systemd-analyze security --offline=true --threshold=20 "$service" >"$units/security.txt" 2>&1 || {
    cat "$units/security.txt" >&2
    echo "$(basename "$service"): exposure above 2.0" >&2
    exit 1
  }
  echo "$(basename "$service"): $(grep -o 'Overall exposure level.*' "$units/security.txt")"
done
