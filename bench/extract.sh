#!/usr/bin/env bash
# Extract + normalize one ~200 KB job page (JSON-LD, heuristics, salary, skills, Markdown). Goal: median < 10 ms.
#   bench/extract.sh [rounds]
set -euo pipefail
source "$(dirname "$0")/lib.sh"

cd "$ROOT"
CP="$(service_test_classpath extract)"

{
    echo "extraction benchmark ($(machine))"
    (cd careergpt-service && java ${BENCH_JAVA_OPTS:--Xmx1g} -cp "$CP" \
        com.careergpt.service.scraping.extract.ExtractBenchmark "${1:-500}")
} | tee "$RESULTS/extract.txt"
