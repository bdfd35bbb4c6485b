#!/usr/bin/env bash
# Notebooks to reports through the real launcher, wall clock from the command's start (JVM start-up and
# loading the data count), against Jupyter nbconvert running the same analysis written in pandas +
# plotly (peers/lejre.ipynb, the questions of notebooks/lejre.jsh) where nbconvert is installed:
#   one notebook to a report   ./workbench run notebooks/lejre.jsh       vs  jupyter nbconvert --execute --to html
#   a batch of N reports       ./workbench run … --param kommune=A,B,…   vs  N nbconvert runs (peers/batch.sh)
#   all shipped notebooks      ./workbench run notebooks/*.jsh, in one call, against the 60 s target (issue 7)
# and the largest report's size (issue 15: reports that travel, <= 3 MB, charts included). Interleaved run
# by run: the single notebooks first, after a warm-up, then the batches. Reports go to a temporary folder,
# never to reports/. Figures on stdout (see lib.sh).
# Usage: src/bench/notebooks.sh [RUNS [N]]   (defaults 3 and 11; ./workbench bench runs it)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BENCH="$ROOT/src/bench"
RUNS="${1:-3}"
BATCH="${2:-11}"
source "$BENCH/lib.sh"
trap 'rm -rf "$BENCH_TMP"' EXIT
export STYRBORD_DATA=bundled STYRBORD_DATA_DIR="$ROOT/data" PYDEVD_DISABLE_FILE_VALIDATION=1
TARGET=60
REPORT_BYTES=3000000
NOTEBOOKS=("$ROOT"/notebooks/*.jsh)
KOMMUNER=(Lejre Morsø Lolland Hørsholm Sønderborg Varde København Aarhus Odense Aalborg Roskilde Køge Holbæk Faxe)
KOMMUNER=("${KOMMUNER[@]:0:$BATCH}")
out() { echo "$BENCH_TMP/reports-$1"; }

# name, label, command...: a side whose reports go to a folder emptied before each run
reports() {
  local name="$1" label="$2"
  shift 2
  side "$name" "$label" bash -c 'rm -rf "$0" && exec "$@"' "$(out "$name")" "$@"
}
reports one "./workbench run notebooks/lejre.jsh" "$ROOT/workbench" run "$ROOT/notebooks/lejre.jsh" --out-dir "$(out one)"
reports batch "./workbench run notebooks/lejre.jsh, $BATCH municipalities" "$ROOT/workbench" run "$ROOT/notebooks/lejre.jsh" \
  --param "kommune=$(IFS=,; echo "${KOMMUNER[*]}")" --out-dir "$(out batch)"
reports all "./workbench run notebooks/*.jsh (${#NOTEBOOKS[@]})" "$ROOT/workbench" run "${NOTEBOOKS[@]}" --out-dir "$(out all)"
NBCONVERT=""
if command -v jupyter >/dev/null && NBCONVERT="nbconvert $(jupyter nbconvert --version 2>/dev/null)"; then
  reports nbone "jupyter nbconvert, peers/lejre.ipynb" jupyter nbconvert --execute --to html "$BENCH/peers/lejre.ipynb" --output-dir "$(out nbone)"
  reports nbbatch "$BATCH nbconvert runs (peers/batch.sh)" "$BENCH/peers/batch.sh" "$(out nbbatch)" "${KOMMUNER[@]}"
else
  NBCONVERT=""
fi

reports_in() { find "$(out "$1")" -name '*.html' ! -name index.html | wc -l; }
must_write() {  # side, how many reports its last run must have written
  [[ "$(reports_in "$1")" -eq "$2" ]] || { echo "notebooks: ${LABEL[$1]} wrote $(reports_in "$1") reports, not $2, in $(out "$1")" >&2; exit 1; }
}

echo "Notebooks to reports, interleaved, median of $RUNS after a warm-up (load $(load)):" >&2
interleave "$RUNS" one ${NBCONVERT:+nbone}
echo "Batches, interleaved, median of $RUNS (load $(load)):" >&2
BENCH_WARMUP=0 interleave "$RUNS" all batch ${NBCONVERT:+nbbatch}
must_write one 1; must_write batch "$BATCH"; must_write all "${#NOTEBOOKS[@]}"
# where the time of the last run of all notebooks went (the rest is JVM start-up and loading the data)
sed -n 's/^Report: .* (start-up \([0-9.]*\) s, cells \([0-9.]*\) s, report \([0-9.]*\) s).*/\1 \2 \3/p' "$BENCH_TMP/all.out" \
  | awk '{ s += $1; c += $2; r += $3 } END { printf "  last run of all: JShell start-up %.1f s, cells %.1f s, reports %.1f s\n", s, c, r }' >&2

if [[ -n "$NBCONVERT" ]]; then
  must_write nbone 1; must_write nbbatch "$BATCH"
  figure "one notebook to an HTML report" "${MEDIAN[one]}" s "$NBCONVERT" "${MEDIAN[nbone]}" - "${RANGE[one]}" "${RANGE[nbone]}"
  figure "$BATCH notebooks to reports (a batch)" "${MEDIAN[batch]}" s "$NBCONVERT" "${MEDIAN[nbbatch]}" 0.5 "${RANGE[batch]}" "${RANGE[nbbatch]}"
else
  skipped "one notebook to an HTML report" "Jupyter nbconvert not installed (apt-get install jupyter-nbconvert python3-ipykernel python3-plotly); the workbench ${MEDIAN[one]} s"
  skipped "$BATCH notebooks to reports (a batch)" "Jupyter nbconvert not installed (apt-get install jupyter-nbconvert python3-ipykernel python3-plotly); the workbench ${MEDIAN[batch]} s"
fi
figure "all ${#NOTEBOOKS[@]} shipped notebooks to reports, one run" "${MEDIAN[all]}" s target "$TARGET" 1.0 "${RANGE[all]}"
read -r bytes largest < <(find "$(out all)" -name '*.html' -printf '%s %f\n' | sort -n | tail -n 1)
echo "  largest report: $largest, $bytes bytes — target <= $REPORT_BYTES bytes" >&2
figure "largest report, bytes (3 MB)" "$bytes" B target "$REPORT_BYTES" 1.0
