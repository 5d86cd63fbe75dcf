#!/usr/bin/env bash
# Times a cold scan (no fact cache) of one bench library three ways: the launcher (`fearless scan`),
# the Maven plugin as it runs by default (`fearless:check`, scanning in a child JVM), and the plugin
# scanning in Maven's JVM (-Dfearless.fork=false). The plugin scans a Maven project made in a temporary
# folder whose src/main/java holds a copy of the library's sources, so all three scan the same files.
# Each is measured with /usr/bin/time -v: wall clock, CPU time (user + system, child JVMs included) and
# peak RSS of the largest process; the lowest of ROUNDS runs is printed, with the ratios to the launcher.
#
#   bench/maven-plugin.sh [LIBRARY [ROUNDS]]      default: kafka 2
#
# Needs the library (bench/fetch.sh kafka) and the plugin in the local Maven repository
# (mvn -B install -DskipTests). Extra Maven options (e.g. "-Dmaven.repo.local=...") go in $BENCH_MVN_OPTS.
set -euo pipefail
BENCH="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$BENCH")"
lib="${1:-kafka}"
rounds="${2:-2}"
[[ -d "$BENCH/corpus/$lib" ]] || { echo "maven-plugin.sh: no $BENCH/corpus/$lib; run bench/fetch.sh $lib" >&2; exit 2; }
version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$ROOT/pom.xml" | head -n 1)

work=$(mktemp -d "${TMPDIR:-/tmp}/fearless-plugin-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/src/main/java"
for artifact in "$BENCH/corpus/$lib"/*/; do
    cp -R "$artifact". "$work/src/main/java/"
done
cat > "$work/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId>
  <artifactId>$lib-sources</artifactId>
  <version>1.0</version>
  <packaging>pom</packaging>
  <build>
    <sourceDirectory>src/main/java</sourceDirectory>
  </build>
</project>
POM
files=$(find "$work/src/main/java" -name '*.java' | wc -l)
"$ROOT/fearless" --version >/dev/null # builds the launcher's jar first if it is missing or stale

goal="dev.fearless:fearless-maven-plugin:$version:check"
run() { # mode: prints "wall cpu rss"
    case "$1" in
        launcher) cmd=("$ROOT/fearless" scan --no-cache -q --fail-on=never src/main/java) ;;
        forked) cmd=(mvn -B -q ${BENCH_MVN_OPTS:-} "$goal" -Dfearless.noCache -Dfearless.failOn=never) ;;
        in-maven) cmd=(mvn -B -q ${BENCH_MVN_OPTS:-} "$goal" -Dfearless.noCache -Dfearless.failOn=never -Dfearless.fork=false) ;;
    esac
    (cd "$work" && /usr/bin/time -v -o "$work/time.txt" "${cmd[@]}" >/dev/null 2>"$work/err.txt") \
        || { cat "$work/err.txt" >&2; echo "maven-plugin.sh: $1 failed" >&2; exit 1; }
    awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); w = 0; for (i = 1; i <= n; i++) w = w * 60 + t[i] }
                /User time/ { u = $2 } /System time/ { s = $2 } /Maximum resident/ { r = $2 }
                END { printf "%.2f %.2f %d\n", w, u + s, r / 1024 }' "$work/time.txt"
}

declare -A wall cpu rss
modes=(launcher forked in-maven)
for ((round = 1; round <= rounds; round++)); do
    for mode in "${modes[@]}"; do
        read -r w c r < <(run "$mode")
        echo "round $round $mode: wall $w s, cpu $c s, peak RSS $r MiB" >&2
        if [[ -z "${wall[$mode]:-}" ]] || awk "BEGIN { exit !($w < ${wall[$mode]}) }"; then wall[$mode]=$w; fi
        if [[ -z "${cpu[$mode]:-}" ]] || awk "BEGIN { exit !($c < ${cpu[$mode]}) }"; then cpu[$mode]=$c; fi
        if [[ -z "${rss[$mode]:-}" ]] || (( r < ${rss[$mode]} )); then rss[$mode]=$r; fi
    done
done
echo "$lib: $files files, cold (no fact cache), lowest of $rounds runs, $(nproc) cores"
printf '%-34s %8s %8s %9s %9s %9s\n' "" "wall s" "CPU s" "wall ×" "CPU ×" "RSS MiB"
for mode in "${modes[@]}"; do
    case "$mode" in
        launcher) label="launcher (fearless scan)" ;;
        forked) label="plugin, child JVM (default)" ;;
        in-maven) label="plugin, Maven's JVM (fork=false)" ;;
    esac
    awk -v l="$label" -v w="${wall[$mode]}" -v c="${cpu[$mode]}" -v r="${rss[$mode]}" \
        -v lw="${wall[launcher]}" -v lc="${cpu[launcher]}" \
        'BEGIN { printf "%-34s %8.2f %8.2f %9.2f %9.2f %9d\n", l, w, c, w / lw, c / lc, r }'
done
