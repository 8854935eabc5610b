#!/usr/bin/env bash
# make bench: loads a synthetic council into the database casework_bench and times endpoints through HTTP, each
# beside the same SQL in psql on the same data. Prints a markdown table and writes it to target/bench-results.md.
#
#   make bench                          full scale: 100,000 people, >1,000,000 interactions (see bench/generate.sql)
#   BENCH_SCALE=0.05 make bench         a twentieth, for working on the bench itself
#   BENCH_REUSE=1 make bench            keep the data already loaded (skips the schema reset and the load)
#   BENCH_CALLS=50                      timed calls per measurement (also the number of timed SQL runs)
#   BENCH_WARMUP=100                    untimed calls before each measurement (the JIT warms up on them)
#   BENCH_ONLY='Soft outcomes'          only the measurements whose label contains this text
#   BENCH_SKIP_BUILD=1                  use the jar already in target/ instead of building it
#   BENCH_PORT=8181                     the app's HTTP port during the bench
#   BENCH_ANCHOR=2026-11-29             the local date the five years of history end on (default today)
#   BENCH_WRITE_CLIENTS='1 8 16'        concurrent writers for the write measurement (BENCH_ONLY=writes: only it)
#   BENCH_WRITE_SECONDS=60              how long each level of the write measurement runs (the goal's run: 300)
#   BENCH_WRITE_CASES=4000              how many open cases the writers spread their contacts over
#   BENCH_WRITE_WARMUP=180              seconds of untimed writes before the first level (the JIT's warm-up)
#   BENCH_WRITES=0                      leave the write measurement out
#   BENCH_IMPORT_ROWS=1000000           contacts in the import measurement's file (BENCH_ONLY=imports: only it)
#   BENCH_IMPORTS=0                     leave the import measurement out
#   BENCH_DB_POOL=4                     the app's connection pool (CASEWORK_DB_POOL_SIZE): twice the cores of
#                                       the bench machine's database, as docs/operations.md advises
#   BENCH_WORKER_THREADS=8              the app's request threads (CASEWORK_WORKER_THREADS): twice the pool
#
# Adding a measurement: one line in MEASUREMENTS below.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"

DB=casework_bench
HOST=127.0.0.1
PGPORT_=5432
APP_USER="${CASEWORK_DB_USER:-casework}"
APP_PASSWORD="${CASEWORK_DB_PASSWORD:-casework}"
DB_URL="jdbc:postgresql://$HOST:$PGPORT_/$DB"
SCALE="${BENCH_SCALE:-1}"
CALLS="${BENCH_CALLS:-50}"
WARMUP="${BENCH_WARMUP:-100}"
PORT="${BENCH_PORT:-8181}"
BASE="http://127.0.0.1:$PORT"
JAR=target/quarkus-app/quarkus-run.jar
RESULTS=target/bench-results.md
APP_LOG=target/bench-app.log

# --- The measurements ----------------------------------------------------------------------------------------
# One line each, fields separated by "|":
#   label | METHOD /path?query [body.json] | token | SQL file | SQL parameters
# - {name} anywhere is replaced by a value picked from the data (see pick_values): {team} (Team 01), {all_teams}
#   (every team id, comma-separated), {three_teams} (Teams 01-03), {person} (the person with the most presentations), {open_case} (an open
#   case of Team 01), {lead_one} (bench.lead.one's worker id), {today}, {year_from} (today - 364 days),
#   {quarter} (the current quarter, e.g. 2026-Q4), {year_from_ts}/{tomorrow_ts} (those local midnights as
#   instants), {yesterday}, {days28_from} (today - 27 days) and {days28_from_ts}, {year_back_ts} (today - 366 days),
#   {team_workers} (Team 01's active workers, comma-separated), {now}.
# - token: "all" = bench.lead.all (team lead in all 40 teams), "one" = bench.lead.one (team lead in Team 01),
#   "three" = bench.lead.three (team lead in Teams 01-03); "api:<value>" = a bearer token for the username a
#   picked value names ({busiest_worker}: the key worker of the most open cases); "web:<value or username>" = a
#   web page, with the session cookie of the demo sign-in as that worker (the app runs with the local profile).
# - A body file (JSON, may hold {name}s) is sent with POST/PUT as application/json.
# - SQL file (optional; "" = none), or java:<class> for a class that prints the statements an endpoint composes
#   in Java (org.casework.bench.Statements scorecard|soft-outcomes|workload|cases|timeline, run on the built
#   classes): statements using JPA-style named parameters :name, each given as name=value (no spaces in values;
#   name= is the empty string, name=NULL the SQL null, as the app binds an absent filter). Every other value is
#   passed as one quoted SQL literal, so the file is exactly the SQL the app runs, with literals for parameters;
#   a value in brackets, name=[a,b], becomes a list of literals ('a', 'b'), as Hibernate expands a collection for
#   "in (:name)"; name={{team}} is the array literal '{id}', as the app binds a set of teams for
#   "cast(:name as uuid[])". A file of several statements is timed as their sum.
read -r -d '' MEASUREMENTS <<'EOF' || true
Soft outcomes, Team 01, 12 months | GET /api/teams/{team}/soft-outcomes?from={year_from}&to={today} | one | java:org.casework.bench.Statements soft-outcomes | teamId={team} from={year_from_ts} until={tomorrow_ts}
Timeline, busiest person, first page | GET /api/people/{person}/timeline | all | java:org.casework.bench.Statements timeline | personId={person} notesFrom={{all_teams}} fetch=21
Open cases of Team 01, page of 100 | GET /api/cases?teamId={team}&status=open&limit=100 | one | java:org.casework.bench.Statements cases | teams={{team}} team_id={team} status=open fetch=101
Record a presentation with 3 issues | POST /api/cases/{open_case}/interactions bench/requests/presentation.json | one | |
Repeat dashboard, all 40 teams, 12 months | GET /api/dashboards/repeat-presentations?from={year_from}&to={today} | all | src/main/resources/sql/repeats/dashboard-every-team.sql | team=NULL fromDate={year_from} toDate={today} today={today} frequentDays=5 listLimit=20
Repeat dashboard, Team 01 (its lead), 12 months | GET /api/dashboards/repeat-presentations?team={team}&from={year_from}&to={today} | one | src/main/resources/sql/repeats/dashboard.sql | teams={{team}} team={team} issue=NULL fromDate={year_from} toDate={today} today={today} windowDays=28 frequentDays=5 listLimit=20
Repeat dashboard, Team 01 in all teams' scope, 12 months | GET /api/dashboards/repeat-presentations?team={team}&from={year_from}&to={today} | all | src/main/resources/sql/repeats/dashboard-every-team.sql | team={team} fromDate={year_from} toDate={today} today={today} frequentDays=5 listLimit=20
Repeat dashboard, 3 teams (computed from the days), 12 months | GET /api/dashboards/repeat-presentations?from={year_from}&to={today} | three | src/main/resources/sql/repeats/dashboard.sql | teams={{three_teams}} team=NULL issue=NULL fromDate={year_from} toDate={today} today={today} windowDays=28 frequentDays=5 listLimit=20
Scorecard, Team 01, this quarter | GET /api/teams/{team}/scorecard?period={quarter} | one | java:org.casework.bench.Statements scorecard | teamId={team} since={quarter_from_ts} until={quarter_next_ts} from={quarter_from_ts} fromDay={quarter_from} toDay={quarter_next} n=28 first={quarter_from} last={quarter_next} step=3months comparator=at-least threshold=60 today={today} now={now} teams={{team}} team={team} issue=NULL fromDate={quarter_from} toDate={quarter_last} windowDays=28 frequentDays=5 listLimit=1
Scorecard, Team 01, this quarter and the one before | GET /api/teams/{team}/scorecard?period={quarter}&compare=previous | one | |
Web: scorecard, Team 01 (its lead), this quarter and the one before | GET /teams/{team}/scorecard?period={quarter} | web:bench.lead.one | |
Workload, Team 01, last 28 days | GET /api/teams/{team}/workload | one | java:org.casework.bench.Statements workload | teamId={team} teams=[{team}] workers=[{team_workers}] weighty=[safeguarding,domestic-abuse,mental-health,substance-use,homelessness] since={days28_from_ts} until={tomorrow_ts} dayStarts=08:00 dayEnds=18:00 asOfEnd={tomorrow_ts} runSince={year_back_ts} runMustReach={yesterday}
Web: workload, Team 01 (its lead), last 28 days | GET /teams/{team}/workload | web:bench.lead.one | |
A person's presentations, busiest person | GET /api/people/{person}/presentations | all | src/main/resources/sql/repeats/person-presentations.sql | personId={person} teams={{all_teams}} windowDays=28 beforeDate=9999-12-31 fetch=21
Web: repeat dashboard, Team 01 (its lead), 12 months | GET /dashboards/repeats?team={team}&months=12 | web:bench.lead.one | |
Web: my day, busiest key worker | GET / | web:busiest_worker | |
API my day replaces: caseload | GET /api/workers/{busiest_worker_id}/caseload | api:busiest_worker | |
API my day replaces: follow-ups overdue | GET /api/workers/{busiest_worker_id}/follow-ups?status=overdue&limit=50 | api:busiest_worker | |
API my day replaces: follow-ups due today | GET /api/workers/{busiest_worker_id}/follow-ups?status=due-today&limit=50 | api:busiest_worker | |
API my day replaces: follow-ups upcoming | GET /api/workers/{busiest_worker_id}/follow-ups?status=upcoming&limit=50 | api:busiest_worker | |
Web: a person's page, busiest person | GET /people/{person} | web:bench.lead.all | |
API the person's page replaces: person | GET /api/people/{person} | all | |
API the person's page replaces: open cases | GET /api/cases?personId={person}&status=open&limit=50 | all | |
API the person's page replaces: network | GET /api/people/{person}/network?limit=50 | all | |
API the person's page replaces: continuity | GET /api/people/{person}/continuity | all | |
API the person's page replaces: distance travelled | GET /api/people/{person}/distance-travelled | all | |
API the person's page replaces: presentations | GET /api/people/{person}/presentations?limit=10 | all | |
EOF

say() { echo "bench: $*" >&2; }
die() { echo "bench: $*" >&2; exit 1; }

app_psql() { PGPASSWORD="$APP_PASSWORD" psql -h "$HOST" -p "$PGPORT_" -U "$APP_USER" -d "$DB" -X -v ON_ERROR_STOP=1 "$@"; }

# A superuser session on the bench database: the load sets session_replication_role, which only a superuser may.
superuser_psql() {
  if psql -h "$HOST" -p "$PGPORT_" -U postgres -d "$DB" -w -Atqc 'select 1' >/dev/null 2>&1; then
    psql -h "$HOST" -p "$PGPORT_" -U postgres -d "$DB" -w -X -v ON_ERROR_STOP=1 "$@"
  elif [ "$(id -u)" = 0 ] && id postgres >/dev/null 2>&1; then
    runuser -u postgres -- psql -p "$PGPORT_" -d "$DB" -X -v ON_ERROR_STOP=1 "$@"
  elif sudo -n -u postgres true 2>/dev/null; then
    sudo -n -u postgres psql -p "$PGPORT_" -d "$DB" -X -v ON_ERROR_STOP=1 "$@"
  else
    die "the load needs a PostgreSQL superuser (trusted TCP as postgres, or the postgres OS account)"
  fi
}

# --- The app ---------------------------------------------------------------------------------------------------
APP_PID=
stop_app() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=
}
trap stop_app EXIT
trap 'exit 130' INT TERM

start_app() {
  ! curl -s -o /dev/null "$BASE/q/health" || die "port $PORT is already in use: set BENCH_PORT"
  # the bench sends thousands of requests as one caller: the per-caller rate limit would answer 429
  QUARKUS_PROFILE=local CASEWORK_DB_POOL_SIZE="${BENCH_DB_POOL:-4}" CASEWORK_WORKER_THREADS="${BENCH_WORKER_THREADS:-8}" CASEWORK_DEMO_DATA_ENABLED=false CASEWORK_RATE_LIMIT_ENABLED=false CASEWORK_DB_URL="$DB_URL" QUARKUS_HTTP_PORT="$PORT" \
    java -jar "$JAR" >"$APP_LOG" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 180); do
    curl -sf -o /dev/null "$BASE/q/health" && return 0
    kill -0 "$APP_PID" 2>/dev/null || die "the app stopped while starting; see $APP_LOG"
    sleep 1
  done
  die "the app did not answer on $BASE/q/health within 3 minutes; see $APP_LOG"
}

# --- Statistics --------------------------------------------------------------------------------------------
# Reads milliseconds, one a line; prints "median p95" (nearest rank).
stats() {
  sort -g | awk '{ v[NR] = $1 } END {
    if (NR == 0) { print "- -"; exit }
    m = int((NR + 1) / 2); p = int(NR * 0.95); if (p < NR * 0.95) p++; if (p < 1) p = 1
    printf "%.1f %.1f\n", (NR % 2 ? v[m] : (v[NR/2] + v[NR/2 + 1]) / 2), v[p] }'
}

# --- Values picked from the data ---------------------------------------------------------------------------
declare -A V
pick_values() {
  local line key value
  while IFS='=' read -r key value; do
    [ -n "$key" ] && V[$key]="$value"
  done < <(app_psql -Atq <<'SQL'
set timezone = 'Europe/London';
select 'team=' || id from team where name = 'Team 01';
select 'all_teams=' || string_agg(id::text, ',' order by name) from team;
select 'three_teams=' || string_agg(id::text, ',' order by name) from team where name in ('Team 01', 'Team 02', 'Team 03');
select 'lead_one=' || id from worker where username = 'bench.lead.one';
select 'lead_all=' || id from worker where username = 'bench.lead.all';
-- the person with the most presentations who has not agreed to share across teams
select 'person=' || i.person_id from interaction i join person p on p.id = i.person_id
where i.initiator <> 'worker' and not p.consent_to_share_across_teams
group by i.person_id order by count(*) desc, i.person_id limit 1;
select 'open_case=' || c.id from support_case c join team t on t.id = c.team_id
where t.name = 'Team 01' and c.status = 'open' order by c.opened_at, c.id limit 1;
-- the worker who is key worker of the most open cases: whose day is the longest to show
select 'busiest_worker=' || w.username from support_case c join worker w on w.id = c.key_worker_id
where c.status = 'open' group by w.username order by count(*) desc, w.username limit 1;
select 'busiest_worker_id=' || w.id from support_case c join worker w on w.id = c.key_worker_id
where c.status = 'open' group by w.id, w.username order by count(*) desc, w.username limit 1;
-- the active workers of Team 01, as the workload lists them
select 'team_workers=' || string_agg(w.id::text, ',' order by w.display_name, w.id) from worker w
join worker_team m on m.worker_id = w.id join team t on t.id = m.team_id where t.name = 'Team 01' and w.active;
select 'today=' || current_date;
select 'yesterday=' || (current_date - 1);
select 'days28_from=' || (current_date - 27);
select 'days28_from_ts=' || to_char((current_date - 27)::timestamp at time zone 'Europe/London', 'YYYY-MM-DD"T"HH24:MI:SSOF');
select 'year_back_ts=' || to_char((current_date - 366)::timestamp at time zone 'Europe/London', 'YYYY-MM-DD"T"HH24:MI:SSOF');
select 'year_from=' || (current_date - 364);
select 'quarter=' || to_char(current_date, 'YYYY-"Q"Q');
select 'quarter_from=' || cast(date_trunc('quarter', current_date) as date);
select 'quarter_last=' || cast(date_trunc('quarter', current_date) + interval '3 months' as date) - 1;
select 'quarter_next=' || cast(date_trunc('quarter', current_date) + interval '3 months' as date);
select 'quarter_from_ts=' || to_char(cast(date_trunc('quarter', current_date) as date)::timestamp at time zone 'Europe/London', 'YYYY-MM-DD"T"HH24:MI:SSOF');
select 'quarter_next_ts=' || to_char(cast(date_trunc('quarter', current_date) + interval '3 months' as date)::timestamp at time zone 'Europe/London', 'YYYY-MM-DD"T"HH24:MI:SSOF');
select 'year_from_ts=' || to_char((current_date - 364)::timestamp at time zone 'Europe/London', 'YYYY-MM-DD"T"HH24:MI:SSOF');
select 'tomorrow_ts=' || to_char((current_date + 1)::timestamp at time zone 'Europe/London', 'YYYY-MM-DD"T"HH24:MI:SSOF');
SQL
)
  V[now]="$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  for key in team all_teams lead_one lead_all person open_case team_workers; do
    [ -n "${V[$key]:-}" ] || die "could not pick {$key} from the data: is the bench data loaded?"
  done
}

fill() {
  local text="$1" key
  for key in "${!V[@]}"; do text="${text//\{$key\}/${V[$key]}}"; done
  printf '%s' "$text"
}

trim() { local s="$1"; s="${s#"${s%%[![:space:]]*}"}"; printf '%s' "${s%"${s##*[![:space:]]}"}"; }

# --- HTTP: CALLS requests on one connection, each time_total in ms -------------------------------------------
http_times() { # method url token body-file count
  local method="$1" url="$2" token="$3" body="$4" count="$5" args=() i
  if [[ "$token" == cookie:* ]]; then
    # a web page: the browser's session cookie, and what a browser accepts
    args=(-s -X "$method" -H "Cookie: ${token#cookie:}" -H 'Accept: text/html' -H 'Accept-Encoding: gzip')
  else
    args=(-s -X "$method" -H "Authorization: Bearer $token" -H 'Accept: application/json')
  fi
  args+=(-w '%{http_code} %{time_total}\n')
  if [ -n "$body" ]; then args+=(-H 'Content-Type: application/json' --data-binary "@$body"); fi
  for ((i = 0; i < count; i++)); do args+=("$url" -o /dev/null); done
  curl "${args[@]}"
}

# --- SQL: the file with its parameters as literals, timed by psql's \timing (client side, rows discarded) -----
sql_times() { # file params count warmup
  local file="$1" params="$2" count="$3" warmup="$4" prepared script i
  prepared="$(mktemp)"; script="$(mktemp)"
  # shellcheck disable=SC2086
  BENCH_PARAMS="$params" perl -e '
    my %p;
    for (split /\s+/, $ENV{BENCH_PARAMS}) {
      my ($k, $v) = split /=/, $_, 2;
      next unless defined $k && length $k;
      my @values = $v =~ /^\[(.*)\]$/ ? split(/,/, $1) : ($v);
      $p{$k} = $v eq "NULL" ? "NULL"
          : join(", ", map { my $x = $_; $x =~ s/\x27/\x27\x27/g; "\x27$x\x27" } @values);
    }
    local $/; my $sql = <STDIN>;
    $sql =~ s/(?<![:\w]):([A-Za-z_]\w*)/exists $p{$1} ? $p{$1} : die("no value for :$1\n")/ge;
    print $sql;' <"$file" >"$prepared" || { rm -f "$prepared" "$script"; return 1; }
  {
    echo '\o /dev/null'
    echo '\timing on'
    for ((i = 0; i < warmup + count; i++)); do
      echo "\\echo @@run $i"
      cat "$prepared"
      echo ';'   # the app's SQL files end without one (JPA takes one statement)
    done
  } >"$script"
  app_psql -q -f "$script" | awk -v warmup="$warmup" '
    /^@@run / { if (run != "" && run >= warmup) print sum; run = $2; sum = 0; next }
    /^Time: / { sum += $2 }
    END { if (run != "" && run >= warmup) print sum }'
  local status=${PIPESTATUS[0]}
  rm -f "$prepared" "$script"
  return "$status"
}

# --- Main -----------------------------------------------------------------------------------------------------
command -v curl >/dev/null || die "curl is needed"
command -v psql >/dev/null || die "psql is needed"
mkdir -p target

say "PostgreSQL and the database $DB"
env -u CASEWORK_DB_URL EXTRA_DATABASES="$DB" src/main/sh/db.sh >&2

if [ "${BENCH_SKIP_BUILD:-0}" = 1 ] && [ -f "$JAR" ]; then
  say "using the jar already built ($JAR)"
else
  say "building the app (./mvnw -B clean package -DskipTests)"
  ./mvnw -B -q clean package -DskipTests >&2
  mkdir -p target
fi

loaded=0
if [ "${BENCH_REUSE:-0}" = 1 ] && \
   [ "$(app_psql -Atqc "select to_regclass('interaction') is not null and exists (select 1 from interaction)" 2>/dev/null)" = t ]; then
  loaded=1
  say "reusing the data in $DB ($(app_psql -Atqc "select coalesce(shobj_description(oid, 'pg_database'), 'unknown scale') from pg_database where datname = current_database()"))"
else
  say "emptying $DB (drop schema public cascade)"
  app_psql -qc 'set client_min_messages = warning; drop schema if exists public cascade; create schema public;' >&2
fi

say "starting the app on port $PORT (Flyway migrates $DB)"
start_app

LOAD_SECONDS=
if [ "$loaded" = 0 ]; then
  anchor="${BENCH_ANCHOR:-$(TZ=Europe/London date +%F)}"
  say "loading the synthetic council, scale $SCALE, ending $anchor (bench/generate.sql)"
  started=$(date +%s.%N)
  superuser_psql -q -v scale="$SCALE" -v anchor="$anchor" -f bench/generate.sql >target/bench-load.log 2>&1 \
    || { cat target/bench-load.log >&2; die "the load failed"; }
  LOAD_SECONDS=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.0f", b - a }')
  app_psql -qc "comment on database $DB is 'bench scale $SCALE, anchor $anchor, loaded in ${LOAD_SECONDS} s'"
  say "loaded in ${LOAD_SECONDS} s"
fi

pick_values
declare -A TOKEN
TOKEN[all]="$(CASEWORK_DB_URL="$DB_URL" src/main/sh/token.sh bench.lead.all)"
TOKEN[one]="$(CASEWORK_DB_URL="$DB_URL" src/main/sh/token.sh bench.lead.one)"
TOKEN[three]="$(CASEWORK_DB_URL="$DB_URL" src/main/sh/token.sh bench.lead.three)"

# "api:<value>" and "web:<value or username>" tokens: a bearer token, or a session cookie from the demo sign-in
token_for() {
  local kind="${1%%:*}" who="${1#*:}"
  if [ -n "${V[$who]:-}" ]; then who="${V[$who]}"; fi
  if [ "$kind" = api ]; then
    CASEWORK_DB_URL="$DB_URL" src/main/sh/token.sh "$who"
  else
    printf 'cookie:quarkus-credential=%s' "$(curl -s -o /dev/null -c - -d "j_username=$who" -d 'j_password=demo' \
      "$BASE/j_security_check" | awk '$6 == "quarkus-credential" { print $7 }')"
  fi
}

rows=()
while IFS= read -r line; do
  [ -n "$(trim "$line")" ] || continue
  IFS='|' read -r label request token sqlfile params <<<"$line"
  label="$(trim "$label")"; request="$(fill "$(trim "$request")")"; token="$(trim "$token")"
  sqlfile="$(trim "$sqlfile")"; params="$(fill "$(trim "$params")")"
  if [ -n "${BENCH_ONLY:-}" ] && [[ "$label" != *"$BENCH_ONLY"* ]]; then continue; fi
  read -r method path bodyfile <<<"$request"
  if [[ "$token" == api:* || "$token" == web:* ]] && [ -z "${TOKEN[$token]:-}" ]; then
    TOKEN[$token]="$(token_for "$token")"
  fi
  [ -n "${TOKEN[$token]:-}" ] && [ "${TOKEN[$token]}" != cookie:quarkus-credential= ] \
    || die "$label: unknown token '$token' (all, one, three, api:<who> or web:<who>), or its sign-in failed"
  body=
  if [ -n "${bodyfile:-}" ]; then
    body="$(mktemp)"; fill "$(cat "$bodyfile")" >"$body"
  fi
  say "$label: $method $path"

  http_times "$method" "$BASE$path" "${TOKEN[$token]}" "$body" "$WARMUP" >/dev/null
  answers="$(http_times "$method" "$BASE$path" "${TOKEN[$token]}" "$body" "$CALLS")"
  [ -z "$body" ] || rm -f "$body"
  bad="$(awk '$1 !~ /^2/ { print $1; exit }' <<<"$answers")"
  if [ -n "$bad" ]; then
    say "$label answered HTTP $bad"
    read -r http_median http_p95 <<<"HTTP-$bad -"
  else
    read -r http_median http_p95 < <(awk '{ print $2 * 1000 }' <<<"$answers" | stats)
  fi

  sql_median=-; sql_p95=-; ratio=-
  if [[ "$sqlfile" == java:* ]]; then
    # statements the application composes in Java, printed by a class of its own (see the MEASUREMENTS notes)
    read -r printer endpoint <<<"${sqlfile#java:}"
    generated="target/bench-sql-${endpoint:-statements}.sql"
    java -cp "target/quarkus-app/lib/main/*:target/classes:target/test-classes" "$printer" $endpoint >"$generated" \
      || die "$label: $printer did not print its SQL"
    sqlfile="$generated"
  fi
  if [ -n "$sqlfile" ]; then
    [ -f "$sqlfile" ] || die "$label: no SQL file $sqlfile"
    if times="$(sql_times "$sqlfile" "$params" "$CALLS" "$WARMUP")"; then
      read -r sql_median sql_p95 < <(stats <<<"$times")
    else
      say "$label: the SQL in $sqlfile failed"
      sql_median=SQL-error
    fi
    if [ -z "$bad" ] && [ "$sql_median" != SQL-error ]; then
      ratio="$(awk -v h="$http_median" -v s="$sql_median" 'BEGIN { if (s > 0) printf "%.1f", h / s; else print "-" }')"
    fi
  fi
  rows+=("| $label | $http_median | $http_p95 | $sql_median | $sql_p95 | $ratio |")
done <<<"$MEASUREMENTS"

# --- Concurrent writes: the API beside pgbench writing the same rows with no summaries ------------------------
# wrk posts contacts (bench/writes/contact.lua) for BENCH_WRITE_SECONDS at each level of BENCH_WRITE_CLIENTS; then
# pgbench inserts the same rows (bench/writes/contact.pgbench) at the same concurrency with the summary triggers
# disabled, and its rows are deleted again before they are enabled. Every contact the API acknowledged must be
# stored, and the tallies of the days written must equal a recount.
write_rows=()
write_checks=()
write_percentile() { # percentile file...: pgbench's per-transaction logs (latency in microseconds, column 3), in ms
  local pct="$1"; shift
  cat "$@" | awk '{ print $3 / 1000 }' | sort -g | awk -v p="$pct" '{ v[NR] = $1 } END {
    if (NR == 0) { print "-"; exit } r = int(NR * p / 100); if (r < NR * p / 100) r++; if (r < 1) r = 1
    printf "%.1f\n", v[r] }'
}
# What autovacuum does on a live database, done between the levels: this machine's PostgreSQL runs without it, and
# the dead rows of one level's writes would otherwise slow the next level and the reads measured after.
write_vacuum() {
  app_psql -qc 'vacuum (analyze) interaction, interaction_issue, presentation_day, presentation_tally,
                presentation_day_pending, case_return, audit_event' >/dev/null
}
run_writes() {
  command -v wrk >/dev/null || die "the write measurement needs wrk (apt-get install wrk)"
  command -v pgbench >/dev/null || die "the write measurement needs pgbench (PostgreSQL's client tools)"
  local seconds="${BENCH_WRITE_SECONDS:-60}" cases="${BENCH_WRITE_CASES:-4000}" worker="${V[lead_all]}"
  local case_file=target/bench-write-cases.txt body started clients result threads
  say "concurrent writes: $cases open cases, ${seconds} s a level, clients ${BENCH_WRITE_CLIENTS:-1 8 16}"
  app_psql -q >/dev/null <<SQL
drop table if exists bench_write_case;
create table bench_write_case as
select cast(row_number() over (order by md5(cast(c.id as text))) as integer) as n, c.id as case_id, c.person_id,
       c.team_id
from support_case c where c.status = 'open' order by md5(cast(c.id as text)) limit $cases;
alter table bench_write_case add primary key (n);
SQL
  app_psql -Atqc 'select case_id from bench_write_case order by n' >"$case_file"
  cases="$(wc -l <"$case_file")"
  body="$(sed -e "s/{lead_one}/$worker/" -e "s/{now}/${V[now]}/" bench/requests/presentation.json | tr -d '\n')"
  started="$(app_psql -Atqc 'select now()')"
  # Untimed writes first: on a machine this size the JIT takes minutes of load to compile the write path (the app's
  # CPU per contact falls about threefold over the first three minutes), and a server runs for far longer than that.
  local warmup="${BENCH_WRITE_WARMUP:-180}" busiest
  busiest="$(tr ' ' '\n' <<<"${BENCH_WRITE_CLIENTS:-1 8 16}" | sort -n | tail -n 1)"
  if [ "$warmup" -gt 0 ]; then
    say "concurrent writes: warming up, ${warmup} s at $busiest clients (not measured)"
    BENCH_CASES="$case_file" BENCH_TOKEN="${TOKEN[all]}" BENCH_BODY="$body" \
      wrk -t2 -c"$busiest" -d"${warmup}s" --timeout 10s -s bench/writes/contact.lua "$BASE" >/dev/null
    write_vacuum
  fi
  for clients in ${BENCH_WRITE_CLIENTS:-1 8 16}; do
    threads=$((clients < 2 ? clients : 2))
    local level_start acknowledged stored
    level_start="$(app_psql -Atqc 'select now()')"
    say "concurrent writes: the API, $clients clients"
    result="$(BENCH_CASES="$case_file" BENCH_TOKEN="${TOKEN[all]}" BENCH_BODY="$body" \
      wrk -t"$threads" -c"$clients" -d"${seconds}s" --timeout 10s -s bench/writes/contact.lua "$BASE" \
      | awk '/^RESULT / { $1 = ""; print }')"
    local requests ok s409 s4xx s5xx errors p50 p99 duration
    read -r requests ok s409 s4xx s5xx errors p50 p99 duration <<<"$result"
    [ -n "${duration:-}" ] || die "wrk printed no result"
    stored="$(app_psql -Atqc "select count(*) from interaction where recorded_by_worker_id = '$worker'
                                and recorded_at >= '$level_start'")"
    acknowledged="$ok"
    # wrk stops counting with requests still in flight: up to one a client is stored but not acknowledged
    if [ "$stored" -ge "$acknowledged" ] && [ "$stored" -le $((acknowledged + clients)) ]; then
      write_checks+=("$clients clients: every acknowledged contact stored ($acknowledged acknowledged, $stored stored)")
    else
      write_checks+=("$clients clients: MISMATCH, $acknowledged acknowledged but $stored stored")
    fi
    local api_rate; api_rate="$(awk -v n="$ok" -v d="$duration" 'BEGIN { printf "%.1f", n / d }')"
    write_vacuum

    say "concurrent writes: pgbench, the same rows with no summaries, $clients clients"
    rm -f target/bench-pgbench-log*
    app_psql -qc 'alter table interaction disable trigger interaction_presentation_pending;
                  alter table interaction_issue disable trigger interaction_issue_pending_inserted'
    local pg_out pg_tps pg_p50 pg_p99 pg_failed
    pg_out="$(cd target && PGPASSWORD="$APP_PASSWORD" pgbench -h "$HOST" -p "$PGPORT_" -U "$APP_USER" -n \
      -c "$clients" -j "$threads" -T "$seconds" -D cases="$cases" -D worker="$worker" \
      -f "$ROOT/bench/writes/contact.pgbench" -l --log-prefix=bench-pgbench-log "$DB" 2>&1)" \
      || { app_psql -qc 'alter table interaction enable trigger interaction_presentation_pending;
                         alter table interaction_issue enable trigger interaction_issue_pending_inserted'
           echo "$pg_out" >&2; die "pgbench failed"; }
    # its rows go again with the triggers still off, so the summaries never counted them
    app_psql -qc "delete from interaction where summary = 'Came in about a notice to quit (pgbench)';
                  alter table interaction enable trigger interaction_presentation_pending;
                  alter table interaction_issue enable trigger interaction_issue_pending_inserted"
    write_vacuum
    pg_tps="$(awk '/^tps = / { printf "%.1f", $3; exit }' <<<"$pg_out")"
    pg_failed="$(awk '/number of failed transactions/ { print $5; exit }' <<<"$pg_out")"
    pg_p50="$(write_percentile 50 target/bench-pgbench-log*)"
    pg_p99="$(write_percentile 99 target/bench-pgbench-log*)"
    local ratio; ratio="$(awk -v a="$api_rate" -v p="$pg_tps" 'BEGIN { printf "%.1f%%", 100 * a / p }')"
    write_rows+=("| $clients | $api_rate | $p50 | $p99 | $((requests - ok)) ($s409 × 409, $s5xx × 5xx, $errors errors) | $pg_tps | $pg_p50 | $pg_p99 | ${pg_failed:-0} | $ratio |")
  done

  say "concurrent writes: folding in what is pending (as a reader would), then recounting the days written"
  local fold_started fold_seconds pending
  pending="$(app_psql -Atqc 'select count(*) from presentation_day_pending')"
  fold_started=$(date +%s.%N)
  app_psql -Atqc 'select casework_fold_presentations(1000000, true)' >/dev/null
  fold_seconds=$(awk -v a="$fold_started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
  write_checks+=("keys still pending when the last level ended: $pending, folded in ${fold_seconds} s")
  local differences
  differences="$(app_psql -Atq <<SQL
with kept as (
    select team_id, local_date, dimension, value, sum(days) as days, sum(presentations) as presentations,
           sum(repeats) as repeats, sum(same_issue) as same_issue
    from presentation_tally where local_date >= casework_local_date('$started')
    group by team_id, local_date, dimension, value
    having (sum(days), sum(presentations), sum(repeats), sum(same_issue)) <> (0, 0, 0, 0)),
recounted as (
    select x.team_id, pd.local_date, x.dimension, x.value, sum(x.days), sum(x.presentations), sum(x.repeats),
           sum(x.same_issue)
    from presentation_day pd cross join lateral casework_tally_rows(pd) x
    where pd.local_date >= casework_local_date('$started')
    group by x.team_id, pd.local_date, x.dimension, x.value)
select count(*) from ((table kept except table recounted) union all (table recounted except table kept)) d;
SQL
)"
  write_checks+=("tally rows of the days written that differ from a recount: $differences")
}
if [ "${BENCH_WRITES:-1}" = 1 ] && { [ -z "${BENCH_ONLY:-}" ] || [[ "writes" == *"$BENCH_ONLY"* ]]; }; then
  run_writes
fi

# --- Imports: POST /api/imports of a file of contacts beside \copy of the same rows into the same tables -----------
import_rows=()
import_checks=()
run_imports() {
  local rows="${BENCH_IMPORT_ROWS:-1000000}" worker="${V[lead_all]}" file=target/bench-import.ndjson
  local contacts_csv="$ROOT/target/bench-import-interaction.csv" issues_csv="$ROOT/target/bench-import-issue.csv"
  say "imports: $rows contacts over the open cases of every team, as a file and as the rows \\copy loads"
  # One row a contact: on an open case whose key worker leads it, at a time between the case's opening and an
  # hour ago, with one to three issues; the same rows go to the file (with ids of their own) and to \copy.
  app_psql -q >/dev/null <<SQL
drop table if exists bench_import_row;
create table bench_import_row as
with cases as (
    select row_number() over (order by c.id) - 1 as k, c.id, c.person_id, c.team_id, c.key_worker_id, c.opened_at
    from support_case c where c.status = 'open'),
counted as (select count(*) as n from cases)
select g.n, gen_random_uuid() as id, c.id as case_id, c.person_id, c.team_id, c.key_worker_id,
       c.opened_at + (now() - interval '1 hour' - c.opened_at) * ((g.n::bigint * 7919 % 1000) / 1000.0) as occurred_at,
       (array['phone', 'in-person', 'home-visit', 'drop-in'])[1 + g.n % 4] as channel,
       (array['person', 'worker', 'other-agency'])[1 + g.n % 3] as initiator,
       5 + g.n % 55 as duration_minutes,
       (array['homelessness', 'rent-arrears', 'mental-health', 'tenancy', 'benefits', 'repairs'])
           [1 + g.n % 6:1 + g.n % 6 + g.n % 3] as issues,
       'Imported contact ' || g.n || ': talked through the notice to quit and what comes next' as summary
from generate_series(1, $rows) g (n)
join counted on true
join cases c on c.k = g.n % counted.n;
SQL
  app_psql -Atq >"$file" <<'SQL'
copy (select json_build_object('reference', 'bench-import-' || n, 'caseId', case_id,
          'occurredAt', to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
          'contactStatus', 'made', 'channel', channel, 'initiator', initiator, 'durationMinutes', duration_minutes,
          'leadWorkerId', key_worker_id, 'issues', to_json(issues), 'summary', summary)
      from bench_import_row order by n) to stdout
SQL
  app_psql -Atq >"$contacts_csv" <<SQL
copy (select id, case_id, person_id, team_id, occurred_at, now(), '$worker', 'made', channel, initiator,
             duration_minutes, key_worker_id, summary, 0
      from bench_import_row order by n) to stdout with (format csv)
SQL
  app_psql -Atq -c "copy (select id, unnest(issues) from bench_import_row order by n) to stdout with (format csv)" \
    >"$issues_csv"
  local bytes; bytes="$(stat -c %s "$file")"

  say "imports: \\copy of the same rows into interaction and interaction_issue (triggers on), rolled back"
  write_vacuum
  local started copy_seconds
  started=$(date +%s.%N)
  app_psql -q >/dev/null <<SQL
begin;
\\copy interaction (id, case_id, person_id, team_id, occurred_at, recorded_at, recorded_by_worker_id, contact_status, channel, initiator, duration_minutes, lead_worker_id, summary, version) from '$contacts_csv' csv
\\copy interaction_issue (interaction_id, category) from '$issues_csv' csv
set constraints all immediate;
rollback;
SQL
  copy_seconds=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
  write_vacuum

  say "imports: POST /api/imports of the $((bytes / 1048576)) MB file, then following it until it ends"
  local posted id status import_seconds answer
  started=$(date +%s.%N)
  posted="$(curl -s -f -H "Authorization: Bearer ${TOKEN[all]}" -H 'Content-Type: application/x-ndjson' \
    --data-binary "@$file" "$BASE/api/imports?recordType=interactions")" || die "the import was not accepted"
  id="$(sed -E 's/.*"id":"([^"]+)".*/\1/' <<<"$posted")"
  local received_seconds
  received_seconds=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
  while true; do
    answer="$(curl -s -H "Authorization: Bearer ${TOKEN[all]}" "$BASE/api/imports/$id")"
    status="$(sed -E 's/.*"status":"([^"]+)".*/\1/' <<<"$answer")"
    [ "$status" = finished ] || [ "$status" = failed ] && break
    sleep 0.5
  done
  import_seconds=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
  local created refused unchanged
  created="$(sed -E 's/.*"created":([0-9]+).*/\1/' <<<"$answer")"
  refused="$(sed -E 's/.*"refused":([0-9]+).*/\1/' <<<"$answer")"
  unchanged="$(sed -E 's/.*"unchanged":([0-9]+).*/\1/' <<<"$answer")"
  [ "$status" = finished ] || die "the import failed: $answer"
  local copy_rate import_rate ratio
  copy_rate="$(awk -v n="$rows" -v s="$copy_seconds" 'BEGIN { printf "%.0f", n / s }')"
  import_rate="$(awk -v n="$rows" -v s="$import_seconds" 'BEGIN { printf "%.0f", n / s }')"
  ratio="$(awk -v a="$import_rate" -v b="$copy_rate" 'BEGIN { printf "%.1f%%", 100 * a / b }')"
  import_rows+=("| $rows | $((bytes / 1048576)) MB | $received_seconds | $import_seconds | $import_rate | $copy_seconds | $copy_rate | $ratio |")
  local stored audited
  stored="$(app_psql -Atqc "select count(*) from import_reference where import_id = '$id'")"
  audited="$(app_psql -Atqc "select count(*) from audit_event where purpose = 'import $id' and action = 'create'")"
  import_checks+=("import $id: $created created, $unchanged unchanged, $refused refused; $stored references kept, $audited contacts audited")
  write_vacuum
}
if [ "${BENCH_IMPORTS:-1}" = 1 ] && { [ -z "${BENCH_ONLY:-}" ] || [[ "imports" == *"$BENCH_ONLY"* ]]; }; then
  run_imports
fi

# Contacts the write measurements recorded are removed, so BENCH_REUSE=1 measures the same data next time
# (their audit events stay: the audit log is append-only): a case at a time, each in its own transaction, so the
# summaries follow as they would for any correction.
say "removing the contacts the bench recorded"
app_psql -q <<SQL >/dev/null
do \$\$
declare
    recorded record;
begin
    for recorded in select distinct case_id from interaction
                    where recorded_by_worker_id in ('${V[lead_one]}', '${V[lead_all]}') loop
        delete from interaction where case_id = recorded.case_id
                                  and recorded_by_worker_id in ('${V[lead_one]}', '${V[lead_all]}');
        commit;
    end loop;
end \$\$;
SQL
app_psql -Atqc 'select casework_fold_presentations(1000000, true)' >/dev/null
# the references of the contacts removed go too, so the next import is not skipped as already imported
app_psql -qc "delete from import_reference where worker_id in ('${V[lead_one]}', '${V[lead_all]}');
              drop table if exists bench_import_row" >/dev/null
write_vacuum

sizes="$(app_psql -Atq -F ' ' <<'SQL'
select 'people', count(*) from person;
select 'cases', count(*) from support_case;
select 'interactions', count(*) from interaction;
select 'presentations', count(*) from interaction where initiator <> 'worker';
select 'interaction issues', count(*) from interaction_issue;
select 'referrals', count(*) from referral;
select 'offers', count(*) from offer;
select 'assessments', count(*) from assessment;
SQL
)"
pg_version="$(app_psql -Atqc 'show server_version')"
described="$(app_psql -Atqc "select coalesce(shobj_description(oid, 'pg_database'), '') from pg_database where datname = current_database()")"

{
  echo "## Benchmark results"
  echo
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM, PostgreSQL $pg_version, $(java -version 2>&1 | head -n 1); ${described:-data of unknown scale}."
  echo "Data: $(awk '{ n = $NF; $NF = ""; printf "%s%s %s", (NR > 1 ? ", " : ""), n, substr($0, 1, length($0) - 1) }' <<<"$sizes")."
  echo "$CALLS timed calls after $WARMUP warm-up calls each. HTTP: curl's time_total, one keep-alive connection."
  echo "SQL: psql's client-side \\timing of the same statements with literal parameters, rows sent to /dev/null"
  echo "(summed over the statements of the file), $CALLS timed runs after $WARMUP. Times in ms; HTTP/SQL = ratio of medians."
  echo
  if [ "${#rows[@]}" -gt 0 ]; then
    echo "| Measurement | HTTP median | HTTP p95 | SQL median | SQL p95 | HTTP/SQL |"
    echo "|---|---:|---:|---:|---:|---:|"
    printf '%s\n' "${rows[@]}"
  fi
  if [ "${#write_rows[@]}" -gt 0 ]; then
    echo
    echo "Concurrent writes, ${BENCH_WRITE_SECONDS:-60} s a level: the API (wrk, POST /api/cases/{id}/interactions, a presentation with"
    echo "three issues on one of ${BENCH_WRITE_CASES:-4000} open cases at random) beside pgbench inserting the same rows with the"
    echo "summary triggers off. The app's connection pool: ${BENCH_DB_POOL:-4}, request threads: ${BENCH_WORKER_THREADS:-8}. Latencies in ms; API/pgbench = ratio of throughputs."
    echo
    echo "| Clients | API req/s | API p50 | API p99 | API not 2xx | pgbench tps | pgbench p50 | pgbench p99 | pgbench failed | API/pgbench |"
    echo "|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|"
    printf '%s\n' "${write_rows[@]}"
    echo
    printf -- '- %s\n' "${write_checks[@]}"
  fi
  if [ "${#import_rows[@]}" -gt 0 ]; then
    echo
    echo "Imports: POST /api/imports of a file of contacts (NDJSON, each with its reference, case, lead and issues), timed"
    echo "from the first byte sent to the import's status reading finished, beside psql's \\copy of the same rows (the"
    echo "contacts and their issues) into the same tables with the same triggers, in one transaction. Seconds."
    echo
    echo "| Contacts | File | Received in | Import | Import contacts/s | \\copy | \\copy contacts/s | Import/\\copy |"
    echo "|---:|---:|---:|---:|---:|---:|---:|---:|"
    printf '%s\n' "${import_rows[@]}"
    echo
    printf -- '- %s\n' "${import_checks[@]}"
  fi
} | tee "$RESULTS"
say "written to $RESULTS"
