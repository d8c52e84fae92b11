#!/usr/bin/env bash
# Every check CI runs after `npm ci`, built once and run in two lanes so that a two-core machine finishes in about
# half the time of the sequential commands (each test file has its own database, so the lanes never share one):
#   lane 1: unit + integration on SQLite (`npm test`), then the integration suite on MariaDB;
#   lane 2: the integration suite on PostgreSQL, then the browser tests (`npm run test:e2e`);
# then, alone on the machine, the 5-second load check of the public route (`npm run bench:load`).
# Each lane writes its log to tests/.artifacts/lane-*.log; the logs are printed when both lanes end.
set -uo pipefail
cd "$(dirname "$0")/.."

npm run lint || exit 1
npm run build || exit 1
npm run build --workspace playground || exit 1

jest=node_modules/.bin/jest
logs=tests/.artifacts
mkdir -p "$logs"

lane1() {
  "$jest" --runInBand --ci &&
    TEST_DB=mariadb "$jest" --runInBand --ci tests/integration
}
lane2() {
  TEST_DB=postgres "$jest" --runInBand --ci tests/integration &&
    "$jest" --runInBand --ci --config jest.e2e.config.js
}

started=$(date +%s)
lane1 > "$logs/lane-1.log" 2>&1 &
pid1=$!
lane2 > "$logs/lane-2.log" 2>&1 &
pid2=$!
wait "$pid1"
rc1=$?
wait "$pid2"
rc2=$?

for lane in 1 2; do
  echo "::::: lane $lane: $(if [ "$lane" = 1 ]; then echo 'SQLite (unit + integration), then MariaDB'; else echo 'PostgreSQL, then the browser tests'; fi)"
  cat "$logs/lane-$lane.log"
done
echo "::::: lanes finished in $(($(date +%s) - started)) s (lane 1 exit $rc1, lane 2 exit $rc2)"
[ "$rc1" = 0 ] && [ "$rc2" = 0 ] || exit 1

node bench/load.mjs --duration 5
