#!/usr/bin/env bash
# The contests' benchmark. Needs PostgreSQL and Redis like the tests.
#
#   scripts/bench-contest.sh [saves]            answer saves: quiz-server in its own process, the load
#                                               generator in another; 2,000 saves/s open loop, 10 s warm-up,
#                                               then five consecutive runs of 30 s, each run's figures and
#                                               the spread (target p99 <= 50 ms in every run)
#   scripts/bench-contest.sh two-servers        the same at 5,000 saves/s spread over two server processes
#                                               on one database and one Redis
#   scripts/bench-contest.sh leaderboard [n]    a round leaderboard of n (1,000,000) contestants: rebuild
#                                               from PostgreSQL, then top 10 + one contestant's rank and
#                                               neighbours, p50/p99 (server-side, in one process)
#
# RATE, SECONDS_PER_RUN and RUNS override the saves modes' figures; SERVER_JAVA_OPTS adds JVM options to the
# servers (e.g. -XX:StartFlightRecording=filename=contest.jfr to profile one). Each server's metrics are
# kept in quiz-server/target/bench-contest-MODE-server-N.metrics after the runs.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
mode="${1:-saves}"

if [ "$mode" = leaderboard ]; then
  in_process_benchmark vn.luatvui.server.bench.ContestBenchmark 4g "${2:-1000000}"
  exit 0
fi
case "$mode" in
  saves) servers=1; rate=${RATE:-2000} ;;
  two-servers) servers=2; rate=${RATE:-5000} ;;
  *) die "unknown mode '$mode' (saves, two-servers or leaderboard)" ;;
esac

cd "$ROOT_DIR"
require java mvn curl psql
start_postgres yes || die "PostgreSQL is not answering on 127.0.0.1:5432."
start_redis yes || die "Redis is not answering on 127.0.0.1:6379."
prepare_server_processes contest
ports=()
metrics=()

ulimit -n 20000 2>/dev/null || true
for n in $(seq 1 "$servers"); do
  port=$(free_port)
  metrics_port=$(free_port)
  log="quiz-server/target/bench-contest-$mode-server-$n.log"
  say "Server $n on port $port (log: $log)"
  # Registrations are limited per client address: the contestants come as through a proxy on this machine.
  BOOTSTRAP_ADMIN_EMAIL="quantri@luatvui.test" BOOTSTRAP_ADMIN_PASSWORD="mat-khau-quan-tri-1" \
    HTTP_HOST=127.0.0.1 HTTP_PORT=$port METRICS_PORT=$metrics_port SERVICES_MODE=external SHUTDOWN_GRACE_SECONDS=2 \
    TRUSTED_PROXIES=127.0.0.1 PUBLIC_READS_PER_MINUTE=10000000 \
    DATABASE_URL="$database" REDIS_URL="redis://127.0.0.1:6379/0" REDIS_KEY_PREFIX="luatvui-$run:" \
    java -Xmx1g -XX:+UseG1GC ${SERVER_JAVA_OPTS:-} -cp "$server_classpath" vn.luatvui.server.Main >"$log" 2>&1 &
  pids+=($!)
  ports+=("$port")
  metrics+=("$metrics_port")
  ready=no
  for _ in $(seq 1 600); do
    if curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; then ready=yes; break; fi
    sleep 0.5
  done
  [ "$ready" = yes ] || die "server $n did not become ready; see $log"
done

say "Load: ${rate} saves/s over $servers server process(es), from a process of its own"
uptime
java -Xmx1g -XX:+UseG1GC -cp "$classpath" vn.luatvui.server.bench.ContestSaveLoad "$rate" "${SECONDS_PER_RUN:-30}" \
  "${RUNS:-5}" "$database" "${ports[@]}"
uptime
for n in $(seq 1 "$servers"); do
  curl -fsS "http://127.0.0.1:${metrics[$((n - 1))]}/metrics" >"quiz-server/target/bench-contest-$mode-server-$n.metrics" || true
done
