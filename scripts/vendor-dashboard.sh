#!/usr/bin/env bash
# Re-fetch the dashboard's vendored npm files into src/eventwatch/serve/static/vendor (run by `make vendor`).
# Versions are pinned here and in that folder's README; nothing is fetched at run time.
set -euo pipefail
cd "$(dirname "$0")/.."
VENDOR=src/eventwatch/serve/static/vendor
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
(cd "$WORK" && npm pack --silent world-atlas@2.0.2 topojson-client@3.1.0 >/dev/null)
for pkg in world-atlas-2.0.2 topojson-client-3.1.0; do
    mkdir -p "$WORK/$pkg" && tar xzf "$WORK/$pkg.tgz" -C "$WORK/$pkg"
done
mkdir -p "$VENDOR/world-atlas" "$VENDOR/topojson-client"
cp "$WORK/world-atlas-2.0.2/package/countries-110m.json" "$WORK/world-atlas-2.0.2/package/LICENSE" "$VENDOR/world-atlas/"
cp "$WORK/topojson-client-3.1.0/package/dist/topojson-client.min.js" \
   "$WORK/topojson-client-3.1.0/package/LICENSE" "$VENDOR/topojson-client/"
echo "vendored into $VENDOR:"
ls -l "$VENDOR"/*/
