#!/usr/bin/env bash
# Milliseconds per page rendered by the headless-browser fetcher (Debian's Chromium, requests routed through the
# guarded client) on the local JavaScript-only fixture.
#   bench/browser-render.sh [pages] [chromium path]
set -euo pipefail
source "$(dirname "$0")/lib.sh"

cd "$ROOT"
CP="$(service_test_classpath browser-render)"
{
    echo "browser render benchmark ($(machine))"
    (cd careergpt-service && java ${BENCH_JAVA_OPTS:--Xmx512m} -cp "$CP" \
        com.careergpt.service.scraping.fetch.BrowserRenderBenchmark "${1:-40}" "${2:-/usr/bin/chromium}")
} | tee "$RESULTS/browser-render.txt"
