#!/usr/bin/env bash
# The desktop app as a Linux desktop lists it: its desktop entry passes desktop-file-validate, its AppStream
# metadata passes appstreamcli validate, both name the same id, and the icon was rendered in every hicolor size.
# Usage: check-desktop-metadata.sh SOURCE_DIR BUILD_PACKAGING_DIR
set -euo pipefail
src="$1"
built="$2"
id=org.syncsites.SyncSites
desktop="$src/packaging/linux/$id.desktop"
metainfo="$src/packaging/linux/$id.metainfo.xml"

for tool in desktop-file-validate appstreamcli; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: scripts/install-deps.sh installs it" >&2; exit 1; }
done
desktop-file-validate "$desktop"
appstreamcli validate --no-net "$metainfo"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" \
  || { echo "$metainfo does not launch $id.desktop" >&2; exit 1; }
grep -q "^Icon=$id\$" "$desktop" || { echo "$desktop does not name the icon $id" >&2; exit 1; }
grep -q "^Exec=syncsites\$" "$desktop" || { echo "$desktop does not start syncsites" >&2; exit 1; }
for size in 16 24 32 48 64 128 256; do
  png="$built/icons/${size}x${size}/apps/$id.png"
  [ -s "$png" ] || { echo "the ${size}px icon was not rendered: $png" >&2; exit 1; }
  # A PNG's width and height are the big-endian words at bytes 16 and 20.
  dims=$(od -An -tu1 -j16 -N8 "$png" | awk '{print $3*256+$4 "x" $7*256+$8}')
  [ "$dims" = "${size}x${size}" ] || { echo "$png is $dims, not ${size}x${size}" >&2; exit 1; }
done
echo "desktop entry, AppStream metadata and the icon in 7 sizes: OK"
