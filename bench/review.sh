#!/usr/bin/env bash
# The review tool: measures precision on real code (see bench/README.md, "Reviewing findings").
#
#   bench/review.sh scan [OUT.sarif]      scan the fetched corpus with the current build (default
#                                         bench/results/scan.sarif; bench/fetch.sh fetches the corpus)
#   bench/review.sh sample --sarif F --seed N [--per-group K] [--groups races,deadlock,misuse]
#                          [--all-cycles] [--name NAME] [--out FILE]
#   bench/review.sh precision [--sarif F] [--sample NAME]
#   bench/review.sh check --sarif F       findings of F without a verdict
#   bench/review.sh lost --sarif F        places judged TRUE or TRUE-LOW that F no longer reports
#   bench/review.sh recall SUITE          scan a labelled suite (bench/recall/textbook, scenarios, mixed)
#                                         and count the bugs found and the look-alikes reported
#
# Verdicts live in bench/reviews/verdicts.tsv, keyed by place (group, file, line, enclosing member).
set -euo pipefail

BENCH="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$BENCH")"
cd "$ROOT"
case "${1:-}" in
    ""|-h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    scan)
        out="${2:-bench/results/scan.sarif}"
        [[ -d bench/corpus ]] || { echo "review.sh: no corpus: run bench/fetch.sh first" >&2; exit 2; }
        mkdir -p "$(dirname "$out")"
        "$ROOT/fearless" scan --format sarif --output "$out" --fail-on never --no-cache --root bench/corpus bench/corpus
        exit 0 ;;
    recall)
        # recall SUITE scans the suite first; recall --sarif F --suite DIR scores a scan made elsewhere
        if [[ "${2:-}" != -* ]]; then
            suite="${2:?review.sh recall SUITE: a folder of bench/recall}"
            out="bench/results/recall-$(basename "$suite").sarif"
            mkdir -p bench/results
            "$ROOT/fearless" scan --format sarif --output "$out" --fail-on never --no-cache --quiet --root "$suite" "$suite"
            set -- recall --sarif "$out" --suite "$suite"
        fi
        ;;
esac
jar=$(ls "$BENCH"/target/fearless-bench-*.jar 2>/dev/null | grep -v sources | head -n 1 || true)
if [[ -z "$jar" || -n "$(find "$BENCH/src" "$ROOT/analyzer/src" "$ROOT/rules/src" -newer "$jar" -type f 2>/dev/null | head -n 1)" ]]; then
    echo "review.sh: building the bench module..." >&2
    mvn -B -q -DskipTests install -pl bench -am >&2
    jar=$(ls "$BENCH"/target/fearless-bench-*.jar | grep -v sources | head -n 1)
fi
exec java -cp "$jar:$BENCH/target/bench-lib/*" dev.fearless.bench.review.ReviewMain "$@"
