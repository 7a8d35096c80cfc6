#!/usr/bin/env bash
# Stops the server started by start-test-postgres.sh and removes its folder.
set -u
dir=${1:-${POLOS_PG_DIR:-}}; bin=${2:-${POLOS_PG_BIN:-}}
[ -n "$dir" ] && [ -d "$dir" ] || exit 0
if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1; else "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1; fi
rm -rf "$dir"
