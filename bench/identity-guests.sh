#!/usr/bin/env bash
# POST /auth/guest throughput and latency on SQLite, plus identity-service start-up time and memory.
#   bench/identity-guests.sh [duration_seconds] [connections]
# Every request is a new guest from a random client address (X-Forwarded-For), as real traffic is; the per-IP
# limit is the production default. Results go to stdout and bench/results/identity-guests.txt.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

DURATION="${1:-20}"
CONNECTIONS="${2:-16}"
ensure_wrk
ensure_jars

DATA="$(mktemp -d)"
PORT="$(free_port)"
export IDENTITY_PORT="$PORT" CAREERGPT_DATA_DIR="$DATA"
export JWT_SECRET="$(head -c 48 /dev/urandom | base64 | tr -d '\n')"
export INTERNAL_SERVICE_TOKEN="bench-internal-token-0123456789abcdef"

START="$(date +%s%N)"
start_service identity-service "$RESULTS/identity-service.log"; PID=$STARTED
trap 'kill "$PID" 2>/dev/null; wait "$PID" 2>/dev/null; rm -rf "$DATA"' EXIT
STARTUP_MS="$(healthy_after "$START" "$PID" "$PORT" "$RESULTS/identity-service.log")"
RSS_IDLE="$(rss_mib "$PID")"

cat > "$DATA/guest.lua" <<'LUA'
math.randomseed(os.time())
request = function()
  local ip = string.format("10.%d.%d.%d", math.random(0, 255), math.random(0, 255), math.random(1, 254))
  return wrk.format("POST", "/auth/guest", { ["X-Forwarded-For"] = ip, ["User-Agent"] = "careergpt-bench" }, nil)
end
LUA

URL="http://127.0.0.1:$PORT"
bench_log "warm-up 40 s (the JIT needs it on 2 cores)"
wrk -t2 -c"$CONNECTIONS" -d40s -s "$DATA/guest.lua" "$URL" >/dev/null
bench_log "measuring ${DURATION} s with $CONNECTIONS connections"
OUT="$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$DATA/guest.lua" "$URL")"
RSS_LOADED="$(rss_mib "$PID")"

{
    echo "identity-service POST /auth/guest on SQLite ($(machine))"
    echo "$OUT" | grep -E "Requests/sec|Non-2xx|Socket errors|  50%|  75%|  90%|  99%"
    echo "startup: ${STARTUP_MS} ms (launch to healthy)"
    echo "rss: ${RSS_IDLE} MiB idle after start, ${RSS_LOADED} MiB after load"
} | tee "$RESULTS/identity-guests.txt"
