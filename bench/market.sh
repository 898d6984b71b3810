#!/usr/bin/env bash
# Job-market analytics: writes N realistic generated posts over a year (5% reposts linked as duplicates) to a SQLite
# file migrated with the service's migrations, then times the market report per query shape (no filter, q, skill,
# remote+location, date range), the first load and the catch-up after new posts, and plain SQL for comparison.
# Goal: each query < 300 ms over 100k posts.
#   bench/market.sh [posts] [runs]
set -euo pipefail
source "$(dirname "$0")/lib.sh"

cd "$ROOT"
CP="$(service_test_classpath market)"

{
    echo "market analytics benchmark ($(machine)); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
    java ${BENCH_JAVA_OPTS:--Xmx2g} -cp "$CP" com.careergpt.service.analytics.market.MarketBenchmark \
        "${1:-100000}" "${2:-30}"
    echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$RESULTS/market.txt"
