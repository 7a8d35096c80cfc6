#!/usr/bin/env bash
# `npm test`: every check of the project, in order — system programs, types, lint,
# format, build, unit + storage (PGlite and a real PostgreSQL) + HTTP + CLI tests,
# then end-to-end stories in Debian's Chromium. Every step runs even when an earlier
# one fails, so one run shows every problem; the exit code is non-zero if any failed.
set -uo pipefail
cd "$(dirname "$0")/.."
export TZ=UTC
mkdir -p .tmp
failed=()
step() {
  local name=$1; shift
  local t0=$SECONDS
  echo; echo "━━ $name"
  if "$@"; then echo "✓ $name ($((SECONDS - t0)) s)"; else echo "✗ $name ($((SECONDS - t0)) s)"; failed+=("$name"); fi
}

step "system programs (Chromium, PostgreSQL)" bash scripts/ensure-system-deps.sh
step "types (tsc, every package)" npm run -s typecheck
step "lint (eslint)" npm run -s lint
step "format (prettier --check)" npm run -s format:check
step "build (web app + CLI bundle)" npm run -s build

# A throw-away PostgreSQL server for the storage contract suite, unless one is given.
pg_started=""
if [ -z "${TEST_DATABASE_URL:-}" ]; then
  if out=$(bash scripts/start-test-postgres.sh); then eval "$out"; pg_started=1; else failed+=("start PostgreSQL"); fi
fi
trap '[ -n "$pg_started" ] && bash scripts/stop-test-postgres.sh "$POLOS_PG_DIR" "$POLOS_PG_BIN"' EXIT
export POLOS_REQUIRE_POSTGRES=1

# Each test step's output also goes to a log, so the summary can say why a step failed.
logged() { local log=$1; shift; "$@" 2>&1 | tee "$log"; }
rm -f .tmp/vitest-unit.json .tmp/vitest-e2e.json .tmp/vitest-unit.log .tmp/vitest-e2e.log
step "unit, storage (PGlite + PostgreSQL), HTTP and CLI tests" logged .tmp/vitest-unit.log \
  npx vitest run --reporter=default --reporter=json --outputFile.json=.tmp/vitest-unit.json
step "end-to-end stories (Chromium)" logged .tmp/vitest-e2e.log \
  npx vitest run --config e2e/vitest.config.ts --reporter=default --reporter=json --outputFile.json=.tmp/vitest-e2e.json

echo
node scripts/test-summary.mjs .tmp/vitest-unit.json .tmp/vitest-e2e.json .tmp/vitest-unit.log .tmp/vitest-e2e.log \
  "${failed[@]/#/--failed=}"
[ ${#failed[@]} -eq 0 ]
