#!/usr/bin/env bash
# The first answer against Python + pandas and R: the same question from the same files, ranking the 98
# municipalities by 5.38 spending per 18-64-year-old in 2024. The workbench: `level("5.38", 2024)` typed
# at a fresh prompt on stdin (then /exit), from process start to exit, so starting the JVM, loading every
# dataset and answering all count; Python: /usr/bin/python3 importing pandas, reading spending.csv,
# population.csv and municipalities.csv and printing the ranking (peers/level.py); R: Rscript with base
# R's read.csv (peers/level.R). Interleaved run by run; all three must print the same first municipality
# and value, else the bench fails. The workbench reads the bundled data/ (STYRBORD_DATA=bundled), as the
# peers do. A second workbench side types the same at a terminal (a pseudo-terminal from `script`, the
# keyboard kept open: see at-terminal.sh), where ./workbench takes over the spare prompt that the start
# before it left ready (see the README, "A second start"); its spares live in a folder of the bench's own,
# and every side waits until none is starting, so that a spare's start in the background is never timed in another side's run. Figures on stdout (see
# lib.sh). Usage: src/bench/firstanswer.sh [RUNS]   (default 5)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BENCH="$ROOT/src/bench"
RUNS="${1:-5}"
source "$BENCH/lib.sh"
export XDG_RUNTIME_DIR="$BENCH_TMP/run"
mkdir -m 700 "$XDG_RUNTIME_DIR"
SPARES="$XDG_RUNTIME_DIR/styrbord-$(id -u)"
end_spares() { cat "$SPARES"/*/pid 2>/dev/null | xargs -r kill 2>/dev/null || true; }
trap 'end_spares; rm -rf "$BENCH_TMP"' EXIT
export STYRBORD_DATA=bundled STYRBORD_PREFS="$BENCH_TMP/jshell.properties"
NAME="first answer, level(\"5.38\", 2024) from start"
WARM_NAME="first answer at a terminal, a spare taken over"

settled() {  # waits (untimed, at most 60 s) until no spare is starting, then a second more
  local i
  for i in $(seq 300); do
    compgen -G "$SPARES/starting.*" >/dev/null || break
    sleep 0.2
  done
  sleep 1
}

printf '%s\n' 'level("5.38", 2024)' /exit >"$BENCH_TMP/level.jsh"
side workbench "./workbench, level(\"5.38\", 2024) on stdin" "$ROOT/workbench"
INPUT[workbench]="$BENCH_TMP/level.jsh"
sides=(workbench)
if [[ "$(uname -s)" == Linux ]] && command -v script >/dev/null && command -v setsid >/dev/null; then
  side warm "./workbench at a terminal, a spare taken over" "$BENCH/at-terminal.sh" "$BENCH_TMP/level.jsh" "$ROOT/workbench"
  EXPECT[warm]="Lolland"
  sides+=(warm)
fi
PYTHON=$(python_with pandas)
if [[ -n "$PYTHON" ]]; then
  PANDAS="pandas $("$PYTHON" -c 'import pandas; print(pandas.__version__)')"
  side pandas "Python + $PANDAS (peers/level.py)" "$PYTHON" "$BENCH/peers/level.py" "$ROOT/data"
  sides+=(pandas)
fi
if command -v Rscript >/dev/null; then
  R_VERSION="R $(Rscript -e 'cat(format(getRversion()))')"
  side r "$R_VERSION, base read.csv (peers/level.R)" env LC_ALL=C.UTF-8 Rscript "$BENCH/peers/level.R" "$ROOT/data"
  sides+=(r)
fi

for s in "${sides[@]}"; do BEFORE[$s]=settled; done
echo "First answer from process start, interleaved, median of $RUNS after a warm-up (load $(load)):" >&2
interleave "$RUNS" "${sides[@]}"

top() {  # the first ranked row of a side's output: municipality and spending per inhabitant, whole DKK
  # awk reads to the end: leaving early would end tr with SIGPIPE, which pipefail turns into a failed bench
  tr -d '|' <"$BENCH_TMP/$1.out" | awk '!found && $1 == "1" && $2 ~ /^[0-9]+$/ { printf "%s %.0f\n", $3, $5; found = 1 }'
}
expected=$(top workbench)
[[ -n "$expected" ]] || { echo "firstanswer: no ranking in what the workbench printed:" >&2; tail -n 20 "$BENCH_TMP/workbench.out" >&2; exit 1; }
settled  # the last terminal run's spare is still warming up
for s in "${sides[@]}"; do
  if [[ "$s" == warm ]] && ! compgen -G "$SPARES/ready.*" >/dev/null; then echo "firstanswer: no spare was left ready after the terminal runs" >&2; exit 1; fi
  if [[ "$s" == warm ]] && grep -q "not taken over" "$BENCH_TMP/warm.out"; then echo "firstanswer: the last terminal run's spare was refused:" >&2; grep "not taken over" "$BENCH_TMP/warm.out" >&2; exit 1; fi
  if [[ "$(top "$s")" != "$expected" ]]; then
    echo "firstanswer: ${LABEL[$s]} answered \"$(top "$s")\", the workbench \"$expected\": not the same question; its output:" >&2
    head -n 5 "$BENCH_TMP/$s.out" >&2
    exit 1
  fi
done
echo "  all answer: first $expected DKK per 18-64-year-old" >&2

if [[ -n "$PYTHON" ]]; then
  figure "$NAME" "${MEDIAN[workbench]}" s "Python + $PANDAS" "${MEDIAN[pandas]}" 1.0 "${RANGE[workbench]}" "${RANGE[pandas]}"
else
  skipped "$NAME, against pandas" "pandas not installed (apt-get install python3-pandas); the workbench ${MEDIAN[workbench]} s"
fi
if [[ -n "${MEDIAN[warm]:-}" && -n "$PYTHON" ]]; then
  figure "$WARM_NAME" "${MEDIAN[warm]}" s "Python + $PANDAS" "${MEDIAN[pandas]}" 1.0 "${RANGE[warm]}" "${RANGE[pandas]}"
elif [[ -z "${MEDIAN[warm]:-}" ]]; then
  skipped "$WARM_NAME" "needs Linux with util-linux script and setsid"
fi
if [[ -n "${R_VERSION:-}" ]]; then
  figure "$NAME" "${MEDIAN[workbench]}" s "$R_VERSION" "${MEDIAN[r]}" - "${RANGE[workbench]}" "${RANGE[r]}"
else
  skipped "$NAME, against R" "R not installed (apt-get install r-base-core); the workbench ${MEDIAN[workbench]} s"
fi
