#!/usr/bin/env bash
# Builtin LLM provider latency per task on a fixture job and resume, and embedding throughput (sentences/s).
#   bench/builtin.sh [rounds]
set -euo pipefail
source "$(dirname "$0")/lib.sh"

cd "$ROOT"
CP="$(service_test_classpath builtin)"

{
    echo "builtin provider benchmark ($(machine))"
    (cd careergpt-service && java ${BENCH_JAVA_OPTS:--Xmx1g} -cp "$CP" \
        com.careergpt.service.llm.builtin.BuiltinBenchmark "${1:-50}")
} | tee "$RESULTS/builtin.txt"
