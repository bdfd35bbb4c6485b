// # Do we spend more than comparable municipalities — and what would it be worth to spend like them?
// **The story (Lejre, 2018).** A consultancy review found that Lejre Kommune had a high spending level on the
// specialised adult area compared with other municipalities. Spending had started to fall after a recovery
// plan from 2016, but the review still saw a potential in better professional and financial steering.
//
// This notebook asks the same questions of the bundled data for any municipality: *where do we rank,
// how has spending moved in fixed prices, and how many DKK million would we spend less if we spent like our
// comparison group?* All figures below are computed when the notebook runs; nothing in the text is typed in.
//
// Run it for another municipality: `./workbench run notebooks/lejre.jsh --param kommune=Morsø`.

//%% Parameters
// `kommune` is the municipality, `year` the year we compare, and `area` the main function of the chart of
// accounts: 5.38 adults with special needs (per 18–64-year-old), 5.28 children and young people (per 0–17-year-old).
String kommune = "Lejre";
int year = 2024;
String area = "5.38";

//%% Who we compare with
// The default comparison group is the municipality's group in Statistics Denmark's municipality groups
// (kommunegrupper). `benchmark(kommune, area, year, "Roskilde", "Køge", …)` compares with a group you name.
Municipality m = kommune(kommune);
System.out.println(m);
comparisonGroup(kommune);

//%% Level: where do we rank?
// Spending per inhabitant of the age group, all 98 municipalities, ranked (1 = highest), with our municipality
// marked. The index is against the national level (100); `ranking` holds the whole table.
Table ranking = level(area, year);
Table own = ranking.where(ranking.stringColumn("municipality").isEqualTo(m.name()));
System.out.printf("%s ranks %d of %d in %d: %,.0f DKK per inhabitant of the age group, index %.0f against the national level.%n",
    m.name(), own.intColumn("rank").get(0), ranking.rowCount(), year,
    own.numberColumn("per_inhabitant").getDouble(0), own.numberColumn("index_national").getDouble(0));
rankChart(ranking, kommune);

//%% Trend: rising or falling, in fixed prices?
// Current prices include wage and price increases; fixed prices (the last year's prices, from the price index)
// show the real change. Lejre's seed story is a fall after a recovery plan — does the municipality you chose
// show a turning point?
var t = trend(kommune, area);
Table years = t.table();
int peakRow = 0;
for (int i = 1; i < years.rowCount(); i++) {
  if (years.numberColumn("per_inhabitant_fixed").getDouble(i) > years.numberColumn("per_inhabitant_fixed").getDouble(peakRow)) {
    peakRow = i;
  }
}
int peakYear = years.intColumn("year").get(peakRow);
int lastYear = years.intColumn("year").get(years.rowCount() - 1);
double peak = years.numberColumn("per_inhabitant_fixed").getDouble(peakRow);
double latest = years.numberColumn("per_inhabitant_fixed").getDouble(years.rowCount() - 1);
System.out.printf("In fixed %d prices spending peaked in %d at %,.0f DKK; in %d it was %,.0f DKK (%+.1f %% from the peak).%n",
    t.baseYear(), peakYear, peak, lastYear, latest, 100 * (latest / peak - 1));
t;

//%% The trend drawn
// Current and fixed prices side by side, with the national level for comparison. At the prompt, `show(chart(t))`
// opens the same chart in a browser.
chart(t);

//%% Benchmark: the DKK potential
// The gap to the comparison group's level (its spending ÷ its inhabitants of the age group), times our own
// inhabitants of the age group: what we would spend less — or more — if we spent like the group.
var b = benchmark(kommune, area, year);
System.out.print(b);
b.asTable();

//%% Where the gap sits: function by function
// The same benchmark for each function of the area, so the potential can be traced to long-term housing (§108),
// temporary housing (§107), support in one's own home, day services (§103, §104) and the rest.
String areaName = area.startsWith("5.28") ? "children" : "adults";
Table functions = spending.where(spending.stringColumn("area").isEqualTo(areaName))
    .selectColumns("function", "function_name").dropDuplicateRows().sortOn("function");
Table byFunction = Table.create(m.name() + " " + year + ": gap by function against " + m.comparisonGroup() + " [includes synthetic data]",
    StringColumn.create("function"), StringColumn.create("name"), DoubleColumn.create("own_dkk"),
    DoubleColumn.create("group_dkk"), DoubleColumn.create("gap_dkk"), DoubleColumn.create("gap_dkk_million"));
for (Row r : functions) {
  var f = benchmark(kommune, r.getString("function"), year);
  byFunction.stringColumn("function").append(r.getString("function"));
  byFunction.stringColumn("name").append(r.getString("function_name"));
  byFunction.doubleColumn("own_dkk").append(Math.round(f.perInhabitant()));
  byFunction.doubleColumn("group_dkk").append(Math.round(f.groupLevel()));
  byFunction.doubleColumn("gap_dkk").append(Math.round(f.gapPerInhabitant()));
  byFunction.doubleColumn("gap_dkk_million").append(Math.round(f.gapMillions() * 10) / 10.0);
}
byFunction = byFunction.sortDescendingOn("gap_dkk_million");
Row largest = byFunction.row(0);
System.out.printf("The largest gap is in %s %s: %,.1f million DKK.%n",
    largest.getString("function"), largest.getString("name"), largest.getDouble("gap_dkk_million"));
byFunction;

//%% Conclusion
// The conclusion is written from the numbers above, so it holds for whichever municipality the notebook ran for.
String direction = b.gapMillions() >= 0 ? "more" : "less";
System.out.printf("%s spends %,.0f DKK per inhabitant of the age group (%s, %d): %s than its comparison group %s (%,.0f DKK).%n",
    m.name(), b.perInhabitant(), area, year, direction, b.groupName(), b.groupLevel());
if (b.gapMillions() > 0) {
  System.out.printf("Spending like the group would mean %,.1f million DKK less a year; the largest part sits in %s.%n",
      b.gapMillions(), largest.getString("name"));
} else {
  System.out.printf("There is no potential by this measure: spending like the group would cost %,.1f million DKK more.%n",
      -b.gapMillions());
}
System.out.printf("Since %d spending has changed by %.1f %% a year in fixed prices.%n", years.intColumn("year").get(0), t.growthFixed());

//%% What is synthetic
// Spending on 5.28.21, 5.28.22 and 5.38.45 is official (Statistics Denmark, REGK31); the other functions, the
// age bands of the population and the price index are **synthetic** training data shaped like the seed stories.
// Every table made from them says "[includes synthetic data]" in its title; `about("spending")` at the prompt
// tells column by column. Use the notebook to learn the method, not to quote the figures.
