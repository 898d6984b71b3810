#!/usr/bin/env bash
# Milliseconds per page rendered by the headless-browser fetcher (Debian's Chromium, requests routed through the
# guarded client) on the local JavaScript-only fixture: JMH, one page per measured iteration after 5 of warm-up.
#   bench/browser-render.sh [--quick] [pages] [chromium path]   (defaults: 40 /usr/bin/chromium)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
if [ "${1:-}" = --quick ]; then QUICK=1; shift; fi

cd "$ROOT"
CP="$(bench_classpath)"
{
    echo "browser render benchmark ($(machine))"
    run_jmh browser-render "$CP" '\.BrowserRenderBenchmark\.' -i "${1:-40}" -p chromium="${2:-/usr/bin/chromium}"
} | tee "$RESULTS/browser-render.txt"
