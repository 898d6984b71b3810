#!/usr/bin/env bash
# Scores job-page extraction on a folder of NAME.html + NAME.expected.json (as ../shared/fixtures/real-pages/README.md
# describes): per field accuracy, overall accuracy, job pages missed, false jobs and a per-page table. Runs the
# product's extraction in-process, the same code as POST /api/jobs/collect with "html".
#   bench/eval-extraction.sh [DIR] [--floor PERCENT]   (DIR defaults to ../shared/fixtures/real-pages)
# With --floor it exits 1 below that overall accuracy, on a missed job page or on a false job.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

DIR="$(cd "${1:-$ROOT/../shared/fixtures/real-pages}" && pwd)"
shift || true
cd "$ROOT"
CP="$(service_test_classpath eval-extraction)"
set +e
java ${BENCH_JAVA_OPTS:--Xmx512m} -cp "$CP" com.careergpt.service.scraping.extract.ExtractionEvaluation "$DIR" "$@" \
    | tee "$RESULTS/eval-extraction.txt"
exit "${PIPESTATUS[0]}"
