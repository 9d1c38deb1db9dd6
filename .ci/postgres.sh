#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on a loopback port, for the functional tests on PostgreSQL.
#   .ci/postgres.sh start   initdb (first time) + start + role "dealtracker" allowed to create databases;
#                           prints the export line for DEALTRACKER_TEST_POSTGRES (the role may also end other
#                           sessions, pg_signal_backend, so the tests can DROP DATABASE ... WITH (FORCE))
#   .ci/postgres.sh stop    stop the cluster (its folder stays, unless PG_KEEP=0)
# Settings: PG_PORT (55432), PG_DIR (/tmp/dealtracker-pg), PG_BIN (/usr/lib/postgresql/<newest>/bin).
# Runs as root (it switches to the postgres user) or as the postgres user. Installs Debian's
# postgresql package with apt-get when no server is found and it runs as root.
set -euo pipefail

PG_PORT=${PG_PORT:-55432}
PG_DIR=${PG_DIR:-/tmp/dealtracker-pg}
PG_PASSWORD=${PG_PASSWORD:-dealtracker-ci}

find_bin() {
  if [ -n "${PG_BIN:-}" ]; then echo "$PG_BIN"; return; fi
  { ls -d /usr/lib/postgresql/*/bin 2>/dev/null || true; } | sort -V | tail -n 1
}

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

bin=$(find_bin)
if [ -z "$bin" ] && [ "${1:-}" = start ]; then
  if [ "$(id -u)" -ne 0 ]; then echo "PostgreSQL is not installed (apt-get install postgresql)." >&2; exit 1; fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  bin=$(find_bin)
fi

case "${1:-}" in
  start)
    if [ ! -f "$PG_DIR/PG_VERSION" ]; then
      mkdir -p "$PG_DIR"
      [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$PG_DIR"
      chmod 700 "$PG_DIR"
      as_postgres "$bin/initdb" -D "$PG_DIR" -A trust -U postgres --no-instructions >/dev/null
    fi
    if ! as_postgres "$bin/pg_ctl" -D "$PG_DIR" status >/dev/null 2>&1; then
      # fsync off: a throwaway test cluster, never data anyone keeps. random_page_cost 1.1: the store is in
      # memory or on SSD (the production advice in docs/operations.md; the planner's default of 4 assumes disks).
      as_postgres "$bin/pg_ctl" -D "$PG_DIR" -l "$PG_DIR/server.log" -w start \
        -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c autovacuum=off -c max_connections=300 -c random_page_cost=1.1" >/dev/null
    fi
    as_postgres "$bin/psql" -h "$PG_DIR" -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -q -c "
      DO \$\$ BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dealtracker') THEN
          CREATE ROLE dealtracker LOGIN CREATEDB PASSWORD '$PG_PASSWORD';
        END IF;
      END \$\$;
      GRANT pg_signal_backend TO dealtracker;" >/dev/null
    if ! as_postgres "$bin/psql" -h "$PG_DIR" -p "$PG_PORT" -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'dealtracker'" | grep -q 1; then
      as_postgres "$bin/psql" -h "$PG_DIR" -p "$PG_PORT" -U postgres -d postgres -q -c "CREATE DATABASE dealtracker OWNER dealtracker" >/dev/null
    fi
    echo "export DEALTRACKER_TEST_POSTGRES=\"Host=127.0.0.1;Port=$PG_PORT;Username=dealtracker;Password=$PG_PASSWORD\""
    ;;
  stop)
    if [ -n "$bin" ] && [ -f "$PG_DIR/PG_VERSION" ]; then
      as_postgres "$bin/pg_ctl" -D "$PG_DIR" -m fast -w stop >/dev/null 2>&1 || true
      if [ "${PG_KEEP:-1}" = 0 ]; then rm -rf "$PG_DIR"; fi
    fi
    ;;
  *)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
