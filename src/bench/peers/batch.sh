#!/usr/bin/env bash
# How a Jupyter user batches the parameterised notebook: one nbconvert run per municipality (the notebook
# reads KOMMUNE from the environment, so one nbconvert call cannot give each its own), reports into one
# folder as lejre-NAME.html. Usage: peers/batch.sh OUT_DIR KOMMUNE...   (src/bench/notebooks.sh times it)
set -euo pipefail
NOTEBOOK="$(dirname "${BASH_SOURCE[0]}")/lejre.ipynb"
out="$1"
shift
for kommune in "$@"; do
  KOMMUNE="$kommune" jupyter nbconvert --execute --to html "$NOTEBOOK" --output-dir "$out" --output "lejre-$kommune"
done
