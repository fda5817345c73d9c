#!/usr/bin/env bash
# Sets up like ./run.sh, then runs every test against real PostgreSQL/PostGIS and ends with the totals.
# Database tests start their own embedded cluster, or use GEORELIEF_TEST_DB when it is set.
# Slow suites (trait Category=Slow or Benchmark) are left to the benchmarks; set GEORELIEF_TEST_ALL=1 to run them too.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

scripts/setup.sh --for-tests
# The independent checkers and writers the tests call (MapLibre style validator, PMTiles reader, SheetJS), pinned by
# their lock file; installed again when the lock file is newer than what npm installed.
if [ ! -f tests/node-tools/node_modules/.package-lock.json ] || [ tests/node-tools/package-lock.json -nt tests/node-tools/node_modules/.package-lock.json ]; then
  (cd tests/node-tools && npm ci --no-audit --no-fund --loglevel=error)
fi
# the web map (docs/web.md): its npm packages once, then the page, before the server build copies it
[ -d web/node_modules ] || (cd web && npm ci --no-audit --no-fund >&2)
(cd web && npm run --silent build >&2)
echo "georelief: building…" >&2
dotnet build GeoRelief.sln -c Release -v quiet -nologo -clp:ErrorsOnly

filter="Category!=Slow&Category!=Benchmark"
[ "${GEORELIEF_TEST_ALL:-}" = "1" ] && filter=""

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT
status=0
dotnet test GeoRelief.sln -c Release --no-build --filter "$filter" \
  --logger "console;verbosity=normal" --logger "trx" --results-directory "$results" || status=$?

# One line of totals over every test project, in the form CI reads: "N passed, N failed, N skipped".
passed=0 failed=0 skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  n=$(sed -n 's/.* notExecuted="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})) failed=$((failed + ${f:-0})) skipped=$((skipped + ${n:-0}))
done
echo
echo "Totals: $passed passed, $failed failed, $skipped skipped"
[ "$passed" -gt 0 ] || { echo "no test ran" >&2; exit 1; }
exit $status
