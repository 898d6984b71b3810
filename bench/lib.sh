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

jar_of() { ls "$ROOT/$1"/target/"$1"-*-exec.jar | head -n 1; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

# Starts a service jar in the background with a throw-away data dir; prints "pid startup_ms".
start_service() {
    local module="$1" port="$2" start end pid
    start=$(date +%s%N)
    java ${BENCH_JAVA_OPTS:-} -jar "$(jar_of "$module")" > "$RESULTS/$module.log" 2>&1 &
    pid=$!
    until curl -fsS "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1; do
        kill -0 "$pid" 2>/dev/null || { bench_log "$module died; see $RESULTS/$module.log"; exit 1; }
        sleep 0.05
    done
    end=$(date +%s%N)
    echo "$pid $(( (end - start) / 1000000 ))"
}

rss_mib() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }

machine() { echo "$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -n 1)"; }

# Compiles careergpt-service's test classes with the modules it needs (a reactor build: nothing is installed, a fresh
# clone works) and prints the classpath to run a benchmark main from them, as absolute paths.
service_test_classpath() {
    local name="$1"
    bench_log "compiling careergpt-service test classes (reactor build, nothing installed)"
    (cd "$ROOT" && ./mvnw -B -q -ntp -pl careergpt-service -am test-compile dependency:build-classpath \
        -Dmdep.outputFile="$RESULTS/$name-classpath.txt" -Dmdep.includeScope=test >&2)
    echo "$ROOT/careergpt-service/target/test-classes:$ROOT/careergpt-service/target/classes:$(cat "$RESULTS/$name-classpath.txt")"
}
