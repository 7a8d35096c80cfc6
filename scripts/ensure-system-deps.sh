#!/usr/bin/env bash
# Makes sure the system programs the test suite needs are present: Debian's Chromium
# (end-to-end tests, through playwright-core), PostgreSQL (storage tests against a
# real server) and PgBouncer (the pooled connection test, packages/server/test/pgbouncer.test.ts). Installs them with apt-get when missing and we are root; otherwise says
# what to install. Fast when everything is there.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || [ -n "${CHROMIUM_PATH:-}" ] || need+=(chromium)
if [ -z "${TEST_DATABASE_URL:-}" ]; then
  found=""
  for d in /usr/lib/postgresql/*/bin; do [ -x "$d/initdb" ] && found=1; done
  command -v initdb >/dev/null 2>&1 && found=1
  [ -n "$found" ] || need+=(postgresql)
fi
[ -x /usr/sbin/pgbouncer ] || command -v pgbouncer >/dev/null 2>&1 || [ -n "${POLOS_PGBOUNCER:-}" ] || need+=(pgbouncer)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ]; then
  echo "missing system packages: ${need[*]} — install them (Debian: sudo apt-get install ${need[*]}), or set CHROMIUM_PATH / TEST_DATABASE_URL / POLOS_PGBOUNCER" >&2
  exit 1
fi
echo "installing ${need[*]} with apt-get…" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" fonts-liberation >/dev/null
