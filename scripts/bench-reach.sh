#!/usr/bin/env bash
# The player's reach on a weak phone: starts quiz-server (its own process and database, as
# scripts/test.sh does), then headless Chromium as a 360×640 phone on 400 kbit/s each way, 300 ms
# latency and a CPU four times slower opens /play?pin=… of a new game RUNS times (default 5); the host
# (through the API and a socket) starts the game as soon as the student joins, with no lead-in.
# Prints /play's bytes and requests, when the join form is painted, when the nickname is asked (the
# PIN checked), and navigation → the first question's four answers on screen: each run, then min,
# median and max.
# Usage: RUNS=5 scripts/bench-reach.sh
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT_DIR"
require java mvn node npm curl
start_postgres yes || die "PostgreSQL is not answering on 127.0.0.1:5432."
start_redis yes || die "Redis is not answering on 127.0.0.1:6379."
find_chromium "the benchmark"
export CHROMIUM_PATH

if needs_build; then
  say "Building"
  mvn -B -q -DskipTests package -pl quiz-server -am
fi
[ -d web-client/node_modules ] || (cd web-client && npm ci --no-audit --no-fund)

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null \
  || shuf -i 20000-29999 -n 1)
run_id="bench_reach_$(date +%s)_$$"
log="$ROOT_DIR/quiz-server/target/bench-reach-server.log"
export E2E_ADMIN_EMAIL="admin-$run_id@luatvui.test" E2E_ADMIN_PASSWORD="bench-reach-$run_id"
say "Server on port $port (log: $log)"
BOOTSTRAP_ADMIN_EMAIL=$E2E_ADMIN_EMAIL BOOTSTRAP_ADMIN_PASSWORD=$E2E_ADMIN_PASSWORD \
HTTP_HOST=127.0.0.1 HTTP_PORT=$port SERVICES_MODE=external \
  DATABASE_URL="postgresql://postgres@127.0.0.1:5432/luatvui_$run_id" \
  REDIS_KEY_PREFIX="luatvui-$run_id:" SHUTDOWN_GRACE_SECONDS=2 \
  java -jar "$(server_jar)" >"$log" 2>&1 &
server_pid=$!
cleanup() {
  kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS luatvui_$run_id WITH (FORCE)" \
    >/dev/null 2>&1 || true
}
trap cleanup EXIT
for _ in $(seq 1 120); do
  curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$log"; die "The server did not start."; }
  sleep 0.5
done
curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null || { cat "$log"; die "The server never became ready."; }

say "Measuring (${RUNS:-5} runs)"
(cd web-client && E2E_BASE_URL="http://127.0.0.1:$port" npx --no-install vite-node e2e/bench-reach.ts)
