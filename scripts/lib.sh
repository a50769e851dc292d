# Shared helpers for the LuậtVui scripts. Source it; do not run it.

ROOT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

require() {
  for cmd in "$@"; do
    command -v "$cmd" >/dev/null 2>&1 || die "'$cmd' is needed but not installed (see README: JDK 17+, Maven, Node.js 20+)."
  done
}

# Runs a command as root: directly when we are root, through sudo when it is available.
as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo "$@"; else return 1; fi
}

answers() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

wait_for_port() {
  local host=$1 port=$2 seconds=${3:-30}
  for _ in $(seq 1 "$((seconds * 5))"); do
    answers "$host" "$port" && return 0
    sleep 0.2
  done
  return 1
}

apt_install() {
  command -v apt-get >/dev/null 2>&1 || return 1
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >/dev/null 2>&1 \
    || { as_root apt-get update -q >/dev/null 2>&1 && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >/dev/null; }
}

# Starts the machine's PostgreSQL if it is installed but not answering on 127.0.0.1:5432.
# With install=yes it installs it first when it is missing.
start_postgres() {
  local install=${1:-no}
  answers 127.0.0.1 5432 && return 0
  if ! command -v pg_ctlcluster >/dev/null 2>&1 && [ "$install" = yes ]; then
    say "Installing PostgreSQL"
    apt_install postgresql || return 1
  fi
  command -v pg_ctlcluster >/dev/null 2>&1 || return 1
  say "Starting PostgreSQL"
  local version
  version=$(ls /etc/postgresql | sort -V | tail -n 1)
  as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start >/dev/null 2>&1 || true
  wait_for_port 127.0.0.1 5432 30
}

# Starts the machine's Redis if it is installed but not answering on 127.0.0.1:6379.
start_redis() {
  local install=${1:-no}
  answers 127.0.0.1 6379 && return 0
  if ! command -v redis-server >/dev/null 2>&1 && [ "$install" = yes ]; then
    say "Installing Redis"
    apt_install redis-server || return 1
  fi
  command -v redis-server >/dev/null 2>&1 || return 1
  say "Starting Redis"
  local dir=/var/lib/redis log=/var/log/redis/redis-server.log
  [ -w "$dir" ] || dir=$(mktemp -d)
  [ -w "$(dirname "$log")" ] || log="$dir/redis.log"
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no \
    --dir "$dir" --logfile "$log" >/dev/null 2>&1 || true
  wait_for_port 127.0.0.1 6379 15
}

# Prints the path of the runnable server jar (it may not exist yet).
server_jar() {
  ls "$ROOT_DIR"/quiz-server/target/quiz-server-*-all.jar 2>/dev/null | head -n 1
}

# True when the jar is missing or any source is newer than it.
needs_build() {
  local jar
  jar=$(server_jar)
  [ -z "$jar" ] && return 0
  [ -n "$(cd "$ROOT_DIR" && find pom.xml question-bank quiz-server web-client \
      \( -path '*/target' -o -path '*/node_modules' -o -path '*/dist' \) -prune -o \
      -type f -newer "$jar" -print -quit)" ]
}

# Runs a benchmark class that starts its own server in-process (on its own database and Redis prefix):
# in_process_benchmark <class> <max heap> [args…]. Builds first; needs PostgreSQL and Redis like the tests.
in_process_benchmark() {
  local class="$1" heap="$2"
  shift 2
  cd "$ROOT_DIR"
  require java mvn
  start_postgres yes || die "PostgreSQL is not answering on 127.0.0.1:5432."
  start_redis yes || die "Redis is not answering on 127.0.0.1:6379."
  say "Building"
  mvn -B -q -DskipTests install
  mvn -B -q -pl quiz-server dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
    -Dmdep.includeScope=test >/dev/null
  say "Running ${class##*.}"
  ulimit -n 20000 2>/dev/null || true
  java "-Xmx$heap" -cp "quiz-server/target/test-classes:quiz-server/target/classes:$(cat quiz-server/target/bench.classpath)" \
    "$class" "$@"
}

# Sets CHROMIUM_PATH to an installed Chromium, installing it when there is none. $1 says what needs it.
find_chromium() {
  CHROMIUM_PATH=${CHROMIUM_PATH:-$(command -v chromium || command -v chromium-browser || true)}
  if [ -z "$CHROMIUM_PATH" ]; then
    say "Installing Chromium for $1"
    apt_install chromium || die "Chromium is needed for $1; install it (apt-get install chromium)."
    CHROMIUM_PATH=$(command -v chromium)
  fi
}

# For a benchmark that starts quiz-server processes of its own: builds (unless SKIP_BUILD=yes), sets
# server_classpath and classpath (the benchmark's, with the tests), a fresh database URL in database
# (named after $1) and free_port; the servers' pids go in pids, killed and the database dropped on exit.
prepare_server_processes() {
  if [ "${SKIP_BUILD:-no}" != yes ]; then
    say "Building"
    mvn -B -q -DskipTests install
  fi
  mvn -B -q -pl quiz-server dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
    -Dmdep.includeScope=test >/dev/null
  server_classpath="quiz-server/target/classes:question-bank/target/classes:$(cat quiz-server/target/bench.classpath)"
  classpath="quiz-server/target/test-classes:$server_classpath"
  run="bench_$1_$(date +%s)_$$"
  database="postgresql://postgres@127.0.0.1:5432/luatvui_$run"
  pids=()
  trap cleanup_server_processes EXIT
}
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
cleanup_server_processes() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS luatvui_$run WITH (FORCE)" >/dev/null 2>&1 || true
}
