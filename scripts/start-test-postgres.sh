#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server on 127.0.0.1 for the storage tests and prints
# its URL on stdout (last line). Installs Debian's postgresql when no server binary is
# found and we are root. Stop it with scripts/stop-test-postgres.sh <dir>.
#   usage: eval "$(scripts/start-test-postgres.sh)"  → sets TEST_DATABASE_URL and POLOS_PG_DIR
set -euo pipefail
find_bin() {
  for d in /usr/lib/postgresql/*/bin; do [ -x "$d/initdb" ] && { echo "$d"; return; }; done
  command -v initdb >/dev/null 2>&1 && dirname "$(command -v initdb)"
}
bin=$(find_bin || true)
if [ -z "$bin" ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "installing postgresql (apt-get)…" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2 && apt-get install -y -qq postgresql >&2
    bin=$(find_bin)
  else
    echo "PostgreSQL is not installed; install Debian's postgresql package (or set TEST_DATABASE_URL)." >&2
    exit 1
  fi
fi
dir=$(mktemp -d /tmp/polos-pg.XXXXXX)
port=$(( 25000 + RANDOM % 10000 ))
run() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --home-dir "$dir" --shell /bin/bash postgres
  chown postgres "$dir"
fi
run "$bin/initdb" -D "$dir/data" -U polos --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
run "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w -o "-h 127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=200" start >/dev/null
echo "export TEST_DATABASE_URL=postgres://polos@127.0.0.1:$port/postgres POLOS_PG_DIR=$dir POLOS_PG_BIN=$bin"
