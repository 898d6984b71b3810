#!/usr/bin/env bash
# Soak: both services under steady mixed traffic (bench/soak.py: guests' free actions, reads and searches, pasted
# job pages collected, analyses, resume uploads) for MINUTES, each service in its own memory cgroup limited to
# LIMIT MiB (the 512 MiB container of docker-compose.yml) when this machine lets us make one (root, cgroup v1 or
# v2), with deploy/jvm.sh's settings. Prints latency per kind (p50, p99), errors, RSS at start, peak and end, and
# whether any OutOfMemoryError or restart happened.
# Goal (issue 18): no OutOfMemoryError inside 512 MiB, RSS flat, p99 within 1.5x of the same soak with LIMIT=none.
#   bench/soak.sh [minutes] [limit-MiB|none] [requests-per-second]   (defaults: 10 512 4)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
# shellcheck source=../deploy/jvm.sh
source "$ROOT/deploy/jvm.sh"

MINUTES="${1:-10}"
LIMIT="${2:-512}"
RATE="${3:-4}"
cd "$ROOT"
ensure_jars

DATA="$(mktemp -d)"
export CAREERGPT_DATA_DIR="$DATA" IDENTITY_PORT CAREERGPT_PORT IDENTITY_BASE_URL
IDENTITY_PORT=$(free_port); CAREERGPT_PORT=$(free_port); IDENTITY_BASE_URL="http://127.0.0.1:$IDENTITY_PORT"
export JWT_SECRET="$(head -c 48 /dev/urandom | base64 | tr -d '\n')"
export INTERNAL_SERVICE_TOKEN="$(head -c 36 /dev/urandom | base64 | tr '+/' '-_' | tr -d '\n')"
# Each simulated client names its own address (X-Forwarded-For, believed from this machine only) and the per-user
# limit is lifted: the soak measures the service, not its abuse limits.
export CAREERGPT_TRUSTED_PROXIES=127.0.0.1/32 CAREERGPT_GUEST_CREATION_LIMIT=1000000 CAREERGPT_USER_REQUESTS_PER_MINUTE=100000

CGROUPS=()
# limit_memory NAME PID: moves PID into a new memory cgroup of LIMIT MiB; prints the cgroup or nothing.
limit_memory() {
    local name="$1" pid="$2" group
    [ "$LIMIT" = none ] && return 0
    if [ -w /sys/fs/cgroup/cgroup.subtree_control ] 2>/dev/null && [ -f /sys/fs/cgroup/cgroup.controllers ]; then
        group="/sys/fs/cgroup/careergpt-soak-$name-$$"
        mkdir "$group" && echo "$((LIMIT * 1048576))" > "$group/memory.max" && echo 0 > "$group/memory.swap.max" || true
    elif [ -w /sys/fs/cgroup/memory ]; then
        group="/sys/fs/cgroup/memory/careergpt-soak-$name-$$"
        mkdir "$group" && echo "$((LIMIT * 1048576))" > "$group/memory.limit_in_bytes"
        echo "$((LIMIT * 1048576))" > "$group/memory.memsw.limit_in_bytes" 2>/dev/null || true
    else
        bench_log "cannot make a memory cgroup here (needs root and a writable cgroup tree): running without a limit"
        return 0
    fi
    echo "$pid" > "$group/cgroup.procs"
    CGROUPS+=("$group")
}

for name in identity-service careergpt-service; do
    prepare_class_data "$name" "$(jar_of "$name")" "$(app_dir_of "$name")"
done
# The JVMs are started inside their cgroup: a shell moved into it first, then exec'd into java.
start_service --as-deployed identity-service "$RESULTS/soak-identity-service.log"; IDENTITY=$STARTED
limit_memory identity-service "$IDENTITY"
start_service --as-deployed careergpt-service "$RESULTS/soak-careergpt-service.log"; CAREERGPT=$STARTED
limit_memory careergpt-service "$CAREERGPT"
cleanup() {
    kill "$IDENTITY" "$CAREERGPT" 2>/dev/null || true
    wait "$IDENTITY" "$CAREERGPT" 2>/dev/null || true
    for group in "${CGROUPS[@]}"; do rmdir "$group" 2>/dev/null || true; done
    rm -rf "$DATA"
}
trap cleanup EXIT
for port in "$IDENTITY_PORT" "$CAREERGPT_PORT"; do
    until curl -fsS "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1; do
        kill -0 "$IDENTITY" 2>/dev/null && kill -0 "$CAREERGPT" 2>/dev/null || { bench_log "a service died"; exit 1; }
        sleep 0.2
    done
done
IDLE_IDENTITY=$(rss_mib "$IDENTITY"); IDLE_CAREERGPT=$(rss_mib "$CAREERGPT")
bench_log "both healthy (idle RSS: identity $IDLE_IDENTITY MiB, careergpt $IDLE_CAREERGPT MiB); soaking $MINUTES min at $RATE req/s"

REPORT=$(python3 "$ROOT/bench/soak.py" "http://127.0.0.1:$CAREERGPT_PORT" "$RESULTS/soak-identity-service.log" \
    "$((MINUTES * 60))" "$RATE" "$ROOT/careergpt-service/src/test/resources/fixtures/jobs" "$IDENTITY" "$CAREERGPT")
alive="both services alive"
kill -0 "$IDENTITY" 2>/dev/null && kill -0 "$CAREERGPT" 2>/dev/null || alive="A SERVICE DIED"
oom=$(cat "$RESULTS"/soak-*-service.log | grep -c OutOfMemoryError || true)
# cgroup_peak GROUP: the most memory the group was charged (cgroup v1 max_usage, v2 peak), in MiB.
cgroup_peak() {
    local file
    for file in "$1/memory.max_usage_in_bytes" "$1/memory.peak"; do
        [ -r "$file" ] && { awk '{ printf "%.0f MiB", $1 / 1048576 }' "$file"; return; }
    done
    echo "n/a"
}
charged=""
for group in "${CGROUPS[@]}"; do charged="$charged ${group##*/careergpt-soak-}: $(cgroup_peak "$group");"; done
{
    echo "soak: $MINUTES min at $RATE req/s, memory limit ${LIMIT} MiB per service ($(machine))"
    echo "idle RSS: identity-service $IDLE_IDENTITY MiB, careergpt-service $IDLE_CAREERGPT MiB; $alive; OutOfMemoryError lines: $oom"
    echo "pids: identity-service $IDENTITY, careergpt-service $CAREERGPT; peak memory charged to each cgroup:${charged:- none}"
    echo "$REPORT" | python3 -m json.tool
} | tee "$RESULTS/soak-$LIMIT.txt"
