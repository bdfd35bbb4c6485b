#!/usr/bin/env bash
# Idle memory: the resident set (VmRSS) of the workbench's prompt with every dataset loaded, waiting for
# input, against Python + pandas and R holding the same CSV files as data frames (peers/idle.py,
# peers/idle.R). Each is started with a stdin that stays open (a fifo), read once it says it is ready
# (the workbench's banner line "help() lists the helpers", after every dataset is bound), then ended by
# closing its stdin. The workbench is two JVMs: the launcher, which waits, and the JVM it starts, which
# holds the data; both are given. Interleaved, median of RUNS. Figures on stdout (see lib.sh); no target.
# Usage: src/bench/idle.sh [RUNS]   (default 3)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BENCH="$ROOT/src/bench"
RUNS="${1:-3}"
source "$BENCH/lib.sh"
trap 'rm -rf "$BENCH_TMP"' EXIT
export STYRBORD_DATA=bundled STYRBORD_PREFS="$BENCH_TMP/jshell.properties"

tree() {  # pid: it and all its descendants
  local child
  echo "$1"
  for child in $(pgrep -P "$1" || true); do tree "$child"; done
}
rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$1/status" 2>/dev/null || echo 0; }

# name, what the output says when ready, command...: prints the MB of the largest process and of all
idle_rss() {
  local name="$1" ready="$2" fifo="$BENCH_TMP/$1.in" out="$BENCH_TMP/$1.out" pid hold waited=0
  shift 2
  rm -f "$fifo"; mkfifo "$fifo"
  "$@" <"$fifo" >"$out" 2>&1 &
  pid=$!
  exec {hold}>"$fifo"
  until grep -q "$ready" "$out"; do
    if ! kill -0 "$pid" 2>/dev/null || ((waited > 1200)); then
      echo "idle: $* did not say \"$ready\"; its last lines:" >&2; tail -n 20 "$out" >&2; exit 1
    fi
    sleep 0.1; waited=$((waited + 1))
  done
  sleep 0.5
  local largest=0 all=0 kb p
  for p in $(tree "$pid"); do
    kb=$(rss_kb "$p"); all=$((all + kb)); ((kb > largest)) && largest=$kb
  done
  exec {hold}>&-
  wait "$pid" || true
  echo "$((largest / 1024)) $((all / 1024))"
}

declare -A main=() whole=() label=()
sides=(workbench)
label[workbench]="./workbench prompt, all datasets"
PYTHON=$(python_with pandas)
if [[ -n "$PYTHON" ]]; then
  PANDAS="Python + pandas $("$PYTHON" -c 'import pandas; print(pandas.__version__)')"; sides+=(pandas); label[pandas]="$PANDAS, the same CSVs"
fi
if command -v Rscript >/dev/null; then
  R_VERSION="R $(Rscript -e 'cat(format(getRversion()))')"; sides+=(r); label[r]="$R_VERSION read.csv, the same CSVs"
fi
echo "Idle memory with all data loaded, interleaved, median of $RUNS (load $(load)):" >&2
for round in $(seq "$RUNS"); do
  for s in "${sides[@]}"; do
    case "$s" in
      workbench) result=$(idle_rss workbench "help() lists the helpers" "$ROOT/workbench") ;;
      pandas) result=$(idle_rss pandas READY "$PYTHON" "$BENCH/peers/idle.py" "$ROOT/data") ;;
      r) result=$(idle_rss r READY env LC_ALL=C.UTF-8 Rscript "$BENCH/peers/idle.R" "$ROOT/data") ;;
    esac
    main[$s]+="${result% *} "; whole[$s]+="${result#* } "
  done
done
mb() { tr ' ' '\n' <<<"$1" | grep . | median; }
for s in "${sides[@]}"; do
  printf '  %-44s RSS %5s MB, all its processes %5s MB   runs: %s\n' "${label[$s]}" "$(mb "${main[$s]}")" "$(mb "${whole[$s]}")" "${main[$s]}" >&2
done
name="idle prompt with all data, RSS"
for s in pandas r; do
  if [[ " ${sides[*]} " == *" $s "* ]]; then
    peer="$PANDAS"; [[ "$s" == r ]] && peer="$R_VERSION"
    figure "$name" "$(mb "${main[workbench]}")" MB "$peer" "$(mb "${main[$s]}")" -
    figure "$name, the launcher JVM too" "$(mb "${whole[workbench]}")" MB "$peer" "$(mb "${whole[$s]}")" -
  fi
done
[[ -n "$PYTHON" ]] || skipped "$name, against pandas" "pandas not installed (apt-get install python3-pandas); the workbench $(mb "${main[workbench]}") MB"
[[ -n "${R_VERSION:-}" ]] || skipped "$name, against R" "R not installed (apt-get install r-base-core); the workbench $(mb "${main[workbench]}") MB"
