#!/usr/bin/env bash
# Times importing a StatBank-shaped BULK file of ROWS rows (generated here, deleted afterwards) and
# summing INDHOLD by municipality and year, against pandas read_csv + groupby on the same file.
# Each run is a fresh process, a cold import as at a new prompt: the JVM gets the prompt's flags
# from STYRBORD_JVM_FLAGS (space-separated, may be empty) and its class path from STYRBORD_CLASS_PATH
# (default target/styrbord.jar:target/lib/*); peak memory is the process's VmHWM. Median of 3 runs
# after one warm-up, for both sides. Human lines go to stderr; the figures go to stdout as
# FIGURE|name|value|unit|reference|reference value|target ratio, or SKIPPED|name|why (see bench.sh).
# Usage: src/bench/import.sh [ROWS]   (ROWS defaults to 5,000,000; a multiple of 20,000)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
ROWS="${1:-5000000}"
RUNS=3
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
CLASSPATH="${STYRBORD_CLASS_PATH:-$ROOT/target/styrbord.jar:$ROOT/target/lib/*}"
read -r -a JVM_FLAGS <<<"${STYRBORD_JVM_FLAGS:-}"

[[ -n "${STYRBORD_CLASS_PATH:-}" || -f "$ROOT/target/styrbord.jar" ]] || { echo "import.sh: build the workbench first (./workbench, or mvn -q -DskipTests package)" >&2; exit 1; }

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
FILE="$WORK/REGK31_bulk.csv"

field() {  # the value after a key in a line of "key value key value ..."
  awk -v k="$1" '{ for (i = 1; i < NF; i += 2) if ($i == k) print $(i + 1) }' <<<"$2"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

check() {  # side, output of one run: the sum, missing count and groups must be the generated file's
  local sum missing groups
  sum=$(field sum "$2"); missing=$(field missing "$2"); groups=$(field groups "$2")
  awk -v a="$sum" -v b="$(field sum "$GENERATED")" 'BEGIN { d = a - b; if (d < 0) d = -d; exit !(d <= 1e-9 * (b < 0 ? -b : b)) }' &&
    [[ "$missing" == "$(field missing "$GENERATED")" && "$groups" == 1000 ]] ||
    { echo "import.sh: $1 read other totals than were written: $2 (written: $GENERATED)" >&2; exit 1; }
}

measure() {  # label, command...: prints "seconds rss_mb" as medians of $RUNS runs after a warm-up
  local label="$1"; shift
  local out times=() rss=()
  out=$("$@"); check "$label" "$out"
  for _ in $(seq "$RUNS"); do
    out=$("$@"); check "$label" "$out"
    times+=("$(awk -v r="$(field read "$out")" -v g="$(field group "$out")" 'BEGIN { printf "%.3f", r + g }')")
    rss+=("$(field rss_mb "$out")")
    echo "  $label: $out" >&2
  done
  echo "$(printf '%s\n' "${times[@]}" | median) $(printf '%s\n' "${rss[@]}" | median)"
}

GENERATED=$("$JAVA" -Dstyrbord.home="$ROOT" -cp "$CLASSPATH" dk.styrbord.data.imports.ImportBenchmark generate "$FILE" "$ROWS")
MB=$(( $(stat -c %s "$FILE") / 1048576 ))
echo "import benchmark: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $("$JAVA" -version 2>&1 | head -1)," \
  "JVM flags: ${STYRBORD_JVM_FLAGS:-(none)}" >&2
JAVA_RESULT=$(measure java "$JAVA" "${JVM_FLAGS[@]}" -Dstyrbord.home="$ROOT" -cp "$CLASSPATH" dk.styrbord.data.imports.ImportBenchmark run "$FILE")
read -r JAVA_S JAVA_MB <<<"$JAVA_RESULT"
LABEL="import $(field rows "$GENERATED" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta') rows"
SUMMARY=$(printf "%s (%d MB): java %.2f s, peak RSS %d MB" "$LABEL" "$MB" "$JAVA_S" "$JAVA_MB")

cat >"$WORK/pandas_import.py" <<'PY'
import resource, sys, time
try:
    import pandas as pd
except ImportError:
    sys.exit(3)
t0 = time.perf_counter()
df = pd.read_csv(sys.argv[1], sep=';', decimal=',', na_values=['..'], encoding='utf-8-sig')
t1 = time.perf_counter()
g = df.groupby(['OMRÅDE', 'TID'])['INDHOLD'].sum()
t2 = time.perf_counter()
hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')]
rss = int(hwm[0].split()[1]) // 1024 if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
print('version %s read %.3f group %.3f groups %d sum %.1f missing %d rss_mb %d' % (
    pd.__version__, t1 - t0, t2 - t1, len(g), float(g.sum()), int(df['INDHOLD'].isna().sum()), rss))
PY
# Debian's python3-pandas lives in /usr/bin/python3, which a pyenv or venv python3 on the PATH hides
PYTHON=""
for candidate in /usr/bin/python3 python3; do
  if command -v "$candidate" >/dev/null && "$candidate" -c 'import pandas' 2>/dev/null; then PYTHON="$candidate"; break; fi
done
if [[ -z "$PYTHON" ]]; then
  echo "$SUMMARY | pandas not installed, skipped (apt-get install python3-pandas)" >&2
  echo "SKIPPED|$LABEL against pandas|pandas not installed (apt-get install python3-pandas); java $JAVA_S s, $JAVA_MB MB"
  exit 0
fi
VERSION=$("$PYTHON" -c 'import pandas; print(pandas.__version__)')
PANDAS_RESULT=$(measure pandas "$PYTHON" "$WORK/pandas_import.py" "$FILE")
read -r PANDAS_S PANDAS_MB <<<"$PANDAS_RESULT"
awk -v s="$SUMMARY" -v v="$VERSION" -v js="$JAVA_S" -v jm="$JAVA_MB" -v ps="$PANDAS_S" -v pm="$PANDAS_MB" 'BEGIN {
  printf "%s | pandas %s %.2f s, peak RSS %d MB | ratio time %.2f, memory %.2f (targets <= 1.0)\n", s, v, ps, pm, js / ps, jm / pm }' >&2
echo "FIGURE|$LABEL + sum by area × year|$JAVA_S|s|pandas $VERSION|$PANDAS_S|1.0"
echo "FIGURE|$LABEL, peak RSS|$JAVA_MB|MB|pandas $VERSION|$PANDAS_MB|1.0"
