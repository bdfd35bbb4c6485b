# The pandas side of the import benchmark: read a StatBank BULK file and sum INDHOLD by OMRÅDE and TID,
# as ImportBenchmark run does. "default" is read_csv with the dialect alone; "tuned" is what a competent
# pandas user writes for a large file: the text columns as category, TID as int, INDHOLD as float64,
# the C engine, and observed=True so that the group-by skips empty category combinations.
# Prints "version V read S group S groups N sum S missing M rss_mb PEAK" (ImportBenchmark's format).
# Usage: python3 import.py FILE default|tuned   (src/bench/import.sh times it)
import resource
import sys
import time

import pandas as pd

TEXT = ["OMRÅDE", "FUNKTION", "DRANST", "ART", "PRISENHED"]
file, variant = sys.argv[1], sys.argv[2]
options = dict(sep=";", decimal=",", na_values=[".."], encoding="utf-8-sig")
if variant == "tuned":
    options.update(dtype={**{c: "category" for c in TEXT}, "TID": "int16", "INDHOLD": "float64"}, engine="c")
t0 = time.perf_counter()
df = pd.read_csv(file, **options)
t1 = time.perf_counter()
g = df.groupby(["OMRÅDE", "TID"], observed=True)["INDHOLD"].sum()
t2 = time.perf_counter()
hwm = [line for line in open("/proc/self/status") if line.startswith("VmHWM")]
rss = int(hwm[0].split()[1]) // 1024 if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
print("version %s read %.3f group %.3f groups %d sum %.1f missing %d rss_mb %d" % (
    pd.__version__, t1 - t0, t2 - t1, len(g), float(g.sum()), int(df["INDHOLD"].isna().sum()), rss))
