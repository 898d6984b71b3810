#!/usr/bin/env bash
# Throughput of JWT-gated endpoints against a bare endpoint of the same careergpt-service JVM, side by side:
# rounds alternate bare / gated read (valid JWT) / gated action (valid JWT + per-user rate limiter), so JIT
# warm-up and machine noise hit all of them alike. Goal: gated >= 0.8x bare.
#   bench/gateway-overhead.sh [rounds] [seconds_per_run] [connections]
set -euo pipefail
source "$(dirname "$0")/lib.sh"

ROUNDS="${1:-3}"
SECONDS_PER_RUN="${2:-10}"
CONNECTIONS="${3:-16}"
ensure_wrk

cd "$ROOT"
CP="$(bench_classpath)"

export JWT_SECRET="$(head -c 48 /dev/urandom | base64 | tr -d '\n')"
java ${BENCH_JAVA_OPTS:-} -cp "$CP" com.careergpt.service.bench.GatewayBenchServer > "$RESULTS/gateway-server.log" 2>&1 &
PID=$!
trap 'kill "$PID" 2>/dev/null; wait "$PID" 2>/dev/null' EXIT
until grep -q '^TOKEN=' "$RESULTS/gateway-server.log"; do
    kill -0 "$PID" 2>/dev/null || { cat "$RESULTS/gateway-server.log"; exit 1; }
    sleep 0.2
done
PORT="$(sed -n 's/^PORT=//p' "$RESULTS/gateway-server.log")"
TOKEN="$(sed -n 's/^TOKEN=//p' "$RESULTS/gateway-server.log")"
URL="http://127.0.0.1:$PORT"

cat > "$RESULTS/post.lua" <<'LUA'
wrk.method = "POST"
wrk.body = "{}"
wrk.headers["Content-Type"] = "application/json"
LUA

run() { # name, extra wrk args...
    local name="$1"; shift
    wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" "$@" | awk -v n="$name" '/Requests\/sec/ {print n, $2}'
}

bench_log "warm-up"
for _ in 1 2; do
    run bare "$URL/api/test/bare" >/dev/null
    run read -H "Authorization: Bearer $TOKEN" "$URL/api/test/mine" >/dev/null
    run action -H "Authorization: Bearer $TOKEN" -s "$RESULTS/post.lua" "$URL/api/test/actions" >/dev/null
done

bench_log "$ROUNDS rounds of ${SECONDS_PER_RUN} s each, $CONNECTIONS connections"
: > "$RESULTS/gateway-raw.txt"
for round in $(seq "$ROUNDS"); do
    run bare "$URL/api/test/bare" | tee -a "$RESULTS/gateway-raw.txt"
    run read -H "Authorization: Bearer $TOKEN" "$URL/api/test/mine" | tee -a "$RESULTS/gateway-raw.txt"
    run action -H "Authorization: Bearer $TOKEN" -s "$RESULTS/post.lua" "$URL/api/test/actions" | tee -a "$RESULTS/gateway-raw.txt"
done

python3 - "$RESULTS/gateway-raw.txt" "$(machine)" <<'PY' | tee "$RESULTS/gateway-overhead.txt"
import statistics, sys
runs = {}
for line in open(sys.argv[1]):
    name, value = line.split()
    runs.setdefault(name, []).append(float(value))
bare = statistics.median(runs["bare"])
print(f"careergpt-service gated vs bare endpoint, same JVM ({sys.argv[2]})")
print(f"bare   GET  /api/test/bare    median {bare:8.0f} req/s")
for name, label in (("read", "GET  /api/test/mine   (JWT)"), ("action", "POST /api/test/actions (JWT + rate limit)")):
    median = statistics.median(runs[name])
    print(f"{name:6} {label}  median {median:8.0f} req/s  ratio {median / bare:.2f}x")
PY
