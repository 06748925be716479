# Shared by the commands in bin/. Sourced, not executed.

# Installs a Debian package when its command is missing (as root, or with sudo).
ensure_command() {
  local cmd=$1 package=$2
  command -v "$cmd" >/dev/null 2>&1 && return 0
  echo "hera: '$cmd' not found; installing the Debian package '$package'" >&2
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$package" >/dev/null
  command -v "$cmd" >/dev/null 2>&1 || { echo "hera: could not install $package" >&2; return 1; }
}

# The Maven wrapper with batch mode; extra arguments pass through.
maven() {
  "$HERA_ROOT/mvnw" -B --no-transfer-progress "$@"
}

# ---- the JVM the packaged services run on (bin/run, bench/run.sh) ----

# JAVA_BIN, JAVA_MAJOR: HERA_JAVA when set, otherwise the newest JDK among JAVA_HOME, the java on
# PATH and /usr/lib/jvm/* (a JDK 25 or newer starts the services from an AOT cache).
choose_java() {
  local candidate major best="" best_major=0
  if [ -n "${HERA_JAVA:-}" ]; then
    best=$HERA_JAVA
    best_major=$(java_major "$best")
  else
    for candidate in "${JAVA_HOME:+$JAVA_HOME/bin/java}" "$(command -v java || true)" /usr/lib/jvm/*/bin/java; do
      [ -n "$candidate" ] && [ -x "$candidate" ] || continue
      major=$(java_major "$candidate")
      if (( major > best_major )); then best=$candidate; best_major=$major; fi
    done
  fi
  if (( best_major < 17 )); then
    echo "hera: Java 17 or newer is needed to run the services (set HERA_JAVA or JAVA_HOME)" >&2
    exit 1
  fi
  JAVA_BIN=$best
  JAVA_MAJOR=$best_major
}

java_major() { # java binary -> its feature version, from its home's release file or -version
  local home version
  home=$(dirname "$(dirname "$(readlink -f "$1")")")
  version=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release" 2>/dev/null)
  [ -n "$version" ] || version=$("$1" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1)
  echo "${version:-0}"
}

jar_of() { echo "$HERA_ROOT/$1/target/quarkus-app/quarkus-run.jar"; }

# A startup archive lets a service start without loading and linking its classes again: an AOT
# cache on a JDK 25 or newer, a CDS archive before that. It is recorded by a training start (to
# ready, then stopped) and recorded again whenever the jar is newer; a JVM that cannot use it
# (another JDK, other flags) starts without it.
archive_of() { # module archive-directory
  local kind=jsa
  (( JAVA_MAJOR >= 25 )) && kind=aot
  echo "$2/$1-java$JAVA_MAJOR.$kind"
}

archive_record_flag() { (( JAVA_MAJOR >= 25 )) && echo "-XX:AOTCacheOutput=$1" || echo "-XX:ArchiveClassesAtExit=$1"; }
archive_use_flag() { (( JAVA_MAJOR >= 25 )) && echo "-XX:AOTCache=$1" || echo "-XX:SharedArchiveFile=$1"; }

# Records the archives of the given services when one is missing or older than its jar: each
# "module:http-port:management-port" is started with its JVM_OPTS, waited for until ready, given
# a session's first turns through the API (when backend-api is among them; the classes and
# profiles of that path go into the archive too) and stopped. Needs what the services need (Redis)
# and a pids array, as bin/run and bench/run.sh keep one.
record_archives() { # archive-directory module:port:management-port...
  local dir=$1 spec module port management archive pid stale="" training=() waiting=() api=""
  shift
  mkdir -p "$dir"
  for spec in "$@"; do
    IFS=: read -r module port management <<<"$spec"
    archive=$(archive_of "$module" "$dir")
    [ -f "$archive" ] && [ "$archive" -nt "$(jar_of "$module")" ] || stale=yes
  done
  [ -n "$stale" ] || return 0
  for spec in "$@"; do
    IFS=: read -r module port management <<<"$spec"
    archive=$(archive_of "$module" "$dir")
    rm -f "$archive" "$archive.part"
    echo "hera: recording a startup archive for $module (Java $JAVA_MAJOR; once per build)"
    QUARKUS_HTTP_PORT=$port QUARKUS_MANAGEMENT_PORT=$management \
      "$JAVA_BIN" ${JVM_OPTS:-} "$(archive_record_flag "$archive.part")" -jar "$(jar_of "$module")" \
      >"$dir/$module-training.log" 2>&1 &
    training+=($!)
    pids+=($!) # so that a Ctrl-C meanwhile stops them too
    waiting+=("$management")
    [ "$module" = backend-api ] && api=$port
  done
  for _ in $(seq 600); do
    all_ready "${waiting[@]}" || ! all_alive "${training[@]}" && break
    sleep 0.2
  done
  local trained=""
  if all_ready "${waiting[@]}"; then
    trained=yes
    [ -z "$api" ] || training_turns "$api"
  fi
  kill "${training[@]}" 2>/dev/null || true
  for pid in "${training[@]}"; do wait "$pid" 2>/dev/null || true; done
  # Only a training start that became ready leaves archives (a JVM writes one at any exit).
  for spec in "$@"; do
    archive=$(archive_of "${spec%%:*}" "$dir")
    if [ -n "$trained" ] && [ -f "$archive.part" ]; then mv "$archive.part" "$archive"; else rm -f "$archive.part"; fi
  done
  pids=($(printf '%s\n' "${pids[@]}" | grep -vxF -f <(printf '%s\n' "${training[@]}") || true))
}

# A session with two interview turns and a status read, then forgotten.
training_turns() { # api-port
  local created id token message
  created=$(http_call "$1" POST /api/sessions '{"locale":"ja"}') || return 0
  id=$(sed -n 's/.*"session_id":"\([^"]*\)".*/\1/p' <<<"$created")
  token=$(sed -n 's/.*"session_token":"\([^"]*\)".*/\1/p' <<<"$created")
  [ -n "$id" ] || return 0
  for message in '32歳の女性で、大阪に住んでいます。' "I'm single, and I earn about 40k a year."; do
    http_call "$1" POST "/api/sessions/$id/messages" "{\"message\":\"$message\"}" "$token" >/dev/null || true
  done
  http_call "$1" GET "/api/sessions/$id/status" "" "$token" >/dev/null || true
  http_call "$1" DELETE "/api/sessions/$id" "" "$token" >/dev/null || true
}

# One HTTP/1.0 request to 127.0.0.1 (JSON body, optional bearer token): prints the response body.
http_call() { # port method path [body] [token]
  local body=${4:-} token=${5:-} response length
  { exec 5<>"/dev/tcp/127.0.0.1/$1"; } 2>/dev/null || return 1
  length=$(LC_ALL=C; echo "${#body}")
  {
    printf '%s %s HTTP/1.0\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: %s\r\n' "$2" "$3" "$length"
    [ -z "$token" ] || printf 'Authorization: Bearer %s\r\n' "$token"
    printf '\r\n%s' "$body"
  } >&5
  response=$(timeout 30 cat <&5)
  exec 5>&- 5<&-
  printf '%s' "${response#*$'\r\n\r\n'}"
}

all_alive() { # pid...
  local pid
  for pid in "$@"; do kill -0 "$pid" 2>/dev/null || return 1; done
}

all_ready() { # management-port...
  local port
  for port in "$@"; do http_ok "$port" /q/health/ready || return 1; done
}

# Starts a service's jar in the background (its pid is START_PID), from its startup archive when
# there is one.
start_jar() { # module archive-directory log-file (the environment carries the ports)
  local archive use=()
  archive=$(archive_of "$1" "$2")
  [ -f "$archive" ] && use=("$(archive_use_flag "$archive")")
  "$JAVA_BIN" ${JVM_OPTS:-} "${use[@]}" -jar "$(jar_of "$1")" >"$3" 2>&1 &
  START_PID=$!
}

# ---- for the commands that start the system (bin/run, bin/dev); they set STATE and pids=() ----

# Host and port of QUARKUS_REDIS_HOSTS, a redis://[user:pass@]host:port[/db] address.
redis_host_port() {
  local address=${QUARKUS_REDIS_HOSTS#*://}
  address=${address##*@}
  address=${address%%/*}
  redis_host=${address%%:*}
  redis_port=${address##*:}
  [ "$redis_port" = "$address" ] && redis_port=6379
  return 0
}

redis_answers() {
  local reply
  { exec 3<>"/dev/tcp/$redis_host/$redis_port"; } 2>/dev/null || return 1
  printf 'PING\r\n' >&3
  IFS= read -r -t 2 reply <&3 || true
  exec 3>&- 3<&-
  [[ "$reply" == +PONG* || "$reply" == -NOAUTH* ]]
}

# Uses the Redis answering at QUARKUS_REDIS_HOSTS, or starts a redis-server there (installed
# from Debian when missing) that stop_all stops again.
use_or_start_redis() {
  redis_host_port
  if redis_answers; then
    echo "hera: using the Redis at $redis_host:$redis_port"
    return 0
  fi
  ensure_command redis-server redis-server || {
    echo "hera: no Redis answers at $redis_host:$redis_port and redis-server cannot be installed here;" \
      "start one, or set QUARKUS_REDIS_HOSTS to one that runs" >&2
    exit 1
  }
  mkdir -p "$STATE/redis"
  echo "hera: starting redis-server on port $redis_port (data in $STATE/redis, append-only file on)"
  redis-server --port "$redis_port" --bind 127.0.0.1 --dir "$STATE/redis" --appendonly yes \
    --save "" --daemonize no >"$STATE/logs/redis.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 50); do redis_answers && break; sleep 0.1; done
  redis_answers || { echo "hera: redis-server did not start; see $STATE/logs/redis.log" >&2; exit 1; }
}

http_ok() { # port path
  local status
  { exec 4<>"/dev/tcp/127.0.0.1/$1"; } 2>/dev/null || return 1
  printf 'GET %s HTTP/1.0\r\nHost: localhost\r\n\r\n' "$2" >&4
  IFS= read -r -t 2 status <&4 || true
  exec 4>&- 4<&-
  [[ "$status" == *" 200 "* ]]
}

# A process and, recursively, every process it started.
process_tree() {
  local child
  echo "$1"
  for child in $(cat /proc/"$1"/task/*/children 2>/dev/null); do process_tree "$child"; done
}

stop_all() {
  trap - INT TERM EXIT
  local all=()
  # Maven's dev mode runs each application in a JVM of its own: stop those too.
  for pid in "${pids[@]}"; do all+=($(process_tree "$pid")); done
  [ ${#all[@]} -eq 0 ] || kill "${all[@]}" 2>/dev/null || true
  wait 2>/dev/null || true
  echo "hera: stopped"
}

# Ctrl-C (or a TERM): stop what was started, then end here.
stop_all_and_exit() {
  stop_all
  exit 130
}
