#!/usr/bin/env bash
# Builds GeoRelief and serves it on http://127.0.0.1:${GEORELIEF_PORT:-5080}, with its own embedded
# PostgreSQL/PostGIS (or the server named by GEORELIEF_DB). The sample counties load on first start.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

scripts/setup.sh
echo "georelief: building…" >&2
dotnet build GeoRelief.sln -c Release -v quiet -nologo -clp:ErrorsOnly >&2
exec dotnet src/GeoRelief.Server/bin/Release/net10.0/georelief.dll serve "$@"
