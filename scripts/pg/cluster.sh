#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on 127.0.0.1 for tests, e2e and the demo:
#   scripts/pg/cluster.sh start [port]   initdb into a new temporary directory, start, print the URL
#   scripts/pg/cluster.sh stop [port]    stop it and delete its directory
# The server runs as the postgres user (it refuses to run as root); the directory is
# /tmp/pg-cluster-<port>, the socket in /tmp. Callers stop it in a trap.
set -euo pipefail
cd "$(dirname "$0")/../.."
action=${1:?usage: cluster.sh start|stop [port]}
port=${2:-${PG_PORT:-5433}}
dir="/tmp/pg-cluster-$port"
password="throwaway"
url="postgresql://postgres:$password@127.0.0.1:$port/postgres"

as_postgres() {
  if [ "$(id -un)" = "postgres" ]; then "$@"
  elif [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"
  else sudo -u postgres "$@"; fi
}

case "$action" in
  start)
    bin=$(bash scripts/pg/ensure-postgres.sh)
    if [ -f "$dir/data/postmaster.pid" ]; then
      as_postgres "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    printf '%s\n' "$password" > "$dir/pwfile"
    chown -R postgres "$dir" 2>/dev/null || true
    # C collation: text sorts by code point, as SQLite's BINARY does (see docs/decisions/018).
    as_postgres "$bin/initdb" -D "$dir/data" -U postgres --pwfile="$dir/pwfile" --auth=scram-sha-256 \
      --locale=C.UTF-8 --encoding=UTF8 >"$dir/initdb.log" 2>&1 \
      || as_postgres "$bin/initdb" -D "$dir/data" -U postgres --pwfile="$dir/pwfile" --auth=scram-sha-256 \
        --locale=C --encoding=UTF8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    # Durability off: a test cluster that is thrown away needs no fsync, and tests run faster.
    as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
      -o "-p $port -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    echo "$url"
    ;;
  stop)
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    if [ -n "$bin" ] && [ -f "$dir/data/postmaster.pid" ]; then
      as_postgres "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    fi
    rm -rf "$dir"
    ;;
  *) echo "usage: cluster.sh start|stop [port]" >&2; exit 2 ;;
esac
