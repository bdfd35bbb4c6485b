#!/usr/bin/env bash
# Whether reading an .xlsx workbook stays linear in its size: two generated workbooks, ROWS and
# 4 x ROWS rows, read alternately in one JVM (see ExcelBenchmark). Prints a FIGURE line (bench.sh).
# Usage: src/bench/xlsx.sh [ROWS]   (default 20,000)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
CLASSPATH="${STYRBORD_CLASS_PATH:-$ROOT/target/styrbord.jar:$ROOT/target/lib/*}"
read -r -a JVM_FLAGS <<<"${STYRBORD_JVM_FLAGS:-}"
echo "Reading .xlsx at two sizes (linear?)" >&2
"$JAVA" "${JVM_FLAGS[@]}" -Dstyrbord.home="$ROOT" -cp "$CLASSPATH" dk.styrbord.data.imports.ExcelBenchmark "${1:-20000}"
