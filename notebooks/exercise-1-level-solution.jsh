// # Exercise 1 — solution: Do we spend more than others — and what is it worth?
// The answers to `exercise-1-level.jsh`. Every figure is computed when the notebook runs, so the solution holds
// for any municipality: `./workbench run notebooks/exercise-1-level-solution.jsh --param kommune=Varde`.

//%% Parameters
String kommune = "Lejre";
String area = "5.38";
int year = 2024;

//%% 1. Who spends the most?
// `first(5)` of the ranking (1 = highest); the region's municipalities by name with `isIn`.
var ranking = level(area, year);
Municipality m = kommune(kommune);
System.out.println("Highest spending (" + ranking.info().unit().english() + "): "
    + String.join(", ", ranking.first(5).stringColumn("municipality").asList()));
List<String> ownRegion = kommuner().where(kommuner().intColumn("region_code").isEqualTo(m.regionCode())).stringColumn("name").asList();
ranking.where(ranking.stringColumn("municipality").isIn(ownRegion));

//%% 2. Where do we rank?
// The row of our municipality holds its rank and index; `benchmark` gives the rank as a number.
System.out.printf("%s ranks %d of %d.%n", m.name(), benchmark(kommune, area, year).rank(), ranking.rowCount());
ranking.where(ranking.stringColumn("municipality").isEqualTo(m.name()));

//%% 3. What is the gap worth?
Benchmark b = benchmark(kommune, area, year);
System.out.printf("Gap to %s: %,.1f million DKK — %s.%n", b.groupName(), b.gapMillions(),
    b.gapMillions() > 0 ? "a potential: we spend more than the group" : "no potential: we spend less than the group");
b;

//%% 4. A comparison group of your own
// Three other municipalities of the same region (the first three by code) stand in for neighbours here; a
// consultant would pick them by hand.
List<String> neighbours = kommuner().where(kommuner().intColumn("region_code").isEqualTo(m.regionCode())
        .and(kommuner().intColumn("code").isNotEqualTo(m.code())))
    .first(3).stringColumn("name").asList();
Benchmark mine = benchmark(kommune, area, year, neighbours.toArray(String[]::new));
System.out.printf("Against %s: gap %,.1f million DKK (against %s: %,.1f).%n",
    String.join(", ", neighbours), mine.gapMillions(), b.groupName(), b.gapMillions());
mine;

//%% 5. Rising or falling?
Trend t = trend(kommune, area);
System.out.printf("%.1f %% a year in current prices, %.1f %% in fixed %d prices: %s.%n", t.growthCurrent(), t.growthFixed(),
    t.baseYear(), t.growthFixed() > 0 ? "rising in real terms" : "falling in real terms");
t;

//%% What is synthetic
// Most spending functions and the price index are synthetic training data, and the population's 0–17/18–64 split
// is an estimate made from official figures (`about("population")`): practise the method, do not quote the figures.
