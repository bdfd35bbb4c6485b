#!/usr/bin/env bash
# ./workbench bench [--quick] [N]: the speed figures of this machine, each as a ratio to its peer (the
# program a user would pick instead, measured in the same run, interleaved) or its target:
#   startup.sh      cold start to the prompt and to a first answer, against bare jshell; java -jar
#   firstanswer.sh  level("5.38", 2024) from process start, against Python + pandas and R on the same files
#   latency.sh      warm helper calls at the prompt, and 1+1 against IPython
#   idle.sh         the idle prompt's memory with all data, against pandas and R holding the same CSVs
#   notebooks.sh    one notebook and a batch of 11 to reports, against Jupyter nbconvert; all shipped
#                   notebooks against 60 s; the largest report's size
#   import.sh       a StatBank BULK file at 5M and 20M rows (BENCH_IMPORT_ROWS="…" to change), against
#                   pandas default and tuned, the JVM's default flags and one pass with cat
#   xlsx.sh         reading .xlsx at two sizes (linear?)
# N is the number of runs of the start-up figures (default 5); --quick runs every part once or a few
# times at small sizes, for trying it. The launcher sets STYRBORD_JVM_FLAGS and STYRBORD_CLASS_PATH to
# what the prompt itself runs with. Each part prints its details to stderr and its figures to stdout as
# FIGURE or SKIPPED lines (src/bench/lib.sh); the summary is built from those.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BENCH="$ROOT/src/bench"
QUICK=""
[[ "${1:-}" == "--quick" ]] && QUICK=1 && shift
RUNS="${1:-5}"
source "$BENCH/lib.sh"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
FIGURES="$BENCH_TMP/figures"
trap 'rm -rf "$BENCH_TMP"' EXIT
if [[ -n "$QUICK" ]]; then
  RUNS=3 SMALL_RUNS=1 BATCH=3 IMPORT_ROWS="${BENCH_IMPORT_ROWS:-1000000 4000000}"
  duration="the quick run: small sizes, few runs, about 3 minutes; the full run without --quick about 10-15"
else
  SMALL_RUNS=3 BATCH=11 IMPORT_ROWS="${BENCH_IMPORT_ROWS:-5000000 20000000}"
  duration="the full run takes about 10-15 minutes; --quick about 3"
fi
LOAD_START=$(load)
START=$(date +%s)

echo "Styrbord speed on $(nproc) cores, $("$JAVA" -version 2>&1 | head -1), load average $LOAD_START ($duration)" >&2
part() { echo >&2; "$@" >>"$FIGURES"; }
part "$BENCH/startup.sh" "$RUNS"
part "$BENCH/firstanswer.sh" "$RUNS"
part "$BENCH/latency.sh"
part "$BENCH/idle.sh" "$SMALL_RUNS"
part "$BENCH/notebooks.sh" "$SMALL_RUNS" "$BATCH"
# shellcheck disable=SC2086
part "$BENCH/import.sh" "$SMALL_RUNS" $IMPORT_ROWS
part "$BENCH/xlsx.sh"

echo >&2
echo "Summary: medians (min-max) of runs interleaved with the peer's; ratio = value / peer's; load average $LOAD_START at the start," \
  "$(load) at the end, $(( ($(date +%s) - START + 30) / 60 )) minutes"
awk -F'|' '
  function number(v, unit) { return sprintf(unit == "s" || unit == "ms" ? "%.2f" : "%.0f", v) }
  BEGIN { printf "%-52s %10s %-4s %-13s  %-22s %10s %-13s %6s  %s\n", "Figure", "value", "", "(min-max)", "peer", "value", "(min-max)", "ratio", "target" }
  $1 == "FIGURE" {
    ratio = $6 > 0 ? $3 / $6 : 0
    verdict = $7 == "-" ? "(no target)" : sprintf("<= %.2g %s", $7, ratio <= $7 ? "met" : "NOT MET")
    printf "%-52s %10s %-4s %-13s  %-22s %10s %-13s %6.2f  %s\n", $2, number($3, $4), $4, $8, $5, number($6, $4), $9, ratio, verdict
  }
  $1 == "SKIPPED" { printf "%-52s skipped: %s\n", $2, $3 }' "$FIGURES"
