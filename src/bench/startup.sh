#!/usr/bin/env bash
# Times a cold start of the workbench to a prompt with every dataset loaded and one snippet answered,
# next to bare `jshell` (same JDK, default settings) answering the same snippet; median of N runs
# after one warm-up each. Then the warm latency of typical helper calls (p50, p95).
# Usage: ./workbench bench [N]   (N defaults to 5)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RUNS="${1:-5}"
JAVA_BIN="$(dirname "$(readlink -f "$(command -v "${JAVA_HOME:+$JAVA_HOME/bin/}java")")")"
JSHELL="$JAVA_BIN/jshell"
# the runs keep their history and settings apart from the user's own
export STYRBORD_PREFS="$(mktemp -d)/jshell.properties"
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
  local m; m=$(printf '%s\n' "${times[@]}" | median)
  printf '%-44s median %6.2f s   runs: %s\n' "$label" "$m" "${times[*]}" >&2
  echo "$m"
}

echo "Cold start to an answered snippet, $RUNS runs each after a warm-up ($(nproc) cores, $("$JAVA_BIN/java" -version 2>&1 | head -1))" >&2
wb=$(measure "./workbench (all datasets loaded)" "$ROOT/workbench")
js=$(measure "bare jshell" "$JSHELL")
awk -v w="$wb" -v j="$js" 'BEGIN { printf "ratio workbench / bare jshell: %.2f\n", w / j }'
echo
"$JAVA_BIN/java" --add-opens jdk.jshell/jdk.jshell=ALL-UNNAMED -javaagent:"$ROOT/target/styrbord-agent.jar" \
  -Dstyrbord.home="$ROOT" -cp "$ROOT/target/styrbord.jar:$ROOT/target/lib/*" dk.styrbord.repl.LatencyBenchmark
