# The Python + pandas side of idle memory: every bundled CSV file (data/*.csv, the datasets the workbench
# binds at its prompt) read into a DataFrame, then waiting on stdin as a prompt waits for input.
# Usage: python3 idle.py DATA_DIR   (src/bench/idle.sh reads its resident set once it prints READY)
import sys
from pathlib import Path

import pandas as pd

frames = {f.stem: pd.read_csv(f) for f in sorted(Path(sys.argv[1]).glob("*.csv"))}
print("READY", len(frames), "tables,", sum(len(f) for f in frames.values()), "rows", flush=True)
sys.stdin.read()
