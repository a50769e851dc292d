#!/usr/bin/env bash
# Runs every test of LuậtVui: Java unit and integration tests (real PostgreSQL and Redis),
# web-client unit tests, and browser tests in Chromium against a running server.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT_DIR"

require java mvn node npm

start_postgres yes || die "PostgreSQL is not answering on 127.0.0.1:5432 and could not be started."
start_redis yes || die "Redis is not answering on 127.0.0.1:6379 and could not be started."

find_chromium "the browser tests"
export CHROMIUM_PATH

say "Java and web-client unit tests, Java integration tests"
mvn -B verify

say "Browser tests"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null \
  || shuf -i 20000-29999 -n 1)
run_id="e2e_$(date +%s)_$$"
log="$ROOT_DIR/quiz-server/target/browser-test-server.log"
export E2E_ADMIN_EMAIL="admin-$run_id@luatvui.test" E2E_ADMIN_PASSWORD="browser-test-$run_id"
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
  if curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; then break; fi
  kill -0 "$server_pid" 2>/dev/null || { cat "$log"; die "The server for the browser tests did not start."; }
  sleep 0.5
done
curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null || { cat "$log"; die "The server never became ready."; }

(cd web-client && BASE_URL="http://127.0.0.1:$port" npm run --silent test:e2e)
say "All tests passed"
