#!/usr/bin/env bash
# Semantic search core: stores N random 384-dimension unit vectors in the service's SQLite schema, loads them into
# the in-memory index as an instance does, then times exact top-20 searches over all and over a filtered half (JMH,
# one search per measured iteration after 10 of warm-up) and the load of the index from SQLite.
# Goal: a search over 100k vectors in < 200 ms.
#   bench/vector-search.sh [--quick] [vectors] [queries]   (defaults: 100000 50)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
if [ "${1:-}" = --quick ]; then QUICK=1; shift; fi

cd "$ROOT"
CP="$(bench_classpath)"

{
    echo "vector search benchmark ($(machine))"
    run_jmh vector-search "$CP" '\.VectorSearchBenchmark\.' -p vectors="${1:-$(quick_or 100000 2000)}" -i "${2:-50}"
} | tee "$RESULTS/vector-search.txt"
