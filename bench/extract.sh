#!/usr/bin/env bash
# Extract + normalize one ~200 KB job page (JSON-LD, heuristics, salary, skills, Markdown). Goal: median < 10 ms.
#   bench/extract.sh [rounds]
set -euo pipefail
source "$(dirname "$0")/lib.sh"

cd "$ROOT"
bench_log "compiling careergpt-service test classes"
if ! ./mvnw -B -q -ntp test-compile dependency:build-classpath -pl careergpt-service \
        -Dmdep.outputFile="$RESULTS/extract-classpath.txt" -Dmdep.includeScope=test 2>"$RESULTS/extract-build.log"; then
    bench_log "upstream modules missing from the local repository; installing them once"
    ./mvnw -B -q -ntp -DskipTests install -pl careergpt-service -am
    ./mvnw -B -q -ntp test-compile dependency:build-classpath -pl careergpt-service \
        -Dmdep.outputFile="$RESULTS/extract-classpath.txt" -Dmdep.includeScope=test
fi
CP="careergpt-service/target/test-classes:careergpt-service/target/classes:$(cat "$RESULTS/extract-classpath.txt")"

{
    echo "extraction benchmark ($(machine))"
    (cd careergpt-service && java ${BENCH_JAVA_OPTS:--Xmx1g} -cp "$(echo "$CP" | sed "s#careergpt-service/target#target#g")" \
        com.careergpt.service.scraping.extract.ExtractBenchmark "${1:-500}")
} | tee "$RESULTS/extract.txt"
