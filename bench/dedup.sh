#!/usr/bin/env bash
# De-duplication core: generates realistic postings (varied companies, titles, skills and company boilerplate) with
# ~10% planted near-duplicates and ~5% same-title openings at the same company, then fingerprints, looks up and adds
# every posting in order, as the job store does: JMH, one round per measured iteration. Goal: 100k postings in
# < 10 s. Prints the median round, the index rebuilt from stored fingerprints, and from the last round the
# per-posting median times and precision/recall on the planted duplicates.
#   bench/dedup.sh [--quick] [postings] [duplicate_share] [same_title_share] [rounds] [seed]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
if [ "${1:-}" = --quick ]; then QUICK=1; shift; fi

cd "$ROOT"
CP="$(bench_classpath)"

{
    echo "de-duplication benchmark ($(machine))"
    run_jmh dedup "$CP" '\.DedupBenchmark\.' -p postings="${1:-$(quick_or 100000 2000)}" -p duplicateShare="${2:-0.10}" \
        -p sameTitleShare="${3:-0.05}" -i "${4:-3}" -p seed="${5:-7}"
    sed -n 's/^.*report: //p' "$RESULTS/dedup-jmh.txt" | awk '!seen[$0]++'
} | tee "$RESULTS/dedup.txt"
