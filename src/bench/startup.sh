#!/usr/bin/env bash
# Times a cold start of the workbench to its prompt with every dataset loaded (the input is only /exit,
# so the time is prompt ready plus exit), next to bare `jshell` (same JDK, default settings) answering
# one snippet: the issue's figure. Then, stricter, the workbench answering that same snippet. Then
# `java -jar target/styrbord.jar` against `./workbench` and against the workbench's JVM started
# directly with its options (what the jar's launcher starts), interleaved run by run so that load
# from elsewhere falls on all three alike. Each is the median of N runs after one warm-up. Human
# lines go to stderr; the figures go to stdout as
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

# the commands the interleaved runs compare (bench.sh is started by the jar's launcher, which sets the options)
workbench() { "$ROOT/workbench"; }
java_jar() { "$JAVA_BIN/java" -jar "$ROOT/target/styrbord.jar"; }
# shellcheck disable=SC2086
declare -A LABEL=([workbench]="./workbench" [java_jar]="java -jar target/styrbord.jar"
  [workbench_jvm]="its JVM alone, with its options")
workbench_jvm() { "$JAVA_BIN/java" $STYRBORD_JVM_FLAGS -Dstyrbord.home="$ROOT" -Dstyrbord.launched=true -jar "$ROOT/target/styrbord.jar"; }

interleaved() {  # input, what the output must show, commands...: one median per command, in order
  local input="$1" expect="$2" f i
  shift 2
  for f in "$@"; do time_once "$input" "$expect" "$f" >/dev/null; done
  declare -A times=()
  for i in $(seq "$RUNS"); do
    for f in "$@"; do times[$f]+="$(time_once "$input" "$expect" "$f") "; done
  done
  for f in "$@"; do
    local m; m=$(tr ' ' '\n' <<<"${times[$f]}" | grep . | median | awk '{ printf "%.2f", $1 }')
    printf '  %-40s median %6.2f s   runs: %s\n' "${LABEL[$f]}" "$m" "${times[$f]}" >&2
    echo "$m"
  done
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
echo "Start-up through java -jar, to the prompt (all datasets), interleaved, median of $RUNS runs after a warm-up:" >&2
{ read -r via_script; read -r via_jar; read -r jvm_alone; } < <(interleaved "/exit" "$PROMPT_READY" workbench java_jar workbench_jvm)
echo "FIGURE|java -jar target/styrbord.jar to the prompt|$via_jar|s|./workbench|$via_script|1.1"
echo "FIGURE|java -jar, against its JVM started directly|$via_jar|s|the JVM alone|$jvm_alone|-"
