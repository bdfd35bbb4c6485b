# The first answer in Python + pandas, the same question as level("5.38", 2024) at the workbench's prompt:
# the 98 municipalities ranked by net spending on 5.38 (adults) per 18-64-year-old in 2024, from the
# bundled CSV files. Usage: python3 level.py DATA_DIR   (src/bench/firstanswer.sh times it)
import sys

import pandas as pd

data = sys.argv[1]
spending = pd.read_csv(f"{data}/spending.csv")
population = pd.read_csv(f"{data}/population.csv")
municipalities = pd.read_csv(f"{data}/municipalities.csv")

year = 2024
adults = spending[(spending.year == year) & spending.function.str.startswith("5.38.")]
t = (adults.groupby("code", as_index=False)
     .agg(municipality=("municipality", "first"), dkk=("net_dkk", "sum"))
     .merge(population.loc[population.year == year, ["code", "age_18_64"]], on="code")
     .merge(municipalities[["code", "dst_group"]], on="code", how="left")
     .rename(columns={"age_18_64": "population"}))
t["per_inhabitant"] = t.dkk / t.population
national = t.dkk.sum() / t.population.sum()
t["index_national"] = 100 * t.per_inhabitant / national
t["dkk_million"] = t.dkk / 1e6
t = t.sort_values("per_inhabitant", ascending=False)
t.insert(0, "rank", range(1, len(t) + 1))
pd.set_option("display.max_rows", None)
print(t[["rank", "code", "municipality", "dst_group", "per_inhabitant", "index_national", "dkk_million", "population"]]
      .round({"per_inhabitant": 0, "index_national": 1, "dkk_million": 1}).astype({"per_inhabitant": int}).to_string(index=False))
