#!/usr/bin/env bash
# ./workbench bench [N]: the speed figures of this machine, each next to its reference and target:
# cold start (N runs, default 5), warm latency at the prompt, all notebooks to reports, and a
# 5-million-row import against pandas. The launcher sets STYRBORD_JVM_FLAGS and STYRBORD_CLASS_PATH
# to what the prompt itself runs with. Each part prints its details to stderr and its figures to
# stdout as FIGURE|name|value|unit|reference|reference value|target ratio; the summary is built
# from those.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BENCH="$ROOT/src/bench"
RUNS="${1:-5}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
FIGURES="$(mktemp)"
trap 'rm -f "$FIGURES"' EXIT

echo "Styrbord speed on $(nproc) cores, $("$JAVA" -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
echo >&2
"$BENCH/startup.sh" "$RUNS" >>"$FIGURES"
echo >&2
# shellcheck disable=SC2086
"$JAVA" $STYRBORD_JVM_FLAGS -javaagent:"$ROOT/target/styrbord-agent.jar" -Dstyrbord.home="$ROOT" \
  -cp "$STYRBORD_CLASS_PATH" dk.styrbord.repl.LatencyBenchmark >>"$FIGURES"
for part in notebooks import xlsx; do
  if [[ -x "$BENCH/$part.sh" ]]; then echo >&2; "$BENCH/$part.sh" >>"$FIGURES"; fi
done

echo >&2
awk -F'|' '
  BEGIN { printf "%-44s %12s   %-26s %6s  %s\n", "Figure", "value", "reference", "ratio", "target" }
  $1 == "FIGURE" {
    ratio = $6 > 0 ? $3 / $6 : 0
    if ($7 == "-") printf "%-44s %9.2f %-2s   %-14s %8.2f %-2s %6.2f  (no target)\n", $2, $3, $4, $5, $6, $4, ratio
    else printf "%-44s %9.2f %-2s   %-14s %8.2f %-2s %6.2f  <= %.1f %s\n", $2, $3, $4, $5, $6, $4, ratio, $7, (ratio <= $7 ? "met" : "NOT MET")
  }
  $1 == "SKIPPED" { printf "%-44s %s\n", $2, $3 }' "$FIGURES"
