#!/usr/bin/env bash
# Times all shipped notebooks (notebooks/*.jsh) run to reports through the real launcher, in one call:
# `./workbench run notebooks/*.jsh --out-dir TMP`, one JVM, wall clock from the command's start (so JVM
# start-up and loading the data count). Median of 3 runs after one warm-up; the reports go to a temporary
# folder, never to reports/. Target (issue 7): <= 60 s on a 2-core machine. Also the largest report's size
# (issue 15: reports that travel, <= 3 MB = 3,000,000 bytes, charts included). Human lines go to stderr; the
# figure goes to stdout as FIGURE|name|value|unit|reference|reference value|target ratio (see bench.sh).
# Usage: src/bench/notebooks.sh   (./workbench bench runs it)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RUNS=3
TARGET=60
REPORT_BYTES=3000000
NOTEBOOKS=("$ROOT"/notebooks/*.jsh)
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

time_once() {  # prints the seconds for one run; fails unless every notebook ran to its report
  local out="$WORK/run-$1" start end
  start=$(date +%s%N)
  if ! "$ROOT/workbench" run "${NOTEBOOKS[@]}" --out-dir "$out" >"$WORK/log" 2>&1; then
    echo "notebooks: the run failed; its last lines:" >&2
    tail -n 20 "$WORK/log" >&2
    exit 1
  fi
  end=$(date +%s%N)
  local written
  written=$(find "$out" -name '*.html' | wc -l)
  if [[ "$written" -ne "${#NOTEBOOKS[@]}" ]]; then
    echo "notebooks: $written reports for ${#NOTEBOOKS[@]} notebooks in $out" >&2
    exit 1
  fi
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f\n", (e - s) / 1e9 }'
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

echo "All ${#NOTEBOOKS[@]} shipped notebooks to reports in one ./workbench run, $RUNS runs after a warm-up" \
  "($(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))" >&2
time_once warm-up >/dev/null
times=()
for i in $(seq "$RUNS"); do times+=("$(time_once "$i")"); done
m=$(printf '%s\n' "${times[@]}" | median)
# where the time of the last run went, summed over the notebooks (the rest is JVM start-up and loading the data)
sed -n 's/^Report: .* (start-up \([0-9.]*\) s, cells \([0-9.]*\) s, report \([0-9.]*\) s).*/\1 \2 \3/p' "$WORK/log" \
  | awk '{ s += $1; c += $2; r += $3 } END { printf "last run: JShell start-up %.1f s, cells %.1f s, reports %.1f s\n", s, c, r }' >&2
awk -v n="${#NOTEBOOKS[@]}" -v m="$m" -v runs="${times[*]}" -v k="$RUNS" -v t="$TARGET" \
  'BEGIN { printf "notebooks: %d run to reports in %.1f s (median of %d; runs %s) — target <= %d s, ratio %.2f\n", n, m, k, runs, t, m / t }' >&2
echo "FIGURE|all notebooks to reports, one run|$m|s|target|$TARGET|1.0"
read -r bytes largest < <(find "$WORK/run-$RUNS" -name '*.html' -printf '%s %f\n' | sort -n | tail -n 1)
echo "largest report: $largest, $bytes bytes — target <= $REPORT_BYTES bytes" >&2
echo "FIGURE|largest report, bytes (3 MB)|$bytes|B|target|$REPORT_BYTES|1.0"
