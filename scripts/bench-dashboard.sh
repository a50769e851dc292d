#!/usr/bin/env bash
# The reach dashboard's benchmark: a city of 1,000,000 people over 1,000 organisations with twelve months
# of activity; the rollup over all of it, then p50/p95/p99 of each dashboard view and of the XLSX export
# through the HTTP API (target: p95 ≤ 200 ms per view). Needs PostgreSQL and Redis like the tests.
# Usage: scripts/bench-dashboard.sh [people=1000000]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
in_process_benchmark vn.luatvui.server.bench.DashboardBenchmark 2g "${1:-1000000}"
