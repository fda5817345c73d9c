#!/usr/bin/env bash
# Installs what the tile benchmark drives besides GeoRelief: wrk (cached tiles/s), MapServer 8's CGI program and
# lighttpd (MapServer behind FastCGI). Benchmark-only tools: not part of scripts/setup.sh, which CI runs.
# Usage: benchmarks/GeoRelief.Benchmarks.Tiles/setup.sh   (as root or with password-less sudo)
set -euo pipefail

packages=(wrk cgi-mapserver lighttpd)
missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [ "$status" = "install ok installed" ] || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "tile benchmark setup: wrk, cgi-mapserver and lighttpd are installed."
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  apt_get=(apt-get)
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  apt_get=(sudo apt-get)
else
  echo "tile benchmark setup: install ${missing[*]} with: sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
"${apt_get[@]}" update -q >/dev/null
"${apt_get[@]}" install -y -q --no-install-recommends "${missing[@]}" >/dev/null
echo "tile benchmark setup: installed ${missing[*]}."
