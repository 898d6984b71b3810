# JVM settings and class-data sharing of the services; sourced by ./careergpt and bench/startup.sh.
#
# Memory (docs/runtime.md): small fixed heaps sized for each service, the serial collector (two cores,
# small heaps), bounded metaspace, code cache, direct memory and thread stacks; a JVM out of memory exits so that
# the supervisor restarts it. IDENTITY_JAVA_OPTS / CAREERGPT_JAVA_OPTS replace a service's sizes, JAVA_OPTS is added
# to every service.
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
JVM_COMMON="-XX:+ExitOnOutOfMemoryError -XX:+UseSerialGC -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20 -XX:-ShrinkHeapInSteps -Xss512k -XX:ReservedCodeCacheSize=64m -XX:MaxDirectMemorySize=64m"

# The JIT compilers, Hibernate's bootstrap and the class loading of start-up leave tens of MB of freed native memory
# in glibc's heap; trimming it every 10 s gives it back to the system. JDK 17.0.9 and newer know the option and
# older ones would refuse to start with it, so it is added only when this java accepts it (asked once).
if [ -z "${NATIVE_HEAP_TRIM+set}" ]; then
    NATIVE_HEAP_TRIM=""
    java -XX:TrimNativeHeapInterval=10000 -version >/dev/null 2>&1 && NATIVE_HEAP_TRIM="-XX:TrimNativeHeapInterval=10000"
    export NATIVE_HEAP_TRIM
fi

jvm_options_of() {
    local sizes=""
    case "$1" in
        identity-service) sizes="${IDENTITY_JAVA_OPTS:--Xms24m -Xmx96m -XX:MaxMetaspaceSize=160m}" ;;
        careergpt-service) sizes="${CAREERGPT_JAVA_OPTS:--Xms48m -Xmx192m -Xmn24m -XX:MaxMetaspaceSize=256m}" ;;
    esac
    echo "$JVM_COMMON $NATIVE_HEAP_TRIM $sizes ${JAVA_OPTS:-}"
}

# Class-data sharing: prepare_class_data NAME JAR DIR unpacks JAR into DIR (DIR/NAME.jar and DIR/lib) and records
# a CDS archive DIR/NAME.jsa with a training run (Spring Boot starts the context in a throw-away data directory and
# exits), unless the archive is newer than JAR. CAREERGPT_CDS=off skips it.
prepare_class_data() {
    local name="$1" jar="$2" dir="$3" training status=0
    [ "${CAREERGPT_CDS:-on}" = "off" ] && return 0
    # The training run works in a directory of its own: DIR and JAR must not depend on the current one.
    case "$dir" in /*) ;; *) dir="$PWD/$dir" ;; esac
    case "$jar" in /*) ;; *) jar="$PWD/$jar" ;; esac
    [ -f "$dir/$name.jsa" ] && [ "$dir/$name.jsa" -nt "$jar" ] && return 0
    printf '[careergpt] preparing the class-data archive of %s (once per build) ...\n' "$name" >&2
    rm -rf "$dir"
    java -Djarmode=tools -jar "$jar" extract --destination "$dir" >/dev/null
    mv "$dir/$(basename "$jar")" "$dir/$name.jar"
    training=$(mktemp -d)
    # shellcheck disable=SC2046
    (cd "$training" && CAREERGPT_DATA_DIR="$training" IDENTITY_PORT=0 CAREERGPT_PORT=0 SERVER_PORT=0 \
        java $(jvm_options_of "$name") -XX:ArchiveClassesAtExit="$dir/$name.jsa" -Dspring.context.exit=onRefresh \
        -jar "$dir/$name.jar" >"$dir/training.log" 2>&1) || status=$?
    rm -rf "$training"
    if [ "$status" -ne 0 ] || [ ! -f "$dir/$name.jsa" ]; then
        printf '[careergpt] the training run of %s failed (see %s); it starts without an archive\n' \
            "$name" "$dir/training.log" >&2
        rm -f "$dir/$name.jsa"
    fi
}

# Sets JAVA_ARGS to the arguments of java that start NAME: from DIR with its archive when there is one, else JAR.
# The archive is mapped at the address it was made for (ArchiveRelocationMode=0): JDK 17 builds that relocate it to
# a random address by default write every page of it, about 80 MB more private memory for careergpt-service.
java_args_of() {
    local name="$1" jar="$2" dir="$3"
    # shellcheck disable=SC2206
    JAVA_ARGS=($(jvm_options_of "$name"))
    if [ "${CAREERGPT_CDS:-on}" != "off" ] && [ -f "$dir/$name.jsa" ]; then
        JAVA_ARGS+=("-XX:SharedArchiveFile=$dir/$name.jsa" -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0
            -Xlog:cds=off -Xlog:cds+dynamic=off -jar "$dir/$name.jar")
    else
        JAVA_ARGS+=(-jar "$jar")
    fi
}
