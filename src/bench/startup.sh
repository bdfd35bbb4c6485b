#!/usr/bin/env bash
# Times a cold start of the workbench to its prompt with every dataset loaded (the input is only /exit,
# so the time is prompt ready plus exit), next to bare `jshell` (same JDK, default settings) answering
# one snippet: the issue's figure. Then, stricter, the workbench answering that same snippet. Then
# `java -jar target/styrbord.jar` against `./workbench` and against the workbench's JVM started
# directly with its options (what the jar's launcher starts). All five interleaved run by run, so
# that load from elsewhere falls on all alike; medians of N runs after one warm-up (lib.sh). Figures on
# stdout (see lib.sh). Usage: src/bench/startup.sh [N]   (N defaults to 5; ./workbench bench runs it)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RUNS="${1:-5}"
source "$ROOT/src/bench/lib.sh"
trap 'rm -rf "$BENCH_TMP"' EXIT
JAVA_BIN="$(dirname "$(readlink -f "$(command -v "${JAVA_HOME:+$JAVA_HOME/bin/}java")")")"
# the runs keep their history and settings apart from the user's own
export STYRBORD_PREFS="$BENCH_TMP/jshell.properties"
read -r -a JVM_FLAGS <<<"${STYRBORD_JVM_FLAGS:-}"

printf '%s\n' /exit >"$BENCH_TMP/exit.jsh"
printf '%s\n' 'System.out.println("READY " + (1+1))' /exit >"$BENCH_TMP/answer.jsh"
# the banner's last line comes after every dataset is bound, which waits for all of them to be read
PROMPT_READY="help\(\) lists the helpers"

side prompt "./workbench to its prompt (all datasets)" "$ROOT/workbench"
side jshell "bare jshell answering one snippet" "$JAVA_BIN/jshell"
side answered "./workbench answering the same snippet" "$ROOT/workbench"
side jar "java -jar target/styrbord.jar to its prompt" "$JAVA_BIN/java" -jar "$ROOT/target/styrbord.jar"
side jvm "its JVM alone, with its options, to its prompt" \
  "$JAVA_BIN/java" "${JVM_FLAGS[@]}" -Dstyrbord.home="$ROOT" -Dstyrbord.launched=true -jar "$ROOT/target/styrbord.jar"
for s in prompt jar jvm; do INPUT[$s]="$BENCH_TMP/exit.jsh"; EXPECT[$s]="$PROMPT_READY"; done
for s in jshell answered; do INPUT[$s]="$BENCH_TMP/answer.jsh"; EXPECT[$s]="READY 2"; done

echo "Cold start, interleaved, median of $RUNS runs after a warm-up (load $(load)):" >&2
interleave "$RUNS" prompt jshell answered jar jvm
figure "cold start to the prompt, all data loaded" "${MEDIAN[prompt]}" s "bare jshell" "${MEDIAN[jshell]}" 0.5 "${RANGE[prompt]}" "${RANGE[jshell]}"
figure "cold start to a first answer (stricter)" "${MEDIAN[answered]}" s "bare jshell" "${MEDIAN[jshell]}" - "${RANGE[answered]}" "${RANGE[jshell]}"
figure "java -jar target/styrbord.jar to the prompt" "${MEDIAN[jar]}" s "./workbench" "${MEDIAN[prompt]}" 1.1 "${RANGE[jar]}" "${RANGE[prompt]}"
figure "java -jar, against its JVM started directly" "${MEDIAN[jar]}" s "the JVM alone" "${MEDIAN[jvm]}" - "${RANGE[jar]}" "${RANGE[jvm]}"
