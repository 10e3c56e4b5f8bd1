#!/usr/bin/env bash
# Plays deploy/ on one machine without containers: a throwaway PostgreSQL, two Switchboard instances on
# it, nginx in front of them with deploy/nginx/switchboard.conf; then proves that they behave as one
# (a session made through the proxy works on each instance, a sign-out on one ends it on the other, the
# audit trail is one, a stopped instance signs nobody out, a database restart is ridden out), and stops
# everything it started on exit. deploy/README.md lists what it shows, step by step.
#
#   deploy/try-locally.sh            # needs: PostgreSQL's server binaries, nginx, curl, jq, Node 24 + pnpm
#
# Demo mode (no BPCC_BASE_URL): each instance embeds its own simulator, so the two see two different
# made-up tenants. That does not matter here: what is shown is what lives in PostgreSQL (accounts,
# sessions, the audit trail, the limits' counters), which is the same on both. Against a real tenant
# both instances talk to the same one. A third instance joins with the same environment, and an instance
# of an older release refuses a schema a newer one migrated. Ports: PROXY_PORT (18080), A_PORT (18081),
# B_PORT (18082), C_PORT (18083), PG_PORT (18432), METRICS_A_PORT (19464), METRICS_B_PORT (19465),
# METRICS_C_PORT (19466). TRY_SKIP_BUILD=1 keeps apps/web/dist.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
WORK=${TRY_WORK_DIR:-${TMPDIR:-/tmp}/switchboard-try-locally}
PROXY_PORT=${PROXY_PORT:-18080}
A_PORT=${A_PORT:-18081}
B_PORT=${B_PORT:-18082}
C_PORT=${C_PORT:-18083}
PG_PORT=${PG_PORT:-18432}
METRICS_A_PORT=${METRICS_A_PORT:-19464}
METRICS_B_PORT=${METRICS_B_PORT:-19465}
METRICS_C_PORT=${METRICS_C_PORT:-19466}
ORIGIN="http://127.0.0.1:${PROXY_PORT}"
[ -d "$HOME/.switchboard-node/bin" ] && export PATH="$HOME/.switchboard-node/bin:$PATH"

say() { printf '\n== %s\n' "$*"; }
fail() { printf 'try-locally: %s\n' "$*" >&2; exit 1; }
for tool in node pnpm nginx curl jq psql; do command -v "$tool" >/dev/null || fail "$tool is not installed"; done
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "${PG_BIN:-}/initdb" ] || fail "no PostgreSQL server binaries (apt-get install postgresql)"

# initdb refuses root: under root every server command runs as the postgres system user.
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

# --- Stop what a previous run left (only its own processes, by the pid files it wrote) ------------------
# A pid is signalled only while its command line still names what was started (a pid can be reused).
stop_pid_file() {
  local file=$1 marker=$2 pid
  [ -f "$file" ] || return 0
  pid=$(cat "$file")
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && grep -qaF -- "$marker" "/proc/$pid/cmdline" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$file"
}
stop_all() {
  stop_pid_file "$WORK/nginx.pid" "$WORK/nginx"
  stop_pid_file "$WORK/a.pid" "$ROOT/apps/bff/src/server.ts"
  stop_pid_file "$WORK/b.pid" "$ROOT/apps/bff/src/server.ts"
  stop_pid_file "$WORK/c.pid" "$ROOT/apps/bff/src/server.ts"
  if [ -f "$WORK/pg/data/postmaster.pid" ]; then
    as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
}
cleanup() {
  local status=$?
  trap - EXIT INT TERM
  say "stopping nginx, the instances and PostgreSQL"
  stop_all
  if [ "${TRY_KEEP:-0}" = 1 ]; then echo "kept $WORK (TRY_KEEP=1)"; else rm -rf "$WORK"; fi
  exit "$status"
}
stop_all
rm -rf "$WORK"
trap cleanup EXIT
trap 'exit 130' INT TERM

port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for port in "$PROXY_PORT" "$A_PORT" "$B_PORT" "$C_PORT" "$PG_PORT" "$METRICS_A_PORT" "$METRICS_B_PORT" "$METRICS_C_PORT"; do
  port_taken "$port" && fail "port $port is taken (see the ports at the top of $0)"
done
mkdir -p "$WORK/secrets" "$WORK/pg" "$WORK/nginx/tmp" "$WORK/a" "$WORK/b" "$WORK/c" "$WORK/old"
chmod 755 "$WORK"
chmod 700 "$WORK/secrets"
[ "$(id -u)" = 0 ] && chown postgres: "$WORK/pg"

# --- PostgreSQL: its own folder and port, a role and a database for Switchboard ------------------------
say "PostgreSQL ($("$PG_BIN/postgres" --version)) in $WORK/pg on 127.0.0.1:$PG_PORT"
as_pg "$PG_BIN/initdb" -D "$WORK/pg/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
  -E UTF8 --locale=C.UTF-8 --no-instructions --no-sync >"$WORK/pg/initdb.log"
pg_start() {
  as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -l "$WORK/pg/server.log" -w -t 60 \
    -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $WORK/pg" start >/dev/null
}
pg_start
DB_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
as_pg psql -q -h "$WORK/pg" -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 \
  -c "CREATE ROLE switchboard LOGIN PASSWORD '$DB_PASSWORD'" -c "CREATE DATABASE switchboard OWNER switchboard"
# The instances read the URL (it holds the password) from a file: DATABASE_URL_FILE.
printf 'postgres://switchboard:%s@127.0.0.1:%s/switchboard\n' "$DB_PASSWORD" "$PG_PORT" >"$WORK/secrets/database_url"
chmod 600 "$WORK/secrets/database_url"
psql_sb() { PGPASSWORD=$DB_PASSWORD psql -X -q -h 127.0.0.1 -p "$PG_PORT" -U switchboard -d switchboard "$@"; }

# --- The SPA, built once for both instances -------------------------------------------------------------
if [ "${TRY_SKIP_BUILD:-0}" = 1 ] && [ -f "$ROOT/apps/web/dist/index.html" ]; then
  say "web app: keeping apps/web/dist (TRY_SKIP_BUILD=1)"
else
  say "building the web app (pnpm --filter @switchboard/web build)"
  (cd "$ROOT" && pnpm --filter @switchboard/web build >"$WORK/web-build.log" 2>&1) || { tail -n 30 "$WORK/web-build.log"; fail "the web build failed"; }
  echo "built apps/web/dist"
fi

# --- Two instances, started at the same moment on the same environment (only the ports differ) -----------
DEMO_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
# One instance in the foreground, on the environment every instance shares; only the ports are its own.
# A clean environment: nothing of the caller's (a BPCC_BASE_URL, a DATABASE_URL) leaks in; the working
# folder is the instance's own, so no .env of the repository is read either.
run_instance() {
  local name=$1 port=$2; shift 2
  cd "$WORK/$name" && exec env -i PATH="$PATH" HOME="$HOME" \
    HOST=127.0.0.1 PORT="$port" PUBLIC_ORIGIN="$ORIGIN" TRUST_PROXY=1 \
    DATABASE_URL_FILE="$WORK/secrets/database_url" DATABASE_POOL_MAX=5 DATABASE_STATEMENT_TIMEOUT_MS=5000 \
    RATE_LIMIT_READS_PER_MINUTE=1200 RATE_LIMIT_WRITES_PER_MINUTE=240 \
    LOG_LEVEL=warn DEMO_PASSWORD="$DEMO_PASSWORD" DEMO_TENANT_USERS=100 \
    MALLOC_ARENA_MAX=2 MALLOC_MMAP_THRESHOLD_=131072 "$@" \
    node --max-semi-space-size=16 --heap-growing-percent=20 "$ROOT/apps/bff/src/server.ts"
}
start_instance() {
  local name=$1 port=$2 metrics_port=$3
  (run_instance "$name" "$port" METRICS_PORT="$metrics_port") >"$WORK/$name.log" 2>&1 &
  echo $! >"$WORK/$name.pid"
}
say "starting instance a (127.0.0.1:$A_PORT) and instance b (127.0.0.1:$B_PORT) on one DATABASE_URL"
start_instance a "$A_PORT" "$METRICS_A_PORT"
start_instance b "$B_PORT" "$METRICS_B_PORT"

wait_ready() {
  local name=$1 port=$2
  for _ in $(seq 1 120); do
    kill -0 "$(cat "$WORK/$name.pid")" 2>/dev/null || { tail -n 40 "$WORK/$name.log"; fail "instance $name stopped while starting"; }
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/ready")" = 200 ] && return 0
    sleep 0.5
  done
  tail -n 40 "$WORK/$name.log"
  fail "instance $name was not ready within 60 s"
}
wait_ready a "$A_PORT"
wait_ready b "$B_PORT"
echo "(demo mode: each instance embeds a simulator of its own; what follows is what lives in PostgreSQL)"
for pair in "a:$A_PORT" "b:$B_PORT"; do
  printf 'GET http://127.0.0.1:%s/api/ready (instance %s): %s\n' "${pair#*:}" "${pair%%:*}" "$(curl -s "http://127.0.0.1:${pair#*:}/api/ready")"
done
echo "migrations, each applied once although both instances started together:"
psql_sb -c "SELECT version, applied_at FROM schema_migrations ORDER BY version"
echo "the instance registry:"
psql_sb -c "SELECT id, started_at FROM instances ORDER BY started_at"

# --- nginx with deploy/nginx/switchboard.conf, pointed at the two local ports ----------------------------
say "nginx ($(nginx -v 2>&1 | sed 's/^nginx version: //')) on $ORIGIN with deploy/nginx/switchboard.conf"
sed -e "s|server switchboard-a:8080 |server 127.0.0.1:$A_PORT |" \
    -e "s|server switchboard-b:8080 |server 127.0.0.1:$B_PORT |" \
    -e "s|listen 80;|listen 127.0.0.1:$PROXY_PORT;|" \
    -e "s|access_log /var/log/nginx/access.log |access_log $WORK/nginx/access.log |" \
    "$ROOT/deploy/nginx/switchboard.conf" >"$WORK/nginx/switchboard.conf"
for expected in "server 127.0.0.1:$A_PORT " "server 127.0.0.1:$B_PORT " "listen 127.0.0.1:$PROXY_PORT;" "access_log $WORK/nginx/access.log "; do
  grep -qF "$expected" "$WORK/nginx/switchboard.conf" || fail "deploy/nginx/switchboard.conf changed shape: no '$expected' after substitution"
done
cat >"$WORK/nginx/nginx.conf" <<EOF
# Generated by deploy/try-locally.sh: a private nginx whose every path is in $WORK/nginx.
daemon off;
worker_processes 1;
pid $WORK/nginx/nginx.pid.self;
error_log $WORK/nginx/error.log warn;
events { worker_connections 256; }
http {
    client_body_temp_path $WORK/nginx/tmp/body;
    proxy_temp_path $WORK/nginx/tmp/proxy;
    fastcgi_temp_path $WORK/nginx/tmp/fastcgi;
    uwsgi_temp_path $WORK/nginx/tmp/uwsgi;
    scgi_temp_path $WORK/nginx/tmp/scgi;
    include $WORK/nginx/switchboard.conf;
}
EOF
NGINX=(nginx -p "$WORK/nginx" -e "$WORK/nginx/error.log" -c "$WORK/nginx/nginx.conf")
"${NGINX[@]}" -t -q || fail "nginx refused the configuration"
"${NGINX[@]}" &
echo $! >"$WORK/nginx.pid"
for _ in $(seq 1 40); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$ORIGIN/api/health")" = 200 ] && break
  kill -0 "$(cat "$WORK/nginx.pid")" 2>/dev/null || { cat "$WORK/nginx/error.log"; fail "nginx stopped"; }
  sleep 0.25
done
echo "GET $ORIGIN/api/health: $(curl -s "$ORIGIN/api/health")"

# --- The proof ---------------------------------------------------------------------------------------
JAR="$WORK/cookies.txt"
# Instance names for nginx's upstream addresses ("127.0.0.1:18082, 127.0.0.1:18081" = b refused, then a).
names() { sed "s|127.0.0.1:$A_PORT|a|g; s|127.0.0.1:$B_PORT|b|g; s|127.0.0.1:$C_PORT|c|g"; }
last_upstream() { sleep 0.1; tail -n 1 "$WORK/nginx/access.log" | sed -n 's/.*upstream=\(.*\) request_id=.*/\1/p' | names | sed 's/^/instance /; s/, /, instance /g'; }
# The status code on stdout, the body in body.json; curl fails only when nothing answered at all.
call() { curl -sS -o "$WORK/body.json" -w '%{http_code}' "$@"; }
# Six requests with the session through nginx, each must be 200, and each instance named must have
# answered one. "sent to instance b, instance a": b refused the connection, nginx passed it on to a.
through_nginx() {
  local seen="" i who name
  for i in 1 2 3 4 5 6; do
    status=$(call -H "Cookie: $COOKIE" "$ORIGIN/api/session")
    who=$(last_upstream)
    seen="$seen $who"
    echo "GET /api/session #$i -> $status as $(jq -r .account.username "$WORK/body.json"), sent to $who"
    [ "$status" = 200 ] || fail "the session was refused through nginx"
  done
  for name in "$@"; do
    case "$seen" in *"instance $name"*) ;; *) fail "nginx never sent a request to instance $name" ;; esac
  done
}
sign_in() {
  call -c "$JAR" -X POST "$ORIGIN/api/session" -H "Origin: $ORIGIN" -H 'Content-Type: application/json' \
    --data "$(jq -nc --arg p "$DEMO_PASSWORD" '{username: "admin", password: $p}')"
}

say "sign in as admin through nginx"
status=$(sign_in)
[ "$status" = 200 ] || { cat "$WORK/body.json"; fail "sign-in answered $status"; }
CSRF=$(jq -r .csrfToken "$WORK/body.json")
COOKIE=$(awk '$6 == "switchboard_session" { print "switchboard_session=" $7 }' "$JAR")
[ -n "$COOKIE" ] || fail "no session cookie came back"
echo "POST /api/session -> $status, answered by $(last_upstream); cookie switchboard_session set"

say "the same cookie, through nginx (least_conn spreads the requests)"
through_nginx a b

say "the same cookie, straight to each instance"
for pair in "a:$A_PORT" "b:$B_PORT"; do
  status=$(call -H "Cookie: $COOKIE" "http://127.0.0.1:${pair#*:}/api/session")
  echo "GET http://127.0.0.1:${pair#*:}/api/session (instance ${pair%%:*}) -> $status as $(jq -r .account.username "$WORK/body.json")"
  [ "$status" = 200 ] || fail "instance ${pair%%:*} refused the session"
done

say "sign out on instance b, then the session is gone on instance a"
status=$(call -X DELETE -H "Cookie: $COOKIE" -H "Origin: $ORIGIN" -H "X-CSRF-Token: $CSRF" "http://127.0.0.1:$B_PORT/api/session")
echo "DELETE http://127.0.0.1:$B_PORT/api/session (instance b) -> $status"
[ "$status" = 204 ] || fail "sign-out answered $status"
status=$(call -H "Cookie: $COOKIE" "http://127.0.0.1:$A_PORT/api/session")
echo "GET http://127.0.0.1:$A_PORT/api/session (instance a) with the old cookie -> $status"
[ "$status" = 401 ] || fail "instance a still accepted a session signed out on b"

say "sign in again through nginx"
status=$(sign_in)
[ "$status" = 200 ] || fail "sign-in answered $status"
COOKIE=$(awk '$6 == "switchboard_session" { print "switchboard_session=" $7 }' "$JAR")
echo "POST /api/session -> $status, answered by $(last_upstream)"

say "one audit trail, read on a and on b (the request id is nginx's, so its log says who wrote each record)"
for pair in "a:$A_PORT" "b:$B_PORT"; do
  status=$(call -H "Cookie: $COOKIE" "http://127.0.0.1:${pair#*:}/api/audit?limit=5")
  [ "$status" = 200 ] || { cat "$WORK/body.json"; fail "the audit read on ${pair%%:*} answered $status"; }
  echo "GET /api/audit on instance ${pair%%:*}:"
  jq -r '.records[] | [.id, .at, .actor, .action, .outcome, (.status // "-"), .requestId] | @tsv' "$WORK/body.json" |
    while IFS=$'\t' read -r id at actor action outcome code rid; do
      writer=$(sed -n "s/.*upstream=\(.*\) request_id=$rid\$/\1/p" "$WORK/nginx/access.log" | names)
      printf '  #%s %s %s %s %s (%s), written by %s\n' "$id" "$at" "$actor" "$action" "$outcome" "$code" "${writer:-the instance called directly}"
    done
done
echo "the limits' counters, in PostgreSQL for every instance (rate-limiter-flexible):"
psql_sb -c "SELECT key, points FROM rate_limits ORDER BY key"

say "a third instance: the same environment (its own port), and one server line in nginx"
start_instance c "$C_PORT" "$METRICS_C_PORT"
wait_ready c "$C_PORT"
printf 'GET http://127.0.0.1:%s/api/ready (instance c): %s\n' "$C_PORT" "$(curl -s "http://127.0.0.1:$C_PORT/api/ready")"
sed -i "s|^\( *\)server 127.0.0.1:$B_PORT \(.*\)$|&\n\1server 127.0.0.1:$C_PORT \2|" "$WORK/nginx/switchboard.conf"
grep -qF "server 127.0.0.1:$C_PORT " "$WORK/nginx/switchboard.conf" || fail "no server line for instance c"
"${NGINX[@]}" -s reload
sleep 1
echo "nginx reloaded with instance c"
through_nginx a b c
echo "the instance registry:"
psql_sb -c "SELECT id, started_at FROM instances ORDER BY started_at"

say "a stopped instance signs nobody out: stop instance b, carry on through nginx"
stop_pid_file "$WORK/b.pid" "$ROOT/apps/bff/src/server.ts"
echo "instance b stopped (SIGTERM); GET http://127.0.0.1:$B_PORT/api/ready now: $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$B_PORT/api/ready" || true) (000: nothing listens)"
through_nginx a c

say "PostgreSQL away and back: the instances say so, then recover by themselves"
as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -m fast -w stop >/dev/null
echo "PostgreSQL stopped"
status=$(call "http://127.0.0.1:$A_PORT/api/ready")
echo "GET http://127.0.0.1:$A_PORT/api/ready (instance a) -> $status $(jq -c '{title, detail}' "$WORK/body.json")"
[ "$status" = 503 ] || fail "instance a was ready without its database"
status=$(call -H "Cookie: $COOKIE" "$ORIGIN/api/session")
echo "GET /api/session through nginx -> $status $(jq -c '{title, detail}' "$WORK/body.json")"
[ "$status" = 503 ] || fail "a request that needs the database answered $status"
pg_start
started=$(date +%s)
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$A_PORT/api/ready")" = 200 ]; do
  [ $(( $(date +%s) - started )) -lt 30 ] || fail "instance a did not recover within 30 s"
  sleep 0.25
done
echo "PostgreSQL started again; instance a ready again after $(( $(date +%s) - started )) s, no restart"
status=$(call -H "Cookie: $COOKIE" "$ORIGIN/api/session")
echo "GET /api/session through nginx -> $status as $(jq -r .account.username "$WORK/body.json") (the session outlived the outage)"
[ "$status" = 200 ] || fail "the session did not survive the database's restart"

say "metrics stay off the public origin, on each instance's METRICS_PORT"
echo "GET $ORIGIN/metrics -> $(curl -s -o /dev/null -w '%{http_code}' "$ORIGIN/metrics")"
echo "GET http://127.0.0.1:$METRICS_A_PORT/metrics (instance a) -> $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$METRICS_A_PORT/metrics")"

say "an instance refuses a schema newer than it knows"
psql_sb -c "INSERT INTO schema_migrations (version, applied_at) VALUES (1000, 'as if a newer release had migrated')"
set +e
refusal=$( (run_instance old 0) 2>&1)
refused_status=$?
set -e
psql_sb -c "DELETE FROM schema_migrations WHERE version = 1000"
echo "an instance started on it exited with status $refused_status:"
grep -m 1 'newer than this Switchboard knows' <<<"$refusal" || { echo "$refusal" | tail -n 20; fail "the instance did not refuse the newer schema"; }
[ "$refused_status" != 0 ] || fail "the instance started on a newer schema"

say "nginx's access log (a = 127.0.0.1:$A_PORT, b = 127.0.0.1:$B_PORT, c = 127.0.0.1:$C_PORT)"
names <"$WORK/nginx/access.log"

say "all shown: instances on one PostgreSQL behave as one"
