#!/usr/bin/env bash
# LLM router overhead: a routed call (prompt rendering, routing, timeout guard, output validation, ledger and
# cache rows in SQLite) against a raw call of the same in-process fake provider, plus a cache hit, in one JVM.
# Goals: overhead < 2 ms median, cache hit < 5 ms median.
#   bench/llm-router.sh [rounds] [warmup_rounds]
set -euo pipefail
source "$(dirname "$0")/lib.sh"

ROUNDS="${1:-5000}"
WARMUP="${2:-2000}"

cd "$ROOT"
bench_log "compiling careergpt-service and its test classes"
./mvnw -B -q -ntp -DskipTests install -pl careergpt-service -am
./mvnw -B -q -ntp test-compile dependency:build-classpath -pl careergpt-service \
    -Dmdep.outputFile="$RESULTS/llm-router-classpath.txt" -Dmdep.includeScope=test
CP="careergpt-service/target/test-classes:careergpt-service/target/classes:$(cat "$RESULTS/llm-router-classpath.txt")"

bench_log "$ROUNDS rounds after $WARMUP warm-up rounds"
java ${BENCH_JAVA_OPTS:-} -cp "$CP" com.careergpt.service.bench.LlmRouterBench "$ROUNDS" "$WARMUP" \
    2> "$RESULTS/llm-router.log" | tee "$RESULTS/llm-router.txt"
