#!/usr/bin/env bash
# Brings up (or reuses) the PostgreSQL that Casework needs and creates its role and databases.
# Idempotent: safe to run before every `make run` and `make test`.
#
#   1. External server: CASEWORK_DB_URL (+ CASEWORK_DB_USER / CASEWORK_DB_PASSWORD) is checked, never changed.
#   2. A server already listening on 127.0.0.1:5432 is reused.
#   3. An installed but stopped Debian/Ubuntu cluster is started with pg_ctlcluster.
#   4. Otherwise, if PostgreSQL's binaries are installed, a project-local cluster is created in .pgdata/.
# Then the role and the databases (casework, casework_test, casework_it for the test of the packaged app, and
# casework_scale for the test of two instances) are created when missing.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../../.." && pwd)"
APP_USER="${CASEWORK_DB_USER:-casework}"
APP_PASSWORD="${CASEWORK_DB_PASSWORD:-casework}"
HOST=127.0.0.1
PORT=5432
DATABASES=(casework casework_test casework_it casework_scale)

say() { echo "db: $*"; }
die() { echo "db: $*" >&2; exit 1; }

need_psql() {
  command -v psql >/dev/null 2>&1 || [ -n "$(pg_bin psql)" ] || \
    die "PostgreSQL is not installed: install it (Debian/Ubuntu: 'sudo apt-get install postgresql') or point CASEWORK_DB_URL, CASEWORK_DB_USER and CASEWORK_DB_PASSWORD at a server you have."
}

# Newest installed binary of that name from a Debian-style layout, or from PATH.
pg_bin() {
  local found
  found="$(ls -d /usr/lib/postgresql/*/bin/"$1" 2>/dev/null | sort -V | tail -n 1 || true)"
  if [ -n "$found" ]; then echo "$found"; else command -v "$1" 2>/dev/null || true; fi
}

listening() { "$(pg_bin pg_isready)" -q -h "$HOST" -p "$PORT" >/dev/null 2>&1; }

# --- 1. An external server, given by environment variables ------------------------------------------------
if [ -n "${CASEWORK_DB_URL:-}" ] && [ "${CASEWORK_DB_URL}" != "jdbc:postgresql://$HOST:$PORT/casework" ]; then
  need_psql
  url="${CASEWORK_DB_URL#jdbc:}"
  url="${url/postgresql:\/\//postgresql://$APP_USER@}"
  if PGPASSWORD="$APP_PASSWORD" psql "${url%%\?*}" -Atqc 'select 1' >/dev/null 2>&1; then
    say "using the external server at ${CASEWORK_DB_URL} as ${APP_USER}"
    exit 0
  fi
  die "cannot connect to ${CASEWORK_DB_URL} as ${APP_USER}: check CASEWORK_DB_URL, CASEWORK_DB_USER and CASEWORK_DB_PASSWORD."
fi

need_psql

# --- 2-4. A local server on 127.0.0.1:5432 ----------------------------------------------------------------
if listening; then
  say "reusing the PostgreSQL listening on $HOST:$PORT"
elif command -v pg_lsclusters >/dev/null 2>&1 && [ -n "$(pg_lsclusters -h 2>/dev/null)" ]; then
  read -r version cluster _ < <(pg_lsclusters -h | sort -V | tail -n 1)
  say "starting the installed PostgreSQL $version/$cluster"
  if [ "$(id -u)" = 0 ]; then
    pg_ctlcluster --skip-systemctl-redirect "$version" "$cluster" start
  else
    sudo -n pg_ctlcluster --skip-systemctl-redirect "$version" "$cluster" start || \
      die "PostgreSQL $version/$cluster is stopped and could not be started: run 'sudo pg_ctlcluster $version $cluster start'."
  fi
elif [ -n "$(pg_bin initdb)" ]; then
  [ "$(id -u)" != 0 ] || die "PostgreSQL's binaries are installed but no cluster exists, and initdb refuses to run as root: run 'make db' as an ordinary user or create a cluster with pg_createcluster."
  if [ ! -f "$ROOT/.pgdata/PG_VERSION" ]; then
    say "creating a project-local cluster in .pgdata/"
    "$(pg_bin initdb)" -D "$ROOT/.pgdata" -U postgres --auth=trust >/dev/null
  fi
  say "starting the project-local cluster on $HOST:$PORT"
  "$(pg_bin pg_ctl)" -D "$ROOT/.pgdata" -l "$ROOT/.pgdata/server.log" \
    -o "-c listen_addresses=$HOST -c port=$PORT -c unix_socket_directories=$ROOT/.pgdata" -w start >/dev/null
else
  die "no PostgreSQL server runs on $HOST:$PORT and none is installed: install PostgreSQL 15 or newer (Debian/Ubuntu: 'sudo apt-get install postgresql')."
fi

for _ in $(seq 1 30); do listening && break; sleep 1; done
listening || die "PostgreSQL did not come up on $HOST:$PORT; see its log."

# A superuser session: trust on TCP (CI, this project's own cluster), else the postgres OS account.
superuser_psql() {
  if psql -h "$HOST" -p "$PORT" -U postgres -d postgres -w -Atqc 'select 1' >/dev/null 2>&1; then
    psql -h "$HOST" -p "$PORT" -U postgres -d postgres -w -v ON_ERROR_STOP=1 -Atq "$@"
  elif [ "$(id -u)" = 0 ] && id postgres >/dev/null 2>&1; then
    (cd /tmp && runuser -u postgres -- psql -p "$PORT" -d postgres -v ON_ERROR_STOP=1 -Atq "$@")
  elif sudo -n -u postgres true 2>/dev/null; then
    (cd /tmp && sudo -n -u postgres psql -p "$PORT" -d postgres -v ON_ERROR_STOP=1 -Atq "$@")
  else
    die "cannot act as the PostgreSQL superuser to create role '$APP_USER': create it yourself (CREATE ROLE $APP_USER LOGIN CREATEDB PASSWORD '...') and its databases ${DATABASES[*]}."
  fi
}

if [ "$(superuser_psql -c "select 1 from pg_roles where rolname = '$APP_USER'")" != 1 ]; then
  say "creating role $APP_USER"
  superuser_psql -c "create role \"$APP_USER\" login createdb password '$APP_PASSWORD'"
fi
for db in "${DATABASES[@]}" ${EXTRA_DATABASES:-}; do
  if [ "$(superuser_psql -c "select 1 from pg_database where datname = '$db'")" != 1 ]; then
    say "creating database $db"
    superuser_psql -c "create database \"$db\" owner \"$APP_USER\""
  fi
done
say "ready: $HOST:$PORT, role $APP_USER, databases ${DATABASES[*]} ${EXTRA_DATABASES:-}"
