#!/usr/bin/env bash
# Runs the benchmark (fearless scan vs parse-only) on the corpus fetched by bench/fetch.sh.
#
#   bench/run.sh [--threads N] [--per-library] [--isolate-crashes] [--warmup-files N] [--no-results] [library...]
#   bench/run.sh --rebuild ...    rebuild first even if nothing changed
#   bench/run.sh --no-build ...   run the last build as it is (e.g. while the tree does not compile)
#
# Builds analyzer, rules and bench (mvn -B -q -DskipTests install -pl bench -am) when the jars are
# missing or older than a source or pom, then runs dev.fearless.bench.BenchRunner in one JVM.
# JVM options: $BENCH_JAVA_OPTS (default "-Xmx6g -XX:MaxJavaStackTraceDepth=20000": the heap is the
# JVM's own default on a 24 GiB machine, written down so other machines measure with the same heap;
# the deeper stack traces show where a StackOverflowError's recursion started).
set -euo pipefail

BENCH="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$BENCH")"
STAMP="$BENCH/target/.bench-built"

rebuild=false
build=true
args=()
for arg in "$@"; do
    case "$arg" in
        --rebuild) rebuild=true ;;
        --no-build) build=false ;;
        -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) args+=("$arg") ;;
    esac
done

stale() {
    [[ -f "$STAMP" ]] || return 0
    compgen -G "$BENCH/target/fearless-bench-*.jar" >/dev/null || return 0
    [[ -d "$BENCH/target/bench-lib" ]] || return 0
    [[ -n "$(find "$ROOT/pom.xml" "$ROOT/analyzer" "$ROOT/rules" "$BENCH/pom.xml" "$BENCH/src" \
        -path '*/target' -prune -o -type f -newer "$STAMP" -print -quit 2>/dev/null)" ]]
}

if ! $build; then
    if ! compgen -G "$BENCH/target/fearless-bench-*.jar" >/dev/null || [[ ! -d "$BENCH/target/bench-lib" ]]; then
        echo "run.sh: --no-build, but there is no build in bench/target yet" >&2
        exit 2
    fi
elif $rebuild || stale; then
    echo "run.sh: building analyzer, rules and bench (mvn -B -q -DskipTests install -pl bench -am)..." >&2
    if ! (cd "$ROOT" && mvn -B -q -DskipTests install -pl bench -am); then
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
# shellcheck disable=SC2086
exec java ${BENCH_JAVA_OPTS:--Xmx6g -XX:MaxJavaStackTraceDepth=20000} -cp "$cp" dev.fearless.bench.BenchRunner --bench "$BENCH" "${args[@]}"
