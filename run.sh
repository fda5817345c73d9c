#!/usr/bin/env bash
# Builds GeoRelief and serves it on http://127.0.0.1:${GEORELIEF_PORT:-5080}, with its own embedded
# PostgreSQL/PostGIS (or the server named by GEORELIEF_DB). The sample counties load on first start.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

scripts/setup.sh
# the web map (docs/web.md): its npm packages once, then the page, before the server build copies it
[ -d web/node_modules ] || (cd web && npm ci --no-audit --no-fund >&2)
(cd web && npm run --silent build >&2)
echo "georelief: building…" >&2
dotnet build GeoRelief.sln -c Release -v quiet -nologo -clp:ErrorsOnly >&2
exec dotnet src/GeoRelief.Server/bin/Release/net10.0/georelief.dll serve "$@"
