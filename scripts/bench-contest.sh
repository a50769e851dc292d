#!/usr/bin/env bash
# The contests' benchmark: a round leaderboard of 1,000,000 contestants (rebuild from PostgreSQL,
# then top 10 + one contestant's rank and neighbours, p50/p99), and 2,000 answer saves per second
# through the HTTP API for 30 s, open loop. Needs PostgreSQL and Redis like the tests.
# Usage: scripts/bench-contest.sh [contestants=1000000]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT_DIR"
require java mvn
start_postgres yes || die "PostgreSQL is not answering on 127.0.0.1:5432."
start_redis yes || die "Redis is not answering on 127.0.0.1:6379."

say "Building"
mvn -B -q -DskipTests install
cp_file=quiz-server/target/bench.classpath
mvn -B -q -pl quiz-server dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
say "Running the contest benchmark"
ulimit -n 20000 2>/dev/null || true
java -Xmx4g -cp "quiz-server/target/test-classes:quiz-server/target/classes:$(cat "$cp_file")" \
  vn.luatvui.server.bench.ContestBenchmark "${1:-1000000}"
