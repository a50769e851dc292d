#!/usr/bin/env bash
# The question bank's benchmark: diacritic-insensitive search over 100,000 questions through the
# public API (p50/p95/p99), and a 10,000-row XLSX import. Needs PostgreSQL and Redis like the tests.
# Usage: scripts/bench-bank.sh [questions=100000] [import-rows=10000]
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
say "Running the bank benchmark"
java -Xmx2g -cp "quiz-server/target/test-classes:quiz-server/target/classes:$(cat "$cp_file")" \
  vn.luatvui.server.bench.BankBenchmark "${1:-100000}" "${2:-10000}"
