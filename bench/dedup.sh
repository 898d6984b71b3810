#!/usr/bin/env bash
# De-duplication core: generates realistic postings (varied companies, titles, skills and company boilerplate) with
# ~10% planted near-duplicates and ~5% same-title openings at the same company, then fingerprints, looks up and adds
# every posting in order, as the job store does. Goal: 100k postings in < 10 s. Prints the median total of the
# rounds, the per-posting median, and precision/recall on the planted duplicates.
#   bench/dedup.sh [postings] [duplicate_share] [same_title_share] [rounds] [seed]
set -euo pipefail
source "$(dirname "$0")/lib.sh"

cd "$ROOT"
CP="$(service_test_classpath dedup)"

{
    echo "de-duplication benchmark ($(machine))"
    java ${BENCH_JAVA_OPTS:--Xmx1g} -cp "$CP" com.careergpt.service.scraping.dedup.DedupBenchmark \
        "${1:-100000}" "${2:-0.10}" "${3:-0.05}" "${4:-3}" "${5:-7}"
} | tee "$RESULTS/dedup.txt"
