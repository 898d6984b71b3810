#!/usr/bin/env bash
# Job-market analytics: writes N realistic generated posts over a year (5% reposts linked as duplicates) to a SQLite
# file migrated with the service's migrations, then times the market report per query shape (no filter, q, skill,
# remote+location, date range), the first load and the catch-up after 100 new posts, and plain SQL for comparison:
# JMH, one report per measured iteration after 5 of warm-up. Goal: each query < 300 ms over 100k posts.
#   bench/market.sh [--quick] [posts] [runs]   (defaults: 100000 30)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
if [ "${1:-}" = --quick ]; then QUICK=1; shift; fi

cd "$ROOT"
CP="$(bench_classpath)"
POSTS="${1:-$(quick_or 100000 2000)}"
# The generated database is written once per run and size (the JVM's temporary folder) and copied for each
# benchmark; never kept across runs, so it always has today's schema.
TEMPLATE="/tmp/careergpt-market-bench-$POSTS.db"
rm -f "$TEMPLATE"
trap 'rm -f "$TEMPLATE"' EXIT

{
    echo "market analytics benchmark ($(machine)); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
    run_jmh market "$CP" '\.MarketBenchmark\.' -p posts="$POSTS" -i "${2:-30}"
    echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$RESULTS/market.txt"
