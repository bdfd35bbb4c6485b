#!/usr/bin/env bash
# Times a cold start of the workbench to its prompt with every dataset loaded (the input is only /exit,
# so the time is prompt ready plus exit), next to bare `jshell` (same JDK, default settings) answering
# one snippet: the issue's figure. Then, stricter, the workbench answering that same snippet. Each is
# the median of N runs after one warm-up. Human lines go to stderr; the figure goes to stdout as
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

time_once() {  # input, what the output must show, command...: prints the seconds of one run, or fails
  local input="$1" expect="$2" start end out
  shift 2
  start=$(date +%s%N)
  out=$(printf '%s\n' "$input" | "$@" 2>&1)
  end=$(date +%s%N)
  grep -q "$expect" <<<"$out" || { echo "no \"$expect\" from: $*" >&2; echo "$out" >&2; exit 1; }
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f\n", (e - s) / 1e9 }'
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

measure() {  # label, input, what the output must show, command...
  local label="$1"; shift
  time_once "$@" >/dev/null
  local times=()
  for _ in $(seq "$RUNS"); do times+=("$(time_once "$@")"); done
  local m; m=$(printf '%s\n' "${times[@]}" | median | awk '{ printf "%.2f", $1 }')
  printf '  %-40s median %6.2f s   runs: %s\n' "$label" "$m" "${times[*]}" >&2
  echo "$m"
}

ANSWERED="$SNIPPET"$'\n'"/exit"
# the banner's last line comes after every dataset is bound, which waits for all of them to be read
PROMPT_READY="help() lists the helpers"
echo "Cold start, median of $RUNS runs after a warm-up:" >&2
wb=$(measure "./workbench to its prompt (all datasets)" "/exit" "$PROMPT_READY" "$ROOT/workbench")
js=$(measure "bare jshell answering one snippet" "$ANSWERED" "READY 2" "$JAVA_BIN/jshell")
answered=$(measure "./workbench answering the same snippet" "$ANSWERED" "READY 2" "$ROOT/workbench")
echo "FIGURE|cold start to the prompt, all data loaded|$wb|s|bare jshell|$js|0.5"
echo "FIGURE|cold start to a first answer (stricter)|$answered|s|bare jshell|$js|-"
