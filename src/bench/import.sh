#!/usr/bin/env bash
# Times importing a StatBank-shaped BULK file (generated here, deleted at exit) and summing INDHOLD by
# municipality and year, at each size given, to show how the cost grows. Sides, interleaved run by run:
#   java           ImportBenchmark run (StatbankReader + sumBy) in a fresh JVM with the prompt's flags
#                  (STYRBORD_JVM_FLAGS, space-separated) and class path (STYRBORD_CLASS_PATH)
#   java defaults  the same with no JVM flags at all: does a flag chosen for start-up slow a long import?
#   pandas         read_csv with the dialect alone (peers/import.py default)
#   pandas tuned   category text columns, int TID, float64 INDHOLD, the C engine (peers/import.py tuned)
#   cat            one pass over the file from the page cache: the limit any reader is measured against
# Time is each side's own read + group-by (as printed; cat's wall clock), peak memory its peak resident
# set; every run's totals are checked against the generated file's. Figures on stdout (see lib.sh).
# Usage: src/bench/import.sh [RUNS [ROWS...]]   (defaults 3, and 5,000,000 and 20,000,000; multiples of 20,000)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BENCH="$ROOT/src/bench"
RUNS="${1:-3}"
shift || true
SIZES=("${@:-5000000 20000000}")
read -r -a SIZES <<<"${SIZES[*]}"
source "$BENCH/lib.sh"
trap 'rm -rf "$BENCH_TMP"' EXIT
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
CLASSPATH="${STYRBORD_CLASS_PATH:-$ROOT/target/styrbord.jar:$ROOT/target/lib/*}"
read -r -a JVM_FLAGS <<<"${STYRBORD_JVM_FLAGS:-}"
[[ -n "${STYRBORD_CLASS_PATH:-}" || -f "$ROOT/target/styrbord.jar" ]] || { echo "import.sh: build the workbench first (./workbench, or mvn -q -DskipTests package)" >&2; exit 1; }
FILE="$BENCH_TMP/REGK31_bulk.csv"
PYTHON=$(python_with pandas)

field() {  # the value after a key in a line of "key value key value ..."
  awk -v k="$1" '{ for (i = 1; i < NF; i += 2) if ($i == k) print $(i + 1) }' "${2:-/dev/stdin}"
}
own_seconds() { awk -v r="$(field read "$1")" -v g="$(field group "$1")" 'BEGIN { printf "%.3f", r + g }'; }

check() {  # side: its last run must have read the totals the generated file was written with
  local out="$BENCH_TMP/$1.out" sum
  sum=$(field sum "$out")
  awk -v a="$sum" -v b="$(field sum <<<"$GENERATED")" 'BEGIN { d = a - b; if (d < 0) d = -d; exit !(d <= 1e-9 * (b < 0 ? -b : b)) }' &&
    [[ "$(field missing "$out")" == "$(field missing <<<"$GENERATED")" && "$(field groups "$out")" == 1000 ]] ||
    { echo "import.sh: ${LABEL[$1]} read other totals than were written: $(cat "$out") (written: $GENERATED)" >&2; exit 1; }
}

enough_disk() {  # rows: a file of about 110 bytes a row, twice over for safety
  local need=$(($1 / 1000000 * 220)) free
  free=$(df --output=avail -BM "$BENCH_TMP" | tail -n 1 | tr -dc 0-9)
  ((free > need)) || { echo "import.sh: $1 rows need about $need MB in $BENCH_TMP, $free MB are free (set TMPDIR elsewhere)" >&2; exit 1; }
}

side java "java, the workbench's flags" "$JAVA" "${JVM_FLAGS[@]}" -Dstyrbord.home="$ROOT" -cp "$CLASSPATH" \
  dk.styrbord.data.imports.ImportBenchmark run "$FILE"
side defaults "java, the JVM's defaults" "$JAVA" -Dstyrbord.home="$ROOT" -cp "$CLASSPATH" dk.styrbord.data.imports.ImportBenchmark run "$FILE"
side cat "cat FILE > /dev/null (one pass, page cache)" cat "$FILE"
SECONDS_OF[java]=own_seconds; SECONDS_OF[defaults]=own_seconds
sides=(java defaults cat)
if [[ -n "$PYTHON" ]]; then
  PANDAS="pandas $("$PYTHON" -c 'import pandas; print(pandas.__version__)')"
  side pandas "$PANDAS read_csv, defaults" "$PYTHON" "$BENCH/peers/import.py" "$FILE" default
  side tuned "$PANDAS read_csv, tuned dtypes" "$PYTHON" "$BENCH/peers/import.py" "$FILE" tuned
  SECONDS_OF[pandas]=own_seconds; SECONDS_OF[tuned]=own_seconds
  sides+=(pandas tuned)
fi

for rows in "${SIZES[@]}"; do
  enough_disk "$rows"
  GENERATED=$("$JAVA" -Dstyrbord.home="$ROOT" -cp "$CLASSPATH" dk.styrbord.data.imports.ImportBenchmark generate "$FILE" "$rows")
  MB=$(( $(stat -c %s "$FILE") / 1048576 ))
  LABEL_ROWS="import $(field rows <<<"$GENERATED" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta') rows"
  echo "$LABEL_ROWS ($MB MB), interleaved, median of $RUNS (load $(load)); java flags: ${STYRBORD_JVM_FLAGS:-(none)}" >&2
  # each run is a fresh process and the file was just written, so it is in the page cache: no warm-up
  BENCH_WARMUP=0 interleave "$RUNS" "${sides[@]}"
  for s in "${sides[@]}"; do [[ "$s" == cat ]] || check "$s"; done
  speed() { awk -v mb="$MB" -v s="${MEDIAN[$1]}" 'BEGIN { printf "%.0f", mb / s }'; }
  printf '  read speed, MB/s: cat %s, java %s, java defaults %s%s\n' "$(speed cat)" "$(speed java)" "$(speed defaults)" \
    "${PYTHON:+, pandas $(speed pandas), pandas tuned $(speed tuned)}" >&2
  name="$LABEL_ROWS + sum by area × year"
  if [[ -n "$PYTHON" ]]; then
    figure "$name" "${MEDIAN[java]}" s "$PANDAS tuned" "${MEDIAN[tuned]}" 0.33 "${RANGE[java]}" "${RANGE[tuned]}"
    figure "$name" "${MEDIAN[java]}" s "$PANDAS" "${MEDIAN[pandas]}" - "${RANGE[java]}" "${RANGE[pandas]}"
    figure "$LABEL_ROWS, peak RSS" "${RSS_MB[java]}" MB "$PANDAS tuned" "${RSS_MB[tuned]}" 1.0
    figure "$LABEL_ROWS, peak RSS" "${RSS_MB[java]}" MB "$PANDAS" "${RSS_MB[pandas]}" 1.0
  else
    skipped "$name, against pandas" "pandas not installed (apt-get install python3-pandas); java ${MEDIAN[java]} s, ${RSS_MB[java]} MB"
  fi
  figure "$LABEL_ROWS, the workbench's JVM flags" "${MEDIAN[java]}" s "the JVM's defaults" "${MEDIAN[defaults]}" 1.0 "${RANGE[java]}" "${RANGE[defaults]}"
  figure "$LABEL_ROWS, read speed vs one pass (cat)" "$(speed java)" MB/s "cat, page cache" "$(speed cat)" -
  rm -f "$FILE"
done
