#!/usr/bin/env bash
# LLM router overhead: a routed call (prompt rendering, routing, timeout guard, output validation, ledger and
# cache rows in SQLite) against a raw call of the same in-process fake provider, plus a cache hit, in the real
# service context: JMH, every call timed. Goals: overhead (routed minus raw) < 2 ms median, cache hit < 5 ms median.
#   bench/llm-router.sh [--quick] [iterations] [warmup_iterations]   (of 2 s each; defaults: 5 3)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
if [ "${1:-}" = --quick ]; then QUICK=1; shift; fi

cd "$ROOT"
CP="$(bench_classpath)"

{
    echo "LLM router benchmark, same JVM ($(machine))"
    run_jmh llm-router "$CP" '\.LlmRouterBenchmark\.' -i "${1:-5}" -wi "${2:-3}"
    python3 - "$RESULTS/llm-router.json" <<'PY'
import json, sys
median = {r["benchmark"].rsplit(".", 1)[1]: r["primaryMetric"]["scorePercentiles"]["50.0"] for r in json.load(open(sys.argv[1]))}
print(f"router overhead (routed cache miss - raw call) median {median['routedCallCacheMiss'] - median['rawProviderCall']:.4f} ms"
      " (goal < 2 ms); cache hit goal < 5 ms")
PY
} | tee "$RESULTS/llm-router.txt"
