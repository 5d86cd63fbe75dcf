#!/usr/bin/env bash
# Scans huge generated files (default sizes 0.8 MB and 20 MB) with every rule and prints each
# stage's time, the findings, skipped files and cutoffs: the scan must end, and what a budget cut off
# is reported, never a hang (see bench/README.md).
#
#   bench/large-files.sh [MEGABYTES...]
set -euo pipefail
BENCH="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$BENCH")"
cd "$ROOT"
jar=$(ls "$BENCH"/target/fearless-bench-*.jar 2>/dev/null | grep -v sources | head -n 1 || true)
if [[ -z "$jar" || -n "$(find "$BENCH/src" "$ROOT/analyzer/src" "$ROOT/rules/src" -newer "$jar" -type f 2>/dev/null | head -n 1)" ]]; then
    echo "large-files.sh: building the bench module..." >&2
    mvn -B -q -DskipTests install -pl bench -am >&2
    jar=$(ls "$BENCH"/target/fearless-bench-*.jar | grep -v sources | head -n 1)
fi
exec java ${BENCH_JAVA_OPTS:--Xmx6g -Xss4m -XX:+UseParallelGC -XX:TieredStopAtLevel=1} \
    -cp "$jar:$BENCH/target/bench-lib/*" dev.fearless.bench.LargeFiles "$@"
