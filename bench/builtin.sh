#!/usr/bin/env bash
# Builtin LLM provider latency per task on a fixture job and resume (JMH, every call timed), and embedding
# throughput (sentences/s) one by one and in a batch of 256.
#   bench/builtin.sh [--quick] [iterations]   (measured iterations of 1 s, default 5)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
if [ "${1:-}" = --quick ]; then QUICK=1; shift; fi

cd "$ROOT"
CP="$(bench_classpath)"

{
    echo "builtin provider benchmark ($(machine))"
    run_jmh builtin "$CP" '\.BuiltinBenchmark\.' -i "${1:-5}"
} | tee "$RESULTS/builtin.txt"
