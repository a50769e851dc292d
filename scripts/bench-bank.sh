#!/usr/bin/env bash
# The question bank's benchmark: diacritic-insensitive search over 100,000 questions through the
# public API (p50/p95/p99), a 10,000-row XLSX import, the same in a ZIP with 200 photos its rows name,
# and an export of the whole bank (over 110,000 questions) in every format. Needs PostgreSQL and Redis
# like the tests.
# Usage: scripts/bench-bank.sh [questions=100000] [import-rows=10000] [export-only|images]
#   images: only the ZIP import with images (no bank to fill first)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
in_process_benchmark vn.luatvui.server.bench.BankBenchmark 2g "${1:-100000}" "${2:-10000}" ${3:+"$3"}
