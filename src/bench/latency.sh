#!/usr/bin/env bash
# Warm latency at the prompt (dk.styrbord.repl.LatencyBenchmark: typical helper calls, and a bare `1+1`)
# and the same `1+1` at a warm IPython prompt (peers/snippet.py, measured the same way: in-process,
# warm, the median of 200), run just before. The launcher sets STYRBORD_JVM_FLAGS and
# STYRBORD_CLASS_PATH to what the prompt runs with. Figures on stdout (see lib.sh).
# Usage: src/bench/latency.sh   (./workbench bench runs it)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
source "$ROOT/src/bench/lib.sh"
trap 'rm -rf "$BENCH_TMP"' EXIT
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
CLASSPATH="${STYRBORD_CLASS_PATH:-$ROOT/target/styrbord.jar:$ROOT/target/lib/*}"
read -r -a JVM_FLAGS <<<"${STYRBORD_JVM_FLAGS:-}"

peer=()
PYTHON=$(python_with IPython)
[[ -z "$PYTHON" ]] && PYTHON=$(command -v python3 || true)
if [[ -n "$PYTHON" ]]; then
  IFS=$'\t' read -r -a peer < <("$PYTHON" "$ROOT/src/bench/peers/snippet.py")
  echo "1+1 at a warm ${peer[0]} prompt: median ${peer[1]} ms (${peer[2]}), 200 runs after 20 to warm up" >&2
fi
"$JAVA" "${JVM_FLAGS[@]}" -javaagent:"$ROOT/target/styrbord-agent.jar" -Dstyrbord.home="$ROOT" \
  -cp "$CLASSPATH" dk.styrbord.repl.LatencyBenchmark "${peer[@]}"
