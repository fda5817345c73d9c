#!/usr/bin/env bash
# Installs what GeoRelief needs and is missing. Sourced by ./run.sh and ./test.sh.
# Usage: scripts/setup.sh [--for-tests]
# With root (or password-less sudo) it installs Debian packages itself; otherwise it prints the exact
# command to run and exits non-zero.
set -euo pipefail

for_tests=false
[ "${1:-}" = "--for-tests" ] && for_tests=true

say() { printf 'georelief setup: %s\n' "$*" >&2; }

if ! command -v dotnet >/dev/null 2>&1; then
  say "the .NET 10 SDK is missing: install it (https://dot.net) and run this again."
  exit 1
fi

# PostGIS and pgRouting for the database, GDAL's ogr2ogr for Shapefile/GeoPackage import,
# COIN-OR CBC for the exact relocation allocation (georelief siting allocate).
packages=(postgresql-15 postgresql-15-postgis-3 postgresql-15-pgrouting gdal-bin coinor-cbc)
# Node.js and npm build the web map (web/); a Node.js from elsewhere that is on the PATH will do.
command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)
if $for_tests; then
  # a real browser for the web-map tests, and a font with Chinese characters for it to draw the page with
  packages+=(chromium fonts-wqy-zenhei)
fi

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [ "$status" = "install ok installed" ] || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    apt_get=(apt-get)
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    apt_get=(sudo apt-get)
  else
    say "these Debian packages are missing: ${missing[*]}"
    say "install them with:  sudo apt-get update && sudo apt-get install -y ${missing[*]}"
    exit 1
  fi
  say "installing ${missing[*]} (this happens once)"
  export DEBIAN_FRONTEND=noninteractive
  "${apt_get[@]}" update -q >/dev/null
  "${apt_get[@]}" install -y -q --no-install-recommends "${missing[@]}" >/dev/null
fi
