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
