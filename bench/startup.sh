#!/usr/bin/env bash
# Start-up of each service alone and of both together, next to a minimal Spring Boot web application (one endpoint
# and the actuator, bench/minimal-app) started the same way: deploy/jvm.sh's settings, unpacked jar, class-data
# archive. Each round starts them one after the other; the time is from exec to the first 200 of
# /actuator/health (careergpt-service's health includes its readiness, i.e. the first-action warm-up).
# Goal (issue 18): each service within 2x the minimal application's median, both together within 3x.
#   bench/startup.sh [rounds]   (default 5; writes bench/results/startup.txt)
#   CAREERGPT_CDS=off bench/startup.sh   measures without the archives
set -euo pipefail
source "$(dirname "$0")/lib.sh"
# shellcheck source=../deploy/jvm.sh
source "$ROOT/deploy/jvm.sh"

ROUNDS="${1:-5}"
cd "$ROOT"
ensure_jars
bench_log "building bench/minimal-app"
(cd bench/minimal-app && "$ROOT/mvnw" -B -q -ntp -DskipTests package)

export JWT_SECRET INTERNAL_SERVICE_TOKEN
JWT_SECRET="$(head -c 48 /dev/urandom | base64 | tr -d '\n')"
INTERNAL_SERVICE_TOKEN="$(head -c 36 /dev/urandom | base64 | tr '+/' '-_' | tr -d '\n')"

for name in minimal-app identity-service careergpt-service; do
    prepare_class_data "$name" "$(jar_of "$name")" "$(app_dir_of "$name")"
done

DATA="$(mktemp -d)"
PIDS=()
trap 'kill "${PIDS[@]}" 2>/dev/null || true; rm -rf "$DATA"' EXIT

# launch NAME PORT: starts NAME in the background on PORT with a fresh data directory; sets LAUNCHED to its pid.
launch() {
    local name="$1" port="$2"
    rm -rf "${DATA:?}/$name" && mkdir -p "$DATA/$name"
    start_service --as-deployed "$name" "$RESULTS/startup-$name.log" CAREERGPT_DATA_DIR="$DATA/$name" SERVER_PORT="$port"
    LAUNCHED=$STARTED
    PIDS+=("$LAUNCHED")
}

STARTUP_LOGS="$RESULTS/startup-*.log"
stop() { kill "$@" 2>/dev/null || true; wait "$@" 2>/dev/null || true; }

median() { tr ' ' '\n' | grep . | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

declare -A TIMES=()
for round in $(seq "$ROUNDS"); do
    export IDENTITY_PORT CAREERGPT_PORT IDENTITY_BASE_URL
    IDENTITY_PORT=$(free_port); CAREERGPT_PORT=$(free_port); IDENTITY_BASE_URL="http://127.0.0.1:$IDENTITY_PORT"

    port=$(free_port); start=$(date +%s%N); launch minimal-app "$port"
    TIMES[minimal-app]+="$(healthy_after "$start" "$LAUNCHED" "$port" "$STARTUP_LOGS") "; stop "$LAUNCHED"

    start=$(date +%s%N); launch identity-service "$IDENTITY_PORT"
    TIMES[identity-service]+="$(healthy_after "$start" "$LAUNCHED" "$IDENTITY_PORT" "$STARTUP_LOGS") "; identity=$LAUNCHED

    start=$(date +%s%N); launch careergpt-service "$CAREERGPT_PORT"
    TIMES[careergpt-service]+="$(healthy_after "$start" "$LAUNCHED" "$CAREERGPT_PORT" "$STARTUP_LOGS") "; stop "$LAUNCHED" "$identity"

    start=$(date +%s%N); launch identity-service "$IDENTITY_PORT"; identity=$LAUNCHED
    launch careergpt-service "$CAREERGPT_PORT"; careergpt=$LAUNCHED
    healthy_after "$start" "$identity" "$IDENTITY_PORT" "$STARTUP_LOGS" >/dev/null
    TIMES[both]+="$(healthy_after "$start" "$careergpt" "$CAREERGPT_PORT" "$STARTUP_LOGS") "; stop "$identity" "$careergpt"
    bench_log "round $round of $ROUNDS done"
done

{
    echo "start-up until healthy, median of $ROUNDS rounds ($(machine)); class-data sharing ${CAREERGPT_CDS:-on}"
    reference=$(median <<< "${TIMES[minimal-app]}")
    for name in minimal-app identity-service careergpt-service both; do
        value=$(median <<< "${TIMES[$name]}")
        goal="(goal <= 2x)"; [ "$name" = both ] && goal="(goal <= 3x)"; [ "$name" = minimal-app ] && goal="(reference)"
        printf '%-18s %6d ms  %5.2fx the minimal app %-13s rounds: %s\n' "$name" "$value" \
            "$(awk -v a="$value" -v b="$reference" 'BEGIN { print a / b }')" "$goal" "${TIMES[$name]}"
    done
} | tee "$RESULTS/startup.txt"
