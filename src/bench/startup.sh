#!/usr/bin/env bash
# Times a cold start of the workbench to a prompt with every dataset loaded and one snippet answered,
# next to bare `jshell` (same JDK, default settings) answering the same snippet: the median of N runs
# after one warm-up each. Human lines go to stderr; the figure goes to stdout as
# FIGURE|name|value|unit|reference|reference value|target ratio (see bench.sh).
# Usage: src/bench/startup.sh [N]   (N defaults to 5; ./workbench bench runs it)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RUNS="${1:-5}"
JAVA_BIN="$(dirname "$(readlink -f "$(command -v "${JAVA_HOME:+$JAVA_HOME/bin/}java")")")"
# the runs keep their history and settings apart from the user's own
PREFS_DIR="$(mktemp -d)"
trap 'rm -rf "$PREFS_DIR"' EXIT
export STYRBORD_PREFS="$PREFS_DIR/jshell.properties"
SNIPPET='System.out.println("READY " + (1+1))'

time_once() {  # prints seconds for one run of "$@" with the snippet piped in; fails unless it answered
  local start end out
  start=$(date +%s%N)
  out=$(printf '%s\n/exit\n' "$SNIPPET" | "$@" 2>&1)
  end=$(date +%s%N)
  grep -q "READY 2" <<<"$out" || { echo "no answer from: $*" >&2; echo "$out" >&2; exit 1; }
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f\n", (e - s) / 1e9 }'
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

measure() {  # label, command...
  local label="$1"; shift
  time_once "$@" >/dev/null
  local times=()
  for _ in $(seq "$RUNS"); do times+=("$(time_once "$@")"); done
  local m; m=$(printf '%s\n' "${times[@]}" | median | awk '{ printf "%.2f", $1 }')
  printf '  %-40s median %6.2f s   runs: %s\n' "$label" "$m" "${times[*]}" >&2
  echo "$m"
}

echo "Cold start to an answered snippet, median of $RUNS runs after a warm-up:" >&2
wb=$(measure "./workbench (all datasets loaded)" "$ROOT/workbench")
js=$(measure "bare jshell" "$JAVA_BIN/jshell")
echo "FIGURE|cold start to an answered snippet|$wb|s|bare jshell|$js|0.5"
