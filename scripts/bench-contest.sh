#!/usr/bin/env bash
# The contests' benchmark: a round leaderboard of 1,000,000 contestants (rebuild from PostgreSQL,
# then top 10 + one contestant's rank and neighbours, p50/p99), and 2,000 answer saves per second
# through the HTTP API for 30 s, open loop. Needs PostgreSQL and Redis like the tests.
# Usage: scripts/bench-contest.sh [contestants=1000000]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
in_process_benchmark vn.luatvui.server.bench.ContestBenchmark 4g "${1:-1000000}"
