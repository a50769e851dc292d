#!/usr/bin/env bash
# One live room over several quiz-server processes on this machine (one PostgreSQL database, one
# Redis), players from load-generator processes of their own, then the room's owner killed with
# kill -9 in the middle of a question. Needs PostgreSQL and Redis like the tests.
#
#   scripts/bench-cluster.sh [players=20000] [servers=3]
#
# The room is owned by server 1 (the game is created there). Players are spread over the servers
# (player k on server k mod n); the host's screen is on server HOST_SERVER (default 2, not the owner;
# 1 puts it on the owner, and it comes back through server 2 after the kill). GENERATORS (default:
# one per 10,000 players, at least two) processes share the players: a process may hold 20,000
# open files. KILL_AFTER_MS (default 500) is how far into the kill question's second of answers the
# owner dies. FIRST_PORT puts the servers on that port and the next ones (default: free ports).
# SERVER_JAVA_OPTS adds JVM options to the servers, {n} in it standing for the server's number (e.g.
# -XX:StartFlightRecording=filename=server-{n}.jfr to profile each); SKIP_BUILD=yes uses the last build.
#
# Prints: the time for everyone to join, each question's delivery (host command → the last phone's
# QuestionOpened) and answer acknowledgement latencies, the answers in PostgreSQL against those
# acknowledged, the servers' CPU time per message delivered to a phone, heap per player on each
# server; after the kill: the gap on the surviving servers' screens, the sockets they lost, and the
# in-time answers missing from PostgreSQL.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
players=${1:-20000}
servers=${2:-3}
host_server=${HOST_SERVER:-2}
generators=${GENERATORS:-$(( (players + 9999) / 10000 ))}
[ "$generators" -ge 2 ] || generators=2
[ "$servers" -ge 2 ] || die "a room over servers needs at least two (one is killed)"
[ "$host_server" -ge 1 ] && [ "$host_server" -le "$servers" ] || die "HOST_SERVER must be between 1 and $servers"

cd "$ROOT_DIR"
require java mvn curl psql jcmd
start_postgres yes || die "PostgreSQL is not answering on 127.0.0.1:5432."
start_redis yes || die "Redis is not answering on 127.0.0.1:6379."
prepare_server_processes cluster
addresses=()

ulimit -n 20000 2>/dev/null || true
SERVER_JAVA_OPTS=${SERVER_JAVA_OPTS:-}
for n in $(seq 1 "$servers"); do
  if [ -n "${FIRST_PORT:-}" ]; then port=$((FIRST_PORT + n - 1)); else port=$(free_port); fi
  log="quiz-server/target/bench-cluster-server-$n.log"
  say "Server $n on port $port (log: $log)"
  # Every simulated player comes from this machine's one address, all at once: the per-address limits
  # are raised, and a socket may wait a minute for its join to be read.
  BOOTSTRAP_ADMIN_EMAIL="bench@luatvui.test" BOOTSTRAP_ADMIN_PASSWORD="benchmark-password" \
    HTTP_HOST=127.0.0.1 HTTP_PORT=$port SERVICES_MODE=external SHUTDOWN_GRACE_SECONDS=2 \
    GAME_IDENTIFY_PER_MINUTE=$((players * 4)) GAME_UNIDENTIFIED_PER_ADDRESS=$players GAME_MAX_PLAYERS=$players \
    GAME_IDENTIFY_SECONDS=60 \
    DATABASE_URL="$database" REDIS_URL="redis://127.0.0.1:6379/0" REDIS_KEY_PREFIX="luatvui-$run:" \
    java -Xmx1g -XX:+UseG1GC ${SERVER_JAVA_OPTS//\{n\}/$n} -cp "$server_classpath" vn.luatvui.server.Main >"$log" 2>&1 &
  pids+=($!)
  addresses+=("$port:$!")
  ready=no
  for _ in $(seq 1 600); do
    if curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; then ready=yes; break; fi
    kill -0 "$!" 2>/dev/null || die "server $n stopped; see $log"
    sleep 0.5
  done
  [ "$ready" = yes ] || die "server $n did not become ready; see $log"
done

say "$players players over $servers servers from $generators load-generator processes"
uptime
java -Xmx512m -XX:+UseG1GC -cp "$classpath" vn.luatvui.server.bench.ClusterBenchmark "$players" "$generators" \
  "$host_server" "${KILL_AFTER_MS:-500}" "jdbc:postgresql://127.0.0.1:5432/luatvui_$run" bench@luatvui.test \
  benchmark-password "${addresses[@]}"
uptime
