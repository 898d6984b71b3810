#!/usr/bin/env bash
# Semantic search core: stores N random 384-dimension unit vectors in the service's SQLite schema, loads them into
# the in-memory index as an instance does, then times exact top-20 searches over all and over a filtered half.
# Goal: a search over 100k vectors in < 200 ms.
#   bench/vector-search.sh [vectors] [queries]
set -euo pipefail
source "$(dirname "$0")/lib.sh"

cd "$ROOT"
CP="$(service_test_classpath vector-search)"

{
    echo "vector search benchmark ($(machine))"
    java ${BENCH_JAVA_OPTS:--Xmx2g} -cp "$CP" com.careergpt.service.embeddings.VectorSearchBenchmark \
        "${1:-100000}" "${2:-50}"
} | tee "$RESULTS/vector-search.txt"
