#!/usr/bin/env bash
# Extract + normalize one ~200 KB job page (JSON-LD, heuristics, salary, skills, Markdown): JMH, every call timed
# in measured iterations of 2 s after 5 of warm-up. Goal: median < 10 ms.
#   bench/extract.sh [--quick] [iterations]   (default 5; --quick: a smoke run that proves it runs)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
if [ "${1:-}" = --quick ]; then QUICK=1; shift; fi

cd "$ROOT"
CP="$(bench_classpath)"

{
    echo "extraction benchmark ($(machine))"
    run_jmh extract "$CP" '\.ExtractBenchmark\.' -i "${1:-5}"
} | tee "$RESULTS/extract.txt"
