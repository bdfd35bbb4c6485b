// # A tour of the workbench
// **For trainers.** This notebook walks through what a new user meets at the `styrbord>` prompt, in the order a
// first session takes: what data is loaded, what is official and what is synthetic, how to find a municipality,
// how to look at a table, and the three questions most users bring — *level*, *trend* and *benchmark*.
//
// Every cell is ordinary Java that can be typed at the prompt as it stands; `/open notebooks/00-tour.jsh` runs the
// whole tour there. `./workbench run notebooks/00-tour.jsh --param kommune=Varde` makes the same tour for Varde.

//%% Parameters
// The municipality the tour uses as its example, and the year.
String kommune = "Lejre";
int year = 2024;

//%% What is loaded: datasets()
// Each bundled dataset is a Tablesaw `Table` in a variable of its own name (`population`, `spending`,
// `priceIndex`, …). The *status* column says whether the figures are official, synthetic (made for training) or
// mixed.
datasets();

//%% What a dataset holds: about()
// `about("name")` gives a dataset's Danish and English title, unit, source and licence, and tells column by column
// whether it is **OFFICIAL** or **SYNTHETIC**. Show this slide before any figure is discussed.
about("spending");

//%% Finding a municipality: kommune()
// Names are found in any case, with or without æ, ø and å, and by their code. A name that does not exist gives a
// one-line message with the nearest names — here caught, so the tour can go on.
Municipality byName = kommune(kommune.toLowerCase());
Municipality byCode = kommune(byName.code());
System.out.printf("kommune(\"%s\") and kommune(%d) find the same municipality: %b%n", kommune.toLowerCase(), byName.code(),
    byName.equals(byCode));
try {
  kommune("Sønderbrog");
} catch (RuntimeException e) {
  System.out.println(e.getMessage());
}
byName;

//%% Looking at a table: describe()
// `describe(table)` summarises every column like pandas' `describe()`: count, missing, mean, spread and quartiles,
// or the most common text. Here the population of the example municipality, one row per year.
Table ownPopulation = population.where(population.stringColumn("municipality").isEqualTo(kommune(kommune).name()));
describe(ownPopulation);

//%% Tablesaw's own verbs
// `where`, `summarize(…).by(…)`, `sortDescendingOn`, `first` and the rest work on every dataset; results are
// tables again and print themselves. The whole country's population by year:
population.summarize("age_0_17", "age_18_64", "total", sum).by("year");

//%% Level: level()
// The first question: do we spend more than others? `level(area, year)` ranks all 98 municipalities by spending
// per inhabitant of the age group (5.38 adults per 18–64-year-old, 5.28 children per 0–17-year-old). Tablesaw's
// `where` picks rows: here the ten highest and our own municipality.
Table ranking = level("5.38", year);
ranking.where(ranking.intColumn("rank").isLessThanOrEqualTo(10)
    .or(ranking.stringColumn("municipality").isEqualTo(kommune(kommune).name())));

//%% Trend: trend()
// The second: is it rising, and how fast once prices are taken out? `trend(kommune, area)` gives each year in
// current and fixed prices, the index of the first year, and the level against the national one.
trend(kommune, "5.38");

//%% Charts: chart(), trendChart(), rankChart()
// Most results draw themselves: `chart(trend(...))`, `trendChart(kommune, area)`, `rankChart(level(...), kommune)`.
// At the prompt `show(chart)` opens the chart in a browser and `save(chart, "file.html")` writes it; in a notebook
// report the chart is embedded and works offline.
trendChart(kommune, "5.38");

//%% Benchmark: benchmark()
// The third: what would we spend if we spent like our comparison group? `benchmark(kommune, area, year)` gives
// the rank, percentile and z-score, the group's level, and the gap in DKK per inhabitant and DKK million in total.
benchmark(kommune, "5.38", year);

//%% Where to go next
// * `help()` lists every helper by task; `help("priceVolume")` explains one with an example.
// * The story notebooks: `lejre.jsh` (level, trend, potential, function by function), `lolland.jsh` (volume or
//   price) and `morsoe.jsh` (did a turnaround work?).
// * `lastError()` prints the full trace when a one-line message is not enough.
// * Figures marked *synthetic* are training data shaped like the seed stories — good for learning the method,
//   not for quoting.
help("benchmark");
