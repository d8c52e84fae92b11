#!/usr/bin/env bash
# Every check CI runs after `npm ci`, built once and run in two lanes so that a two-core machine finishes in about
# half the time of the sequential commands (each test file has its own database, so the lanes never share one).
# Measured in one CI run: SQLite (unit + integration) 770 s, PostgreSQL 789 s, MariaDB about the same, the browser
# tests about 250 s. So the MariaDB pass is cut in three shards (jest --shard) to even the lanes out:
#   lane 1: unit + integration on SQLite (`npm test`), then MariaDB shards 1 and 2;
#   lane 2: the integration suite on PostgreSQL, MariaDB shard 3, then the browser tests (`npm run test:e2e`);
# then, alone on the machine, the 5-second load check of the public route (`npm run bench:load`).
# A lane runs all its steps even after a failure, so one log shows every failure. Each lane writes its log to
# tests/.artifacts/lane-*.log; the logs are printed when both lanes end.
set -uo pipefail
cd "$(dirname "$0")/.."

npm run lint || exit 1
npm run build || exit 1
npm run build --workspace playground || exit 1

jest=node_modules/.bin/jest
logs=tests/.artifacts
mkdir -p "$logs"

# Runs each command given as one string, all of them, and fails if any failed.
steps() {
  local failed=0
  for step in "$@"; do
    echo "::::: $step"
    eval "$step" || failed=1
  done
  return "$failed"
}
lane1() {
  steps "$jest --runInBand --ci" \
    "TEST_DB=mariadb $jest --runInBand --ci --shard=1/3 tests/integration" \
    "TEST_DB=mariadb $jest --runInBand --ci --shard=2/3 tests/integration"
}
lane2() {
  steps "TEST_DB=postgres $jest --runInBand --ci tests/integration" \
    "TEST_DB=mariadb $jest --runInBand --ci --shard=3/3 tests/integration" \
    "$jest --runInBand --ci --config jest.e2e.config.js"
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
  echo "::::: lane $lane: $(if [ "$lane" = 1 ]; then echo 'SQLite (unit + integration), then MariaDB shards 1-2'; else echo 'PostgreSQL, MariaDB shard 3, then the browser tests'; fi)"
  cat "$logs/lane-$lane.log"
done
echo "::::: lanes finished in $(($(date +%s) - started)) s (lane 1 exit $rc1, lane 2 exit $rc2)"
[ "$rc1" = 0 ] && [ "$rc2" = 0 ] || exit 1

node bench/load.mjs --duration 5
