#!/usr/bin/env bash
# The legal store's benchmark: starts quiz-server (its own process and its own database, dropped at
# the end), then a second process loads a generated store beside the real one (≥ 200 documents,
# ≥ 50,000 articles, long codes laid out like the Criminal Code), fills a bank whose questions cite it,
# and measures over HTTP: search (p50/p95/p99 of a query mix: citation-style, free words, words
# without diacritics), the gzip size of article pages and of a long code's first page, and the
# re-check of every citation of the bank. Needs PostgreSQL and Redis like the tests.
# Usage: scripts/bench-laws.sh [documents=220] [articles=52000] [questions=100000] [runs=1]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT_DIR"
require java mvn
start_postgres yes || die "PostgreSQL is not answering on 127.0.0.1:5432."
start_redis yes || die "Redis is not answering on 127.0.0.1:6379."
documents=${1:-220} articles=${2:-52000} questions=${3:-100000} runs=${4:-1}

if [ "${SKIP_BUILD:-}" != 1 ]; then
  say "Building"
  mvn -B -q -DskipTests install
  mvn -B -q -pl quiz-server dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
fi
classpath="quiz-server/target/test-classes:quiz-server/target/classes:$(cat quiz-server/target/bench.classpath)"

for i in $(seq 1 "$runs"); do
  run="bench_laws_$(date +%s)_$$"
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  log="quiz-server/target/bench-laws-server.log"
  say "Run $i of $runs: server on port $port, database luatvui_$run (log: $log)"
  BOOTSTRAP_ADMIN_EMAIL="bench@luatvui.test" BOOTSTRAP_ADMIN_PASSWORD="benchmark-password" \
  HTTP_HOST=127.0.0.1 HTTP_PORT=$port SERVICES_MODE=external SHUTDOWN_GRACE_SECONDS=2 \
    PUBLIC_READS_PER_MINUTE=10000000 \
    DATABASE_URL="postgresql://postgres@127.0.0.1:5432/luatvui_$run" REDIS_KEY_PREFIX="luatvui-$run:" \
    java -Xmx1g -XX:+UseG1GC ${SERVER_JAVA_OPTS:-} -jar "$(server_jar)" >"$log" 2>&1 &
  server=$!
  trap 'kill $server 2>/dev/null || true' EXIT
  for _ in $(seq 1 240); do curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break; sleep 0.5; done
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load average $(cut -d' ' -f1-3 /proc/loadavg)"
  java -Xmx2g -cp "$classpath" vn.luatvui.server.bench.LawBenchmark "$port" bench@luatvui.test benchmark-password \
    "luatvui_$run" "$documents" "$articles" "$questions" || true
  echo "Load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
  kill "$server"; wait "$server" 2>/dev/null || true
  psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS luatvui_$run WITH (FORCE)" >/dev/null 2>&1 || true
done
