#!/usr/bin/env bash
# The live game's load benchmark: starts quiz-server (its own process and database), then N players
# on real WebSockets from a second process play three questions. Prints join time, server heap per
# player, question delivery and answer acknowledgement latencies, the room's closing time, and checks
# every answer reached PostgreSQL.
# Usage: scripts/bench-game.sh [players=10000] [more player counts...]
# Every simulated player comes from this machine's one address, so the server runs with the per-address
# live-game limits raised to the player count (GAME_IDENTIFY_PER_MINUTE, GAME_UNIDENTIFIED_PER_ADDRESS,
# GAME_MAX_PLAYERS); the defaults would refuse all but a class.
# SERVER_JAVA_OPTS adds JVM options to the server (e.g. -XX:StartFlightRecording=filename=game.jfr to profile it),
# GENERATOR_JAVA_OPTS to the players' process.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT_DIR"
require java mvn jcmd
start_postgres yes || die "PostgreSQL is not answering on 127.0.0.1:5432."
start_redis yes || die "Redis is not answering on 127.0.0.1:6379."

say "Building"
mvn -B -q -DskipTests install
mvn -B -q -pl quiz-server dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
classpath="quiz-server/target/test-classes:quiz-server/target/classes:$(cat quiz-server/target/bench.classpath)"

for players in "${@:-10000}"; do
  run="bench_game_$(date +%s)_$$"
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  log="quiz-server/target/bench-game-server.log"
  say "Server for $players players (log: $log)"
  BOOTSTRAP_ADMIN_EMAIL="bench@luatvui.test" BOOTSTRAP_ADMIN_PASSWORD="benchmark-password" \
  HTTP_HOST=127.0.0.1 HTTP_PORT=$port SERVICES_MODE=external SHUTDOWN_GRACE_SECONDS=2 \
  GAME_IDENTIFY_PER_MINUTE=$((players * 2)) GAME_UNIDENTIFIED_PER_ADDRESS=$players GAME_MAX_PLAYERS=$players \
    DATABASE_URL="postgresql://postgres@127.0.0.1:5432/luatvui_$run" REDIS_KEY_PREFIX="luatvui-$run:" \
    java -Xmx1g -XX:+UseG1GC ${SERVER_JAVA_OPTS:-} -jar "$(server_jar)" >"$log" 2>&1 &
  server=$!
  trap 'kill $server 2>/dev/null || true' EXIT
  for _ in $(seq 1 120); do curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break; sleep 0.5; done
  java -Xmx1g ${GENERATOR_JAVA_OPTS:-} -cp "$classpath" vn.luatvui.server.bench.LiveGameBenchmark "$port" bench@luatvui.test benchmark-password \
    "jdbc:postgresql://127.0.0.1:5432/luatvui_$run" "$server" "$players" || true
  kill "$server"; wait "$server" 2>/dev/null || true
  psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS luatvui_$run WITH (FORCE)" >/dev/null 2>&1 || true
done
