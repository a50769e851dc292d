#!/usr/bin/env bash
# Runs LuậtVui on http://localhost:8080 (or $HTTP_PORT), building it first when needed.
#
# PostgreSQL and Redis: DATABASE_URL / REDIS_URL when set; otherwise the machine's own services
# on their default ports (started here if installed but stopped); otherwise the server starts
# embedded ones with their data in ./data. The log says which mode it is in.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT_DIR"

require java mvn node npm

if [ -z "${DATABASE_URL:-}" ]; then start_postgres no || true; fi
if [ -z "${REDIS_URL:-}" ]; then start_redis no || true; fi

if needs_build; then
  say "Building LuậtVui (the first build downloads dependencies and takes a few minutes)"
  mvn -B -q -DskipTests package
fi

say "Starting LuậtVui on ${PUBLIC_BASE_URL:-http://localhost:${HTTP_PORT:-8080}}"
exec java ${JAVA_OPTS:-} -jar "$(server_jar)"
