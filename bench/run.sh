#!/usr/bin/env bash
# Runs the benchmark (fearless scan vs parse-only) on the corpus fetched by bench/fetch.sh.
#
#   bench/run.sh [--threads N] [--per-library] [--isolate-crashes] [--warmup-files N] [--no-results] [library...]
#   bench/run.sh --cold [--mode compare|flags|threads|fearless] [--repeat K] ... [library...]
#   bench/run.sh --edit-latency [--edits N] [--warmup N] [--threads N] [--debounce MS] [library]
#   bench/run.sh --incremental [--threads N] [--keep] [library...]
#   bench/run.sh --rebuild ...    rebuild first even if nothing changed
#   bench/run.sh --no-build ...   run the last build as it is (e.g. while the tree does not compile)
#
# Warm (default): builds analyzer, rules, cli and bench (mvn -B -q -DskipTests install -pl bench -am) when
# the jars are missing or older than a source or pom, then runs dev.fearless.bench.BenchRunner in one JVM.
# JVM options: $BENCH_JAVA_OPTS (default "-Xmx6g -XX:MaxJavaStackTraceDepth=20000": the heap is the
# JVM's own default on a 24 GiB machine, written down so other machines measure with the same heap;
# the deeper stack traces show where a StackOverflowError's recursion started).
# Edit latency (--edit-latency): runs dev.fearless.bench.EditLatency, the language server in-process on one
# library (default cassandra): the time from an edit to its diagnostics, and the stages of each analysis.
# Incremental (--incremental): runs dev.fearless.bench.IncrementalRunner on a copy of the libraries (default
# cassandra): a cold scan, a warm scan with nothing changed, and warm scans after editing a widely used file
# and a leaf, each a fresh process of cli/target/fearless.jar sharing one fact cache, each answer compared with
# a scan without the cache.
# Cold (--cold): also builds cli/target/fearless.jar (-pl bench,cli -am) and PMD (bench/pmd, from Maven
# Central), then runs dev.fearless.bench.ColdRunner, which starts every measured tool as a fresh process
# under /usr/bin/time (bench/run.sh --cold --help lists its options).
set -euo pipefail

BENCH="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$BENCH")"
STAMP="$BENCH/target/.bench-built"

rebuild=false
build=true
cold=false
latency=false
incremental=false
help=false
pmd=true
args=()
for arg in "$@"; do
    case "$arg" in
        --rebuild) rebuild=true ;;
        --no-build) build=false ;;
        --cold) cold=true ;;
        --edit-latency) latency=true ;;
        --incremental) incremental=true ;;
        -h|--help) help=true; args+=("$arg") ;;
        *) args+=("$arg") ;;
    esac
done
if $help && ! $cold; then sed -n '2,24p' "$0" | sed 's/^# \{0,1\}//'; exit 0; fi
modules=bench
# The bench depends on the cli module (EditLatency runs its language server), so cli sources count too.
cli_src=("$ROOT/cli")
if $incremental; then
    modules=bench,cli
    STAMP="$BENCH/target/.bench-cli-built"
fi
if $cold; then
    modules=bench,cli
    cli_src=("$ROOT/cli")
    STAMP="$BENCH/target/.bench-cli-built"
    $help && build=false
    # PMD is needed by --mode compare (the default) unless --no-pmd.
    mode=compare
    prev=""
    for arg in "${args[@]}"; do
        [[ "$prev" == "--mode" ]] && mode="$arg"
        [[ "$arg" == "--no-pmd" ]] && pmd=false
        prev="$arg"
    done
    [[ "$mode" == compare ]] || pmd=false
fi

stale() {
    [[ -f "$STAMP" ]] || return 0
    compgen -G "$BENCH/target/fearless-bench-*.jar" >/dev/null || return 0
    [[ -d "$BENCH/target/bench-lib" ]] || return 0
    if { $cold || $incremental; } && [[ ! -f "$ROOT/cli/target/fearless.jar" ]]; then return 0; fi
    [[ -n "$(find "$ROOT/pom.xml" "$ROOT/analyzer" "$ROOT/rules" "${cli_src[@]}" "$BENCH/pom.xml" "$BENCH/src" \
        -path '*/target' -prune -o -type f -newer "$STAMP" -print -quit 2>/dev/null)" ]]
}

if ! $build; then
    if ! compgen -G "$BENCH/target/fearless-bench-*.jar" >/dev/null || [[ ! -d "$BENCH/target/bench-lib" ]]; then
        echo "run.sh: --no-build, but there is no build in bench/target yet" >&2
        exit 2
    fi
elif $rebuild || stale; then
    echo "run.sh: building (mvn -B -q -DskipTests install -pl $modules -am)..." >&2
    if ! (cd "$ROOT" && mvn -B -q -DskipTests install -pl "$modules" -am); then
        echo "run.sh: the build failed (see above); nothing was measured" >&2
        if compgen -G "$BENCH/target/fearless-bench-*.jar" >/dev/null && [[ -d "$BENCH/target/bench-lib" ]]; then
            echo "run.sh: bench/run.sh --no-build ... runs the last successful build instead" >&2
        fi
        exit 2
    fi
    touch "$STAMP"
fi

jar="$(ls "$BENCH"/target/fearless-bench-*.jar | head -1)"
cp="$jar:$BENCH/target/bench-lib/*"
if $latency; then
    # shellcheck disable=SC2086
    exec java ${BENCH_JAVA_OPTS:--Xmx6g -XX:+UseParallelGC -Xss4m} -cp "$cp" dev.fearless.bench.EditLatency --bench "$BENCH" "${args[@]}"
fi
if $incremental; then
    # The runner only copies files and starts the measured processes: a small heap is enough.
    # shellcheck disable=SC2086
    exec java ${BENCH_JAVA_OPTS:--Xmx512m} -cp "$cp" dev.fearless.bench.IncrementalRunner --bench "$BENCH" "${args[@]}"
fi
if ! $cold; then
    # shellcheck disable=SC2086
    exec java ${BENCH_JAVA_OPTS:--Xmx6g -XX:MaxJavaStackTraceDepth=20000} -cp "$cp" dev.fearless.bench.BenchRunner --bench "$BENCH" "${args[@]}"
fi

# PMD for the comparison: bench/pmd (not a module of the build) fetches PMD 7 from Maven Central.
pmd_jar="$BENCH/pmd/target/fearless-bench-pmd.jar"
if $pmd && ! $help && { [[ ! -f "$pmd_jar" ]] || [[ -n "$(find "$BENCH/pmd/pom.xml" "$BENCH/pmd/src" -type f -newer "$pmd_jar" -print -quit)" ]]; }; then
    if ! $build && [[ -f "$pmd_jar" ]]; then
        :
    else
        echo "run.sh: fetching and building PMD (mvn -B -q -f bench/pmd/pom.xml package)..." >&2
        if ! (cd "$BENCH/pmd" && mvn -B -q package); then
            echo "run.sh: could not build bench/pmd (is Maven Central reachable?); --no-pmd runs without PMD" >&2
            exit 2
        fi
    fi
fi
# The orchestrator only starts and waits for the measured processes: a small heap is enough.
# shellcheck disable=SC2086
exec java ${BENCH_JAVA_OPTS:--Xmx512m} -cp "$cp" dev.fearless.bench.ColdRunner --bench "$BENCH" "${args[@]}"
