#!/usr/bin/env bash
# A course's final test taken at once: members join their wards and open the course through the
# API, then all start the final test together and save answers at 2,000/s for 30 s, open loop,
# through the contests' attempt routes. Needs PostgreSQL and Redis like the tests.
# Usage: scripts/bench-course.sh [learners=5000]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
in_process_benchmark vn.luatvui.server.bench.CourseBenchmark 2g "${1:-5000}"
