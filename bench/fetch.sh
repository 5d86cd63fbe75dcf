#!/usr/bin/env bash
# Downloads the benchmark corpus: the pinned source jars listed in bench/corpus.tsv, fetched from
# Maven Central by Maven itself, unpacked (.java files only) into bench/corpus/<name>/<artifactId>/.
#
#   bench/fetch.sh                 fetch every library in corpus.tsv (skips what is already there)
#   bench/fetch.sh guava netty     fetch only these libraries
#   bench/fetch.sh --jdk           also unpack the local JDK's lib/src.zip into bench/corpus/jdk/
#                                  (never downloaded: Debian package openjdk-17-source or a JDK that ships it)
#   bench/fetch.sh jdk             only the JDK sources ($JDK_SRC_ZIP, else $JAVA_HOME's, else the running
#                                  java's, else the first /usr/lib/jvm/*/lib/src.zip)
#   bench/fetch.sh --list          print the corpus and what is fetched, fetch nothing
#   bench/fetch.sh --holdout       the held-out libraries instead (bench/holdout.tsv into bench/holdout/):
#                                  scanned and judged to measure precision, never used to shape the analysis
#   bench/fetch.sh --dev           the development libraries instead (bench/dev.tsv into bench/dev/): judged
#                                  first, then used to shape the analysis, apart from the corpus
#   bench/fetch.sh --fresh         the fresh libraries instead (bench/fresh.tsv into bench/fresh/): judged
#                                  blind after the other sets had all shaped the analysis
#   bench/fetch.sh --unseen        the unseen libraries instead (bench/unseen.tsv into bench/unseen/): judged
#                                  blind after the fresh set had shaped the analysis too
#
# Idempotent: each artifact leaves a marker bench/corpus/<name>/.fetched-<artifactId>-<version>;
# an artifact with a marker is skipped. Delete bench/corpus/<name>/ to fetch it again.
# Extra Maven options (e.g. "-s my-settings.xml") can be given in $FETCH_MVN_OPTS.
set -euo pipefail

BENCH="$(cd "$(dirname "$0")" && pwd)"
LIST="$BENCH/corpus.tsv"
CORPUS="$BENCH/corpus"
DEP_PLUGIN="org.apache.maven.plugins:maven-dependency-plugin:3.8.1"

jdk=false
jdk_named=false
list=false
names=()
for arg in "$@"; do
    case "$arg" in
        --jdk) jdk=true ;;
        --list) list=true ;;
        --holdout) LIST="$BENCH/holdout.tsv"; CORPUS="$BENCH/holdout" ;;
        --dev) LIST="$BENCH/dev.tsv"; CORPUS="$BENCH/dev" ;;
        --fresh) LIST="$BENCH/fresh.tsv"; CORPUS="$BENCH/fresh" ;;
        --unseen) LIST="$BENCH/unseen.tsv"; CORPUS="$BENCH/unseen" ;;
        -h|--help) sed -n '2,23p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        -*) echo "fetch.sh: unknown option $arg (try --help)" >&2; exit 2 ;;
        jdk) jdk=true; jdk_named=true ;;
        *) names+=("$arg") ;;
    esac
done

[[ -f "$LIST" ]] || { echo "fetch.sh: corpus list $LIST is missing" >&2; exit 2; }

# name<TAB>groupId:artifactId:version rows, comments and blank lines dropped.
rows="$(grep -v '^[[:space:]]*#' "$LIST" | awk -F'\t' 'NF >= 2 && $1 != "" { print $1 "\t" $2 }')"

if ((${#names[@]} > 0)); then
    for n in "${names[@]}"; do
        if ! cut -f1 <<<"$rows" | grep -qx "$n"; then
            echo "fetch.sh: '$n' is not in $LIST (known: $(cut -f1 <<<"$rows" | sort -u | tr '\n' ' '))" >&2
            exit 2
        fi
    done
fi

wanted() {
    local name="$1"
    ((${#names[@]} == 0)) && return 0
    local n
    for n in "${names[@]}"; do [[ "$n" == "$name" ]] && return 0; done
    return 1
}

count_java() { find "$1" -name '*.java' -type f 2>/dev/null | wc -l | tr -d ' '; }

if $list; then
    while IFS=$'\t' read -r name gav; do
        IFS=: read -r g a v <<<"$gav"
        state="missing"
        [[ -f "$CORPUS/$name/.fetched-$a-$v" ]] && state="fetched"
        printf '%-10s %-55s %s\n' "$name" "$gav:sources" "$state"
    done <<<"$rows"
    jdk_state="missing (bench/fetch.sh --jdk)"
    for m in "$CORPUS"/jdk/.fetched-jdk-*; do
        [[ -e "$m" ]] && jdk_state="fetched (${m##*/.fetched-jdk-})"
    done
    printf '%-10s %-55s %s\n' "jdk" "local lib/src.zip (optional)" "$jdk_state"
    exit 0
fi

# Libraries: the named ones, or all of them unless only "jdk" was named.
libs=true
if ((${#names[@]} == 0)) && $jdk_named; then libs=false; fi
if $libs; then
    command -v mvn >/dev/null || { echo "fetch.sh: Maven (mvn) is not on the PATH" >&2; exit 2; }
fi
mkdir -p "$CORPUS"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

fetched=0
skipped=0
fetch_artifact() {
    local name="$1" gav="$2" g a v
    IFS=: read -r g a v <<<"$gav"
    local marker="$CORPUS/$name/.fetched-$a-$v"
    if [[ -f "$marker" ]]; then
        echo "skip   $name  $gav:sources (already in bench/$(basename "$CORPUS")/$name/$a)"
        skipped=$((skipped + 1))
        return
    fi
    local out="$work/$name-$a" log="$work/$name-$a.log"
    mkdir -p "$out"
    # Run outside any project so the bench's own pom plays no part.
    if ! (cd "$work" && mvn -B -q ${FETCH_MVN_OPTS:-} "$DEP_PLUGIN:unpack" \
            -Dartifact="$g:$a:$v:jar:sources" \
            -DoutputDirectory="$out" \
            -Dmdep.unpack.includes='**/*.java' \
            -Dmdep.overWriteReleases=true) >"$log" 2>&1; then
        local said
        said="$(sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -F '[ERROR]' \
            | grep -vE '\] \[Help 1\]|-e switch|-X switch|For more information|^\[ERROR\][[:space:]]*$' | sed 's/ -> \[Help 1\]$//' | head -5 || true)"
        [[ -n "$said" ]] || said="$(tail -5 "$log")"
        if grep -qE 'Could not find artifact|was not found in' "$log"; then
            echo "fetch.sh: $g:$a:$v:jar:sources was not found on Maven Central (wrong coordinates in $(basename "$LIST")?)" >&2
        else
            echo "fetch.sh: could not download $g:$a:$v:jar:sources: is Maven Central reachable?" >&2
            echo "fetch.sh: (network, proxy or mirror in ~/.m2/settings.xml, not offline mode)" >&2
        fi
        echo "fetch.sh: Maven said:" >&2
        sed 's/^/    /' <<<"$said" >&2
        exit 1
    fi
    local n
    n="$(count_java "$out")"
    if [[ "$n" == 0 ]]; then
        echo "fetch.sh: $g:$a:$v:jar:sources has no .java files; nothing unpacked" >&2
        exit 1
    fi
    # One folder per artifact: the jars of one library may share paths (module-info.java...).
    rm -rf "${CORPUS:?}/$name/$a"
    mkdir -p "$CORPUS/$name/$a"
    cp -R "$out/." "$CORPUS/$name/$a/"
    rm -rf "$out"
    touch "$marker"
    echo "fetched $name  $gav:sources  ($n .java files in bench/$(basename "$CORPUS")/$name/$a)"
    fetched=$((fetched + 1))
}

while IFS=$'\t' read -r name gav; do
    [[ -n "$name" ]] || continue
    if $libs && wanted "$name"; then
        fetch_artifact "$name" "$gav"
    fi
done <<<"$rows"

if $jdk; then
    # Prefer the JDK that runs the bench, then any Debian JDK with sources. Never downloaded.
    zip=""
    candidates=()
    [[ -n "${JDK_SRC_ZIP:-}" ]] && candidates+=("$JDK_SRC_ZIP")
    [[ -n "${JAVA_HOME:-}" ]] && candidates+=("$JAVA_HOME/lib/src.zip")
    if command -v java >/dev/null; then
        candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")/lib/src.zip")
    fi
    for z in /usr/lib/jvm/*/lib/src.zip; do candidates+=("$z"); done
    for z in "${candidates[@]}"; do
        if [[ -f "$z" ]]; then zip="$z"; break; fi
    done
    if [[ -z "$zip" ]]; then
        echo "fetch.sh: no JDK sources found (looked for \$JAVA_HOME/lib/src.zip and /usr/lib/jvm/*/lib/src.zip)." >&2
        echo "fetch.sh: on Debian: apt-get install openjdk-17-source. The JDK is never downloaded by this script." >&2
        exit 1
    fi
    if [[ "$zip" != "${candidates[0]}" ]]; then
        echo "note: ${candidates[0]} is missing (a dangling link when Debian's openjdk-17-source is not installed);" \
             "using $zip instead (JDK_SRC_ZIP=path/to/src.zip picks another)"
    fi
    jdk_id="$(basename "$(dirname "$(dirname "$(readlink -f "$zip")")")")"
    marker="$CORPUS/jdk/.fetched-jdk-$jdk_id"
    if [[ -f "$marker" ]]; then
        echo "skip   jdk  $zip (already in bench/corpus/jdk)"
        skipped=$((skipped + 1))
    else
        if [[ -d "$CORPUS/jdk" ]]; then
            echo "fetch.sh: bench/corpus/jdk holds other JDK sources; delete it to switch to $zip" >&2
            exit 1
        fi
        out="$work/jdk"
        mkdir -p "$out"
        if command -v unzip >/dev/null; then
            unzip -q "$zip" '*.java' -d "$out"
        else
            (cd "$out" && jar xf "$zip") && find "$out" -type f ! -name '*.java' -delete
        fi
        mkdir -p "$CORPUS/jdk"
        cp -R "$out/." "$CORPUS/jdk/"
        touch "$marker"
        echo "fetched jdk  $zip  ($(count_java "$CORPUS/jdk") .java files)"
        fetched=$((fetched + 1))
    fi
fi

echo "fetch.sh: $fetched fetched, $skipped already present, corpus in $CORPUS"
