#!/usr/bin/env bash
# The scan step of the GitHub Action (action.yml): runs the fearless launcher of this checkout on the
# workspace (the current folder) with the action's inputs, given as environment variables:
#   FEARLESS_PATHS     files or folders to scan, separated by spaces (default: .)
#   FEARLESS_FAIL_ON   error, warning, note or never (default: fearless.yml's, else warning)
#   FEARLESS_BASELINE  an earlier SARIF report (default: fearless-baseline.sarif, if present)
#   FEARLESS_SARIF     the report to write (default: fearless.sarif)
#   FEARLESS_ARGS      more options for fearless scan (split like shell words)
#   FEARLESS_CACHE     the fact cache folder (default: fearless's own)
# It writes sarif=PATH to $GITHUB_OUTPUT when that is set, and exits with fearless's exit code.
set -euo pipefail
home=$(cd "$(dirname "$0")/.." && pwd)
sarif=${FEARLESS_SARIF:-fearless.sarif}
args=(scan --format sarif --output "$sarif")
[ -n "${FEARLESS_FAIL_ON:-}" ] && args+=(--fail-on "$FEARLESS_FAIL_ON")
baseline=${FEARLESS_BASELINE:-}
[ -z "$baseline" ] && [ -f fearless-baseline.sarif ] && baseline=fearless-baseline.sarif
[ -n "$baseline" ] && args+=(--baseline "$baseline")
[ -n "${FEARLESS_CACHE:-}" ] && args+=(--cache-dir "$FEARLESS_CACHE")
if [ -n "${FEARLESS_ARGS:-}" ]; then
    eval "extra=($FEARLESS_ARGS)"
    args+=("${extra[@]}")
fi
read -r -a paths <<< "${FEARLESS_PATHS:-.}"
[ ${#paths[@]} -eq 0 ] && paths=(.)
[ -n "${GITHUB_OUTPUT:-}" ] && echo "sarif=$sarif" >> "$GITHUB_OUTPUT"
"$home/fearless" --version
status=0
"$home/fearless" "${args[@]}" "${paths[@]}" || status=$?
if [ "$status" -eq 1 ]; then
    echo "fearless: new findings at or above the fail-on level; they are in $sarif and in the code scanning results" >&2
fi
exit "$status"
