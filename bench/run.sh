#!/usr/bin/env bash
# Benchmark harness: starts Redis and both services (packaged jars) on loopback ports, measures,
# writes docs/benchmarks.md and docs/benchmarks.json, and stops everything it started.
# Traffic goes to 127.0.0.1 only; every load run is bounded in time.
#   bench/run.sh            (builds the jars when missing; installs wrk with apt when missing)
# Knobs for a short run (the end-to-end test runs the harness so): BENCH_DURATION (each timed load,
# 15s), BENCH_ROUND (each warm-up round, 5s), BENCH_MODEL_TURNS (the burst against the model, 1000),
# BENCH_OUT (where benchmarks.md/.json go, docs/; the hand-written sections below the table are kept),
# BENCH_KEEP=1 (keep the work directory with the services' logs; it is kept anyway after a failed run).
set -euo pipefail
HERA_ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$HERA_ROOT/bin/lib/common.sh"
ensure_command redis-server redis-server
ensure_command wrk wrk
ensure_command curl curl

WORK=$(mktemp -d /tmp/hera-bench-XXXX)
REDIS_PORT=${BENCH_REDIS_PORT:-26390}
API_PORT=${BENCH_API_PORT:-28090}
AGENT_PORT=${BENCH_AGENT_PORT:-28091}
DURATION=${BENCH_DURATION:-15s}
ROUND=${BENCH_ROUND:-5s}
MODEL_TURNS=${BENCH_MODEL_TURNS:-1000}
OUT=${BENCH_OUT:-$HERA_ROOT/docs}
# The services' JVM as the Kubernetes manifests size it: a 768 Mi limit gives a 192 MB heap by default (25 %);
# serial GC, as on a container with one CPU.
JVM_OPTS=${BENCH_JVM_OPTS:--XX:+UseSerialGC -Xmx192m}
pids=()
# The work directory (logs, startup archives, recordings) is removed after a run that passed unprofiled.
cleanup() {
  local status=$?
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true
  if [ "$status" -eq 0 ] && [ -z "${BENCH_PROFILE:-}${BENCH_KEEP:-}" ]; then rm -rf "$WORK"; else echo "bench: its logs are in $WORK" >&2; fi
}
trap cleanup EXIT

[ -f "$HERA_ROOT/backend-api/target/quarkus-app/quarkus-run.jar" ] && [ -f "$HERA_ROOT/adk-agent/target/quarkus-app/quarkus-run.jar" ] \
  || (cd "$HERA_ROOT" && maven -q package -DskipTests)

redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --dir "$WORK" --daemonize no >"$WORK/redis.log" 2>&1 &
pids+=($!)
sleep 0.5

now_ms() { date +%s%3N; }
# Rate limits off: this measures the system, not the limiter.
export HERA_RATE_LIMIT_ENABLED=false QUARKUS_REDIS_HOSTS=redis://127.0.0.1:$REDIS_PORT HERA_IMAGES_LOCAL_DIRECTORY="$WORK/images"
# The JVM and startup archives bin/run uses (the newest JDK here; an AOT cache on JDK 25+, a CDS
# archive before), recorded afresh for this run's JVM options.
choose_java
ARCHIVES="$WORK/startup"
start_service() { # module port [archive directory] (its management port: port + 100) -> STARTED_PID, STARTED_MS (ms to ready), STARTED_LOG; not in a subshell, so cleanup knows the pid
  local t0
  t0=$(now_ms)
  STARTED_LOG="$WORK/$1-$t0.log"
  QUARKUS_HTTP_PORT=$2 QUARKUS_MANAGEMENT_PORT=$(( $2 + 100 )) start_jar "$1" "${3:-$WORK/none}" "$STARTED_LOG"
  STARTED_PID=$START_PID
  pids+=($STARTED_PID)
  until curl -fs "http://127.0.0.1:$(( $2 + 100 ))/q/health/ready" >/dev/null 2>&1; do sleep 0.05; done
  STARTED_MS=$(( $(now_ms) - t0 ))
}
stop_service() { kill "$1"; wait "$1" 2>/dev/null || true; }
# BENCH_PROFILE=1: a JFR recording (profile settings) of the status load on the API and of the
# offline and model turns loads on both services; the top frames of each go to docs/benchmark-profiles.md.
PROFILES="$WORK/profiles.md"
profile_start() { # pid...
  [ -n "${BENCH_PROFILE:-}" ] || return 0
  local pid; for pid in "$@"; do jcmd "$pid" JFR.start name=bench settings=profile >/dev/null; done
}
profile_stop() { # title, then pid:name pairs
  [ -n "${BENCH_PROFILE:-}" ] || return 0
  local title=$1 pair pid name samples; shift
  echo "## $title" >>"$PROFILES"
  for pair in "$@"; do
    pid=${pair%%:*}; name=${pair#*:}
    jcmd "$pid" JFR.dump name=bench filename="$WORK/$name.jfr" >/dev/null
    jcmd "$pid" JFR.stop name=bench >/dev/null
    # The top frame of every CPU sample: counted by frame, and by the first three parts of its package.
    jfr print --events jdk.ExecutionSample "$WORK/$name.jfr" \
      | awk '/stackTrace = \[/ { getline; sub(/^ +/, ""); sub(/ +line:.*/, ""); print }' >"$WORK/$name.frames"
    samples=$(wc -l <"$WORK/$name.frames")
    top() { sort | uniq -c | sort -rn | awk -v k="$1" -v n="$samples" 'NR > k { next } { c = $1; $1 = ""; sub(/^ /, ""); printf "| %d | %.1f | `%s` |\n", c, 100 * c / n, $0 }'; }
    { echo; echo "$name: $samples CPU samples. By package of the top frame:"; echo
      echo '| samples | % | package |'; echo '|---|---|---|'
      sed -E 's/\(.*//; s/\.[^.]+\.[^.]+$//' "$WORK/$name.frames" | cut -d. -f1-3 | top 10
      echo; echo "Top frames:"; echo; echo '| samples | % | frame |'; echo '|---|---|---|'
      top 12 <"$WORK/$name.frames"
      echo; echo "Hera's methods by the samples they are anywhere in the stack of (inclusive):"; echo
      echo '| samples | % | method |'; echo '|---|---|---|'
      jfr print --stack-depth 128 --events jdk.ExecutionSample "$WORK/$name.jfr" | awk '
        /stackTrace = \[/ { delete seen; inside = 1; next }
        inside && /^[ \t]*\]/ { inside = 0; next }
        inside && /dev\.hera\./ && !/_ClientProxy|\$\$/ { sub(/^ +/, ""); sub(/\(.*/, ""); if (!($0 in seen)) { seen[$0] = 1; print } }' \
        | top 15; echo; } >>"$PROFILES"
  done
}

# Startup without an archive, then with the archives bin/run records.
start_service adk-agent "$AGENT_PORT"; AGENT_PLAIN_START=$STARTED_MS; stop_service "$STARTED_PID"
start_service backend-api "$API_PORT"; API_PLAIN_START=$STARTED_MS; stop_service "$STARTED_PID"
record_archives "$ARCHIVES" "adk-agent:$AGENT_PORT:$(( AGENT_PORT + 100 ))" "backend-api:$API_PORT:$(( API_PORT + 100 ))" >/dev/null
start_service adk-agent "$AGENT_PORT" "$ARCHIVES"; AGENT_PID=$STARTED_PID; AGENT_START=$STARTED_MS
start_service backend-api "$API_PORT" "$ARCHIVES"; API_PID=$STARTED_PID; API_START=$STARTED_MS

API="http://127.0.0.1:$API_PORT"
CREATED=$(curl -fs -X POST -H 'Content-Type: application/json' -d '{"locale":"ja"}' "$API/api/sessions")
SESSION=$(sed -E 's/.*"session_id":"([^"]+)".*/\1/' <<<"$CREATED")
AUTH="Authorization: Bearer $(sed -E 's/.*"session_token":"([^"]+)".*/\1/' <<<"$CREATED")"
# The first offline interview turn after the services started, end to end, on an idle system: once
# Hera's greeting (queued when the session was created) is in the history, as a person reads it
# before typing, so the turn does not wait behind it.
for _ in $(seq 100); do
  curl -fs -H "$AUTH" "$API/api/sessions/$SESSION/status" | grep -q '"speaker":"hera"' && break
  sleep 0.1
done
FIRST_TURN_MS=$(curl -fs -o /dev/null -w '%{time_total}' -X POST -H "$AUTH" -H 'Content-Type: application/json' \
  -d '{"message":"32歳の女性で、大阪に住んでいます。"}' "$API/api/sessions/$SESSION/messages" | awk '{printf "%d", $1 * 1000}')

# Redis round trips of one interview turn (API and agent together), counted with MONITOR: the
# commands naming the session or the work stream (the stream gauges, sampled on their own clock, left out).
redis-cli -p "$REDIS_PORT" monitor >"$WORK/monitor.txt" &
MONITOR_PID=$!
sleep 0.3
curl -fs -X POST -H "$AUTH" -H 'Content-Type: application/json' -d '{"message":"今は独身です。"}' \
  "$API/api/sessions/$SESSION/messages" >/dev/null
sleep 0.5
kill "$MONITOR_PID"; wait "$MONITOR_PID" 2>/dev/null || true
ROUND_TRIPS=$(grep -v ' lua\] ' "$WORK/monitor.txt" | grep -E "$SESSION|hera:turns" | grep -vcE '"(xlen|xpending)"' || true)

# 1. GET status at 64 connections, beside the Redis ceiling for the same script in the same run.
#    First rounds of $ROUND until the JIT has compiled the path (a round less than 10 % faster than
#    the one before, at most 12): the first round is the cold figure, the timed run the steady one.
status_load() { wrk -t2 -c64 -d"$1" --latency -H "$AUTH" "$API/api/sessions/$SESSION/status"; }
rps_of() { awk '/Requests\/sec/ {print $2}' "$1"; }
p99_of() { awk '$1=="99%" {print $2}' "$1"; }
status_load "$ROUND" >"$WORK/wrk-status-cold.txt"
STATUS_COLD_RPS=$(rps_of "$WORK/wrk-status-cold.txt"); STATUS_COLD_P99=$(p99_of "$WORK/wrk-status-cold.txt")
WARM_ROUNDS=1; previous=$STATUS_COLD_RPS
while [ "$WARM_ROUNDS" -lt 12 ]; do
  status_load "$ROUND" >"$WORK/wrk-status-warm.txt"; WARM_ROUNDS=$(( WARM_ROUNDS + 1 ))
  current=$(rps_of "$WORK/wrk-status-warm.txt")
  awk -v c="$current" -v p="$previous" 'BEGIN { exit !(c < 1.1 * p) }' && break
  previous=$current
done
profile_start "$API_PID"
status_load "$DURATION" >"$WORK/wrk-status.txt"
profile_stop "GET status at 64 connections" "$API_PID:backend-api-status"
STATUS_RPS=$(rps_of "$WORK/wrk-status.txt")
STATUS_P50=$(awk '$1=="50%" {print $2}' "$WORK/wrk-status.txt")
STATUS_P99=$(p99_of "$WORK/wrk-status.txt")
KEYS="session:$SESSION:_meta session:$SESSION:user_profile session:$SESSION:conversation_history"
# The same reads as the status snapshot (one Lua call: _meta, profile, history).
SNAP='if redis.call("EXISTS", KEYS[1]) == 0 then return false end return {redis.call("HGETALL", KEYS[1]), {redis.call("GET", KEYS[2])}, redis.call("LRANGE", KEYS[3], 0, -1)}'
REDIS_RPS=$(redis-benchmark -p "$REDIS_PORT" -c 64 -n 200000 -q EVAL "$SNAP" 3 $KEYS 2>/dev/null | awk '{for(i=1;i<=NF;i++) if ($i ~ /requests/) print $(i-1)}' | tail -1)

# 2. Interview turns through the queue (offline engine), open loop at 100 turns/s over 100 sessions.
# Warm-up (JIT), not reported: rounds of $ROUND until a round's p99 is less than 10 % lower than the
# one before (at most 6).
TURNS_WARM_ROUNDS=0; previous=""
while [ "$TURNS_WARM_ROUNDS" -lt 6 ]; do
  java "$HERA_ROOT/bench/Load.java" rate "$API" 100 "${ROUND%s}" >"$WORK/turns-warm.txt"; TURNS_WARM_ROUNDS=$(( TURNS_WARM_ROUNDS + 1 ))
  current=$(awk -F= '$1=="p99_ms" {print $2}' "$WORK/turns-warm.txt")
  [ -n "$previous" ] && awk -v c="$current" -v p="$previous" 'BEGIN { exit !(c > 0.9 * p) }' && break
  previous=$current
done
profile_start "$API_PID" "$AGENT_PID"
java "$HERA_ROOT/bench/Load.java" rate "$API" 100 "${DURATION%s}" >"$WORK/turns.txt"
profile_stop "Offline interview turns at 100/s" "$API_PID:backend-api-turns" "$AGENT_PID:adk-agent-turns"
TURNS_RATE=$(awk -F= '$1=="achieved_per_s" {print $2}' "$WORK/turns.txt")
TURNS_P50=$(awk -F= '$1=="p50_ms" {print $2}' "$WORK/turns.txt")
TURNS_P99=$(awk -F= '$1=="p99_ms" {print $2}' "$WORK/turns.txt")
TURNS_COUNT=$(awk -F= '$1=="turns" {print $2}' "$WORK/turns.txt")

# 3. Photo uploads (a 200 KB JPEG, 8 connections).
java "$HERA_ROOT/bench/Load.java" uploads "$API" 8 "${DURATION%s}" >"$WORK/uploads.txt"
UPLOADS_RATE=$(awk -F= '$1=="uploads_per_s" {print $2}' "$WORK/uploads.txt")
UPLOADS_MBS=$(awk -F= '$1=="mb_per_s" {print $2}' "$WORK/uploads.txt")
UPLOADS_FAILED=$(awk -F= '$1=="failed" {print $2}' "$WORK/uploads.txt")

API_RSS=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$API_PID/status")
AGENT_RSS=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$AGENT_PID/status")

# 4. 1,000 turns (MODEL_TURNS) at once against a model that answers after 1 s: the agent restarted
#    with the OpenAI-compatible provider pointed at a local stand-in, room for all of them in flight.
STUB_PORT=${BENCH_STUB_PORT:-28092}
java "$HERA_ROOT/bench/ModelStub.java" "$STUB_PORT" 1000 >"$WORK/stub.log" 2>&1 &
pids+=($!)
until curl -fs "http://127.0.0.1:$STUB_PORT/served" >/dev/null 2>&1; do sleep 0.1; done
stop_service "$AGENT_PID"
export HERA_AGENT_MODEL_PROVIDER=openai HERA_AGENT_MODEL_BASE_URL="http://127.0.0.1:$STUB_PORT/v1" \
  HERA_AGENT_MODEL_API_KEY=bench HERA_AGENT_MAX_IN_FLIGHT=$(( MODEL_TURNS + 24 )) HERA_AGENT_MODEL_TIMEOUT=20S
start_service adk-agent "$AGENT_PORT" "$ARCHIVES"; MODEL_AGENT_PID=$STARTED_PID; MODEL_AGENT_LOG=$STARTED_LOG
java "$HERA_ROOT/bench/Load.java" turns "$API" "$MODEL_TURNS" >"$WORK/model-warmup.txt"   # warm-up (JIT) of the same size, not reported
WARM_SERVED=$(curl -fs "http://127.0.0.1:$STUB_PORT/served")
WARM_FALLBACKS=$(grep -c 'fell back to the offline engine' "$MODEL_AGENT_LOG" || true)
profile_start "$API_PID" "$MODEL_AGENT_PID"
java "$HERA_ROOT/bench/Load.java" turns "$API" "$MODEL_TURNS" >"$WORK/model-turns.txt"
profile_stop "$MODEL_TURNS turns at once, model answering after 1 s" "$API_PID:backend-api-model-turns" "$MODEL_AGENT_PID:adk-agent-model-turns"
MODEL_WALL=$(awk -F= '$1=="wall_ms" {print $2}' "$WORK/model-turns.txt")
MODEL_RATE=$(awk -F= '$1=="turns_per_s" {print $2}' "$WORK/model-turns.txt")
MODEL_ANSWERED=$(awk -F= '$1=="answered" {print $2}' "$WORK/model-turns.txt")
MODEL_SERVED=$(( $(curl -fs "http://127.0.0.1:$STUB_PORT/served") - WARM_SERVED ))
# Turns the offline engine answered because the model call failed (the agent logs why).
MODEL_FALLBACKS=$(( $(grep -c 'fell back to the offline engine' "$MODEL_AGENT_LOG" || true) - WARM_FALLBACKS ))
MODEL_AGENT_RSS=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$MODEL_AGENT_PID/status")
# Vert.x warns when an event-loop thread is held too long: no load may cause one (both agents' logs).
BLOCKED_WARNINGS=$(cat "$WORK"/adk-agent-*.log "$WORK"/backend-api-*.log | grep -c 'has been blocked for' || true)
RATIO=$(awk -v a="$STATUS_RPS" -v b="$REDIS_RPS" 'BEGIN { if (b > 0) printf "%.2f", a/b; else print "n/a" }')
CPU=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)
LOAD=$(cut -d' ' -f1-3 /proc/loadavg)

mkdir -p "$OUT"
# Sections written by hand below the table (before/after, profiles) are kept.
KEPT=""
[ -f "$OUT/benchmarks.md" ] && KEPT=$(sed -n '/^## /,$p' "$OUT/benchmarks.md")
# A profiled run's figures are not reported (recording costs speed): they stay in the work directory.
FIGURES=$OUT; [ -z "${BENCH_PROFILE:-}" ] || FIGURES=$WORK
cat >"$FIGURES/benchmarks.json" <<JSON
{"date":"$(date -u +%FT%TZ)","machine":{"cpu":"$CPU","cores":$(nproc),"load_before":"$LOAD","java":"$("$JAVA_BIN" -version 2>&1 | head -1 | tr -d '"')"},
 "startup_ms":{"adk_agent":$AGENT_START,"backend_api":$API_START,"without_archive":{"adk_agent":$AGENT_PLAIN_START,"backend_api":$API_PLAIN_START}},
 "first_offline_turn_ms":$FIRST_TURN_MS,
 "redis_round_trips_per_turn":$ROUND_TRIPS,
 "blocked_thread_warnings":$BLOCKED_WARNINGS,
 "rss_mb_after_load":{"adk_agent":$AGENT_RSS,"backend_api":$API_RSS},
 "status_64c":{"requests_per_s":$STATUS_RPS,"p50":"$STATUS_P50","p99":"$STATUS_P99","redis_ceiling_per_s":${REDIS_RPS:-0},"ratio":"$RATIO","cold_requests_per_s":$STATUS_COLD_RPS,"cold_p99":"$STATUS_COLD_P99","warm_up_s":$(( WARM_ROUNDS * ${ROUND%s} ))},
 "interview_turns_at_100_per_s":{"turns":$TURNS_COUNT,"achieved_per_s":$TURNS_RATE,"p50_ms":$TURNS_P50,"p99_ms":$TURNS_P99},
 "photo_uploads_200kb_8c":{"uploads_per_s":$UPLOADS_RATE,"mb_per_s":$UPLOADS_MBS,"failed":$UPLOADS_FAILED},
 "model_turns_at_once_1s_model":{"turns":$MODEL_TURNS,"wall_ms":$MODEL_WALL,"ideal_ms":1000,"turns_per_s":$MODEL_RATE,"answered_200":$MODEL_ANSWERED,"model_calls":$MODEL_SERVED,"offline_fallbacks":$MODEL_FALLBACKS,"agent_rss_mb":$MODEL_AGENT_RSS}}
JSON
cat >"$FIGURES/benchmarks.md" <<MD
# Benchmarks

Written by \`bench/run.sh\` on $(date -u +%F): $CPU, $(nproc) cores, load average before the run $LOAD.
Both services from their jars as \`bin/run\` starts them (Java $JAVA_MAJOR, the newest JDK here, from the startup
archives it records; JVM options \`$JVM_OPTS\`), Redis on loopback, offline engine, one run each.

| what | figure | target (issue 18) |
|---|---|---|
| startup to ready: adk-agent / backend-api | $AGENT_START ms / $API_START ms | ≤ 1,500 ms each |
| the same without a startup archive | $AGENT_PLAIN_START ms / $API_PLAIN_START ms | |
| first offline interview turn after start, end to end | $FIRST_TURN_MS ms | ≤ 100 ms |
| RSS after the load: adk-agent / backend-api | $AGENT_RSS MB / $API_RSS MB | ≤ 250 MB |
| \`GET /status\`, 64 connections, $DURATION, after $(( WARM_ROUNDS * ${ROUND%s} )) s of the same load (until a $ROUND round was less than 10 % faster than the one before) | $STATUS_RPS req/s, p50 $STATUS_P50, p99 $STATUS_P99 | p99 ≤ 20 ms |
| the same in the first $ROUND after start (the JIT still compiling) | $STATUS_COLD_RPS req/s, p99 $STATUS_COLD_P99 | |
| Redis ceiling for the same reads (one Lua call, redis-benchmark, 64 clients), this run | ${REDIS_RPS:-n/a} calls/s | |
| API ÷ Redis ceiling | $RATIO | ≥ 0.30 |
| interview turns through the queue, offline engine, sent at 100/s over 100 sessions for $DURATION, after $(( TURNS_WARM_ROUNDS * ${ROUND%s} )) s of the same load | $TURNS_RATE turns/s achieved, p50 $TURNS_P50 ms, p99 $TURNS_P99 ms | p99 ≤ 50 ms |
| Redis round trips of one interview turn (API and agent, MONITOR) | $ROUND_TRIPS | ≤ 8 |
| blocked-thread warnings in both services' logs after all loads | $BLOCKED_WARNINGS | 0 |
| photo uploads, 200 KB JPEG, 8 connections, $DURATION | $UPLOADS_RATE uploads/s ($UPLOADS_MBS MB/s), $UPLOADS_FAILED failed | |
| $MODEL_TURNS interview turns sent at once (after a warm-up burst of the same size), model answering after 1 s (ideal: 1,000 ms) | $MODEL_WALL ms wall, $MODEL_RATE turns/s, $MODEL_ANSWERED answered within the request, $MODEL_SERVED model calls, $MODEL_FALLBACKS answered offline after a failed call, agent RSS $MODEL_AGENT_RSS MB | ≤ 3,000 ms |

Reproduce: \`bench/run.sh\` (about 5 minutes; \`HERA_JAVA=<java>\` picks the JVM; \`BENCH_DURATION=15s\` per timed load).

$KEPT
MD
# A load that held an event-loop thread too long fails the run (the logs are kept in $WORK).
if [ "$BLOCKED_WARNINGS" -gt 0 ]; then
  echo "bench: $BLOCKED_WARNINGS blocked-thread warnings in $WORK/adk-agent-*.log and $WORK/backend-api-*.log" >&2
  exit 1
fi
if [ -n "${BENCH_PROFILE:-}" ]; then
  { echo "# Profiles"; echo; echo "Written by \`BENCH_PROFILE=1 bench/run.sh\` on $(date -u +%F) (the run's figures are not"
    echo "reported: recording costs some speed). JFR, profile settings; the tables count the CPU samples"
    echo "taken during that load by their top frame, and Hera's methods by the samples whose stack holds them."; echo; cat "$PROFILES"; } >"$OUT/benchmark-profiles.md"
else
  cat "$OUT/benchmarks.md"
fi
