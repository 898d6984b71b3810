# Shared helpers of the benchmark scripts (sourced, not run).
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RESULTS="$ROOT/bench/results"
mkdir -p "$RESULTS"

bench_log() { printf '[bench] %s\n' "$*" >&2; }

ensure_wrk() {
    if ! command -v wrk >/dev/null 2>&1; then
        bench_log "installing wrk (Debian package)"
        local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
        $sudo apt-get install -y -qq wrk >/dev/null || { $sudo apt-get update -qq && $sudo apt-get install -y -qq wrk; }
    fi
}

ensure_jars() {
    (cd "$ROOT" && ./careergpt build)
}

# locate_service NAME: sets SERVICE_JAR to the runnable jar of NAME (a module, or bench/minimal-app) and SERVICE_DIR to the
# folder deploy/jvm.sh unpacks it into (no subshell: bench/startup.sh times what runs after it).
locate_service() {
    if [ "$1" = minimal-app ]; then
        SERVICE_JAR="$ROOT/bench/minimal-app/target/minimal-app-1.jar" SERVICE_DIR="$ROOT/bench/minimal-app/target/app"
    else
        local jars=("$ROOT/$1"/target/"$1"-*-exec.jar)
        SERVICE_JAR="${jars[0]}" SERVICE_DIR="$ROOT/$1/target/app"
    fi
}
jar_of() { locate_service "$1"; echo "$SERVICE_JAR"; }
app_dir_of() { locate_service "$1"; echo "$SERVICE_DIR"; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

# start_service [--as-deployed] NAME LOG [VAR=VALUE ...]: starts NAME (a module, or bench/minimal-app) in the
# background, those variables added to its environment, its output in LOG; sets STARTED to its pid. Plainly its
# jar with BENCH_JAVA_OPTS; --as-deployed as production runs it (deploy/jvm.sh, sourced by the caller, with its
# memory settings and the class-data archive prepare_class_data made).
start_service() {
    local deployed=false name log
    [ "$1" = --as-deployed ] && { deployed=true; shift; }
    name="$1" log="$2"; shift 2
    locate_service "$name"
    if $deployed; then
        java_args_of "$name" "$SERVICE_JAR" "$SERVICE_DIR"
    else
        # shellcheck disable=SC2206
        JAVA_ARGS=(${BENCH_JAVA_OPTS:-} -jar "$SERVICE_JAR")
    fi
    # The subshell becomes the JVM (exec): STARTED is the JVM's pid.
    # shellcheck disable=SC2163
    ( [ $# -eq 0 ] || export "$@"; exec java "${JAVA_ARGS[@]}" ) > "$log" 2>&1 &
    STARTED=$!
}

# healthy_after START_NS PID PORT LOG: prints the milliseconds from START_NS until PORT answers health; exits if PID
# dies first, naming LOG.
healthy_after() {
    local start="$1" pid="$2" port="$3" log="$4"
    until curl -fsS "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1; do
        kill -0 "$pid" 2>/dev/null || { bench_log "pid $pid died; see $log"; exit 1; }
        sleep 0.05
    done
    echo $(( ($(date +%s%N) - start) / 1000000 ))
}

rss_mib() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }

machine() { echo "$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -n 1)"; }

# Compiles careergpt-service's test classes with the modules it needs (a reactor build: nothing is installed, a fresh
# clone works) and prints the classpath to run a main from them (bench/eval-extraction.sh), as absolute paths.
service_test_classpath() {
    local name="$1"
    bench_log "compiling careergpt-service test classes (reactor build, nothing installed)"
    (cd "$ROOT" && ./mvnw -B -q -ntp -pl careergpt-service -am test-compile dependency:build-classpath \
        -Dmdep.outputFile="$RESULTS/$name-classpath.txt" -Dmdep.includeScope=test >&2)
    echo "$ROOT/careergpt-service/target/test-classes:$ROOT/careergpt-service/target/classes:$(cat "$RESULTS/$name-classpath.txt")"
}

# Builds the JMH benchmarks (bench/jmh, the root pom's bench profile) with the modules they need, careergpt-service's
# test classes included (a reactor build: nothing is installed, a fresh clone works), and prints the classpath to run
# them, as absolute paths.
bench_classpath() {
    bench_log "compiling the benchmarks (bench/jmh, reactor build, nothing installed)"
    (cd "$ROOT" && ./mvnw -B -q -ntp -P bench -pl bench/jmh -am test-compile dependency:build-classpath \
        -Dmdep.outputFile="$RESULTS/bench-classpath.txt" -Dmdep.includeScope=runtime >&2)
    echo "$ROOT/bench/jmh/target/classes:$(cat "$RESULTS/bench-classpath.txt")"
}

# quick_or FULL SMALL: the default size of a run, SMALL in a smoke run (QUICK=1, a script's --quick).
quick_or() { if [ -n "${QUICK:-}" ]; then echo "$2"; else echo "$1"; fi; }

# run_jmh NAME CLASSPATH JMH-OPTIONS...: runs the JMH benchmarks the options select (a regular expression of their
# names, -p NAME=VALUE parameters, -i/-wi iterations; JMH_OPTS adds more, e.g. "-prof gc"), JMH's own report on
# stderr and in bench/results/NAME-jmh.txt, its results in bench/results/NAME.json; prints the median and p90 of
# each benchmark: of every timed call in sample mode, of the measured iterations otherwise (one call each in
# single-shot mode). QUICK=1 (a script's --quick) makes it a smoke run of one warm-up and one measured iteration
# of one second: it proves the benchmark runs, its figures mean nothing.
run_jmh() {
    local name="$1" cp="$2" options=()
    shift 2
    if [ -n "${QUICK:-}" ]; then
        while [ $# -gt 0 ]; do
            case "$1" in -i|-wi|-f|-w|-r) shift 2 ;; *) options+=("$1"); shift ;; esac
        done
        set -- "${options[@]}" -f 1 -wi 1 -i 1 -w 1s -r 1s
    fi
    # shellcheck disable=SC2086
    java -cp "$cp" org.openjdk.jmh.Main "$@" ${JMH_OPTS:-} -foe true \
        -rf json -rff "$RESULTS/$name.json" > "$RESULTS/$name-jmh.txt" 2>&1 \
        || { cat "$RESULTS/$name-jmh.txt" >&2; bench_log "JMH failed; see $RESULTS/$name-jmh.txt"; exit 1; }
    python3 - "$RESULTS/$name.json" <<'PY'
import json, sys
for result in json.load(open(sys.argv[1])):
    metric = result["primaryMetric"]
    percentiles = metric["scorePercentiles"]
    params = ", ".join(f"{key}={value}" for key, value in (result.get("params") or {}).items())
    name = result["benchmark"].rsplit(".", 1)[1] + (f" [{params}]" if params else "")
    print(f"{name:58} median {percentiles['50.0']:10.3f}  p90 {percentiles['90.0']:10.3f} {metric['scoreUnit']:9}"
          f" ({result['mode']}, {result['measurementIterations']} iterations)")
PY
}
