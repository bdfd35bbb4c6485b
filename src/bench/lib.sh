# Shared by every part of ./workbench bench (sourced, not run): timing, medians and ranges, peak
# memory, and the FIGURE/SKIPPED lines bench.sh summarises.
#
# A side is one command a figure compares, registered with `side NAME LABEL COMMAND...`; options for
# the side go in the arrays INPUT[NAME] (a file fed to stdin, default none), EXPECT[NAME] (an
# extended regex its output must match, else the bench fails and shows the output) and SECONDS_OF[NAME]
# (a function that prints the seconds to count from the output file, for a side that times its own
# work; default the wall clock from start to exit) and BEFORE[NAME] (a command run before each run,
# untimed, e.g. to wait until the machine is quiet). `interleave RUNS NAME...` runs the sides in turn,
# round by round (the first round a warm-up unless BENCH_WARMUP=0), so that load from elsewhere falls on
# all alike, and leaves per side: MEDIAN, RANGE ("min-max"), RSS_MB (median peak resident set, via
# /usr/bin/time or, without it, 0); the last run's output stays in $BENCH_TMP/NAME.out.
#
# Figures: FIGURE|name|value|unit|peer|peer value|target ratio|value's range|peer's range, the target
# "-" for none and the two ranges optional; SKIPPED|name|why.

BENCH_TMP="${BENCH_TMP:-$(mktemp -d)}"
declare -A LABEL=() COMMAND=() INPUT=() EXPECT=() SECONDS_OF=() BEFORE=() MEDIAN=() RANGE=() RSS_MB=()

load() { cut -d' ' -f1-3 /proc/loadavg; }

median() { sort -g | awk '{ a[NR] = $1 } END { if (NR) print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

span() { sort -g | awk -v f="${1:-%.2f}" 'NR == 1 { lo = $1 } { hi = $1 } END { printf f "-" f "\n", lo, hi }'; }

# name, label, command...: registers a side (see above)
side() {
  local name="$1" label="$2"
  shift 2
  LABEL[$name]="$label"
  COMMAND[$name]="$(printf '%q ' "$@")"
}

# name: runs a side once; prints "seconds rss_mb" and keeps its output in $BENCH_TMP/NAME.out
run_once() {
  local name="$1" out="$BENCH_TMP/$1.out" rss="$BENCH_TMP/$1.rss" start end seconds
  local timer=""
  [[ -x /usr/bin/time ]] && timer="/usr/bin/time -f %M -o $(printf '%q' "$rss")"
  [[ -z "${BEFORE[$name]:-}" ]] || eval "${BEFORE[$name]}"
  start=$(date +%s%N)
  if ! eval "$timer ${COMMAND[$name]}" <"${INPUT[$name]:-/dev/null}" >"$out" 2>&1; then
    echo "bench: ${LABEL[$name]} failed ($(date +%T)): ${COMMAND[$name]}; its last lines:" >&2
    tail -n 20 "$out" >&2
    exit 1
  fi
  end=$(date +%s%N)
  if [[ -n "${EXPECT[$name]:-}" ]] && ! grep -Eq "${EXPECT[$name]}" "$out"; then
    echo "bench: no \"${EXPECT[$name]}\" in what ${LABEL[$name]} printed (${COMMAND[$name]}); its last lines:" >&2
    tail -n 20 "$out" >&2
    exit 1
  fi
  if [[ -n "${SECONDS_OF[$name]:-}" ]]; then seconds=$("${SECONDS_OF[$name]}" "$out")
  else seconds=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", (e - s) / 1e9 }'); fi
  local kb=0
  [[ -s "$rss" ]] && kb=$(tail -n 1 "$rss")
  echo "$seconds $((kb / 1024))"
}

# runs, names...: the sides in turn, each round starting one side further on (see above)
interleave() {
  local runs="$1" round i n result
  shift
  local names=("$@") count=$#
  declare -A times=() rss=()
  local warm=1
  [[ "${BENCH_WARMUP:-1}" == 0 ]] && warm=0
  for round in $(seq $((1 - warm)) "$runs"); do
    for i in $(seq 0 $((count - 1))); do
      n="${names[$(((i + round) % count))]}"
      result=$(run_once "$n")
      if ((round > 0)); then
        times[$n]+="${result% *} "
        rss[$n]+="${result#* } "
      fi
    done
  done
  for n in "${names[@]}"; do
    MEDIAN[$n]=$(tr ' ' '\n' <<<"${times[$n]}" | grep . | median)
    RANGE[$n]=$(tr ' ' '\n' <<<"${times[$n]}" | grep . | span)
    RSS_MB[$n]=$(tr ' ' '\n' <<<"${rss[$n]}" | grep . | median)
    printf '  %-52s median %7.2f s (%s)  peak RSS %5.0f MB   runs: %s\n' \
      "${LABEL[$n]}" "${MEDIAN[$n]}" "${RANGE[$n]}" "${RSS_MB[$n]}" "${times[$n]}" >&2
  done
}

# name, value, unit, peer, peer value, target ratio ("-" for none), [value's range, peer's range]
figure() {
  local IFS='|'
  echo "FIGURE|$*"
}

skipped() { echo "SKIPPED|$1|$2"; }

# Debian's python3-pandas lives in /usr/bin/python3, which a pyenv or venv python3 on the PATH hides:
# prints the first python3 that imports every module named, or nothing
python_with() {
  local candidate modules
  modules=$(IFS=,; echo "$*")
  for candidate in /usr/bin/python3 python3; do
    if command -v "$candidate" >/dev/null && "$candidate" -c "import $modules" 2>/dev/null; then
      command -v "$candidate"
      return
    fi
  done
}
