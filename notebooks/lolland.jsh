// # Volume or price: many citizens, or expensive ones?
// **The story (Lolland).** Lolland Kommune spends the most per inhabitant in the country on adults with special
// needs, yet economic analyses placed it among the cheapest municipalities when measured on unit prices
// (enhedspriser). So the high spending is not a price problem — is it a volume problem: many citizens
// receiving a measure?
//
// The notebook splits the gap to the comparison group exactly into a **volume** part (citizens per 1,000
// inhabitants aged 18–64) and a **price** part (spending per citizen), measure by measure, and then looks at how
// the number of citizens has developed. Every figure is computed when it runs, for the municipality you choose:
// `./workbench run notebooks/lolland.jsh --param kommune=Lejre`.

//%% Parameters
// `kommune` is the municipality and `year` the year compared with the comparison group.
String kommune = "Lolland";
int year = 2024;

//%% Level: how high is our spending?
// Spending per 18–64-year-old on main function 5.38, all 98 municipalities ranked (1 = highest), with our
// municipality marked.
Municipality m = kommune(kommune);
Table ranking = level("5.38", year);
Table own = ranking.where(ranking.stringColumn("municipality").isEqualTo(m.name()));
System.out.printf("%s ranks %d of %d in %d: %,.0f DKK per 18-64-year-old, index %.0f against the national level.%n",
    m.name(), own.intColumn("rank").get(0), ranking.rowCount(), year,
    own.numberColumn("per_inhabitant").getDouble(0), own.numberColumn("index_national").getDouble(0));
rankChart(ranking, kommune);

//%% Volume or price
// For each measure, spending per inhabitant = citizens per 1,000 × spending per citizen ÷ 1,000. The gap to the
// comparison group splits exactly into the change in volume at the group's price and the change in price at our
// volume (no unexplained rest; spending without counted recipients is shown apart).
var split = priceVolume(kommune, "adults", year);
split;

//%% The split drawn
// Each measure's gap as its volume part and its price part: bars above zero add to the gap, bars below reduce it.
chart(split);

//%% Unit prices: cheap or dear?
// The unit price is spending per citizen receiving the measure. An index under 100 means cheaper than the
// comparison group.
Table prices = split.table().selectColumns("measure", "unit_price", "unit_price_ref").copy();
DoubleColumn priceIndex = DoubleColumn.create("price_index_vs_group");
for (int i = 0; i < prices.rowCount(); i++) {
  priceIndex.append(Math.round(1000 * prices.numberColumn("unit_price").getDouble(i) / prices.numberColumn("unit_price_ref").getDouble(i)) / 10.0);
}
prices.addColumns(priceIndex);
prices.setName(m.name() + " " + year + ": unit prices against " + m.comparisonGroup() + " [includes synthetic data]");
long cheaper = priceIndex.asList().stream().limit(prices.rowCount() - 1).filter(v -> v < 100).count();
System.out.printf("%s is cheaper than its comparison group on %d of %d measures.%n", m.name(), cheaper, prices.rowCount() - 1);
prices;

//%% How many citizens, and since when?
// Citizens per 1,000 inhabitants aged 18–64, first and last year, against the comparison group's average in the
// last year. §103 and §104 are counted together as day services.
String[] measures = {"§108", "§107", "§85", "§103+§104"};
List<String> group = comparisonGroup(kommune).stringColumn("name").asList();
Table volume = Table.create(m.name() + ": citizens per 1,000 aged 18-64 [synthetic data]",
    StringColumn.create("measure"), DoubleColumn.create("first_year"), DoubleColumn.create("last_year"),
    DoubleColumn.create("change_pct"), DoubleColumn.create("group_last_year"));
int firstYear = 0;
int latestYear = 0;
for (String measure : measures) {
  Table rates = recipientRates(measure);
  firstYear = (int) rates.intColumn("year").min();
  latestYear = (int) rates.intColumn("year").max();
  Table mine = rates.where(rates.stringColumn("municipality").isEqualTo(m.name())).sortOn("year");
  Table others = rates.where(rates.stringColumn("municipality").isIn(group)
      .and(rates.stringColumn("municipality").isNotEqualTo(m.name()))
      .and(rates.intColumn("year").isEqualTo(latestYear)));
  double first = mine.numberColumn("per_1000").getDouble(0);
  double last = mine.numberColumn("per_1000").getDouble(mine.rowCount() - 1);
  volume.stringColumn("measure").append(measure);
  volume.doubleColumn("first_year").append(Math.round(first * 100) / 100.0);
  volume.doubleColumn("last_year").append(Math.round(last * 100) / 100.0);
  volume.doubleColumn("change_pct").append(Math.round(1000 * (last / first - 1)) / 10.0);
  volume.doubleColumn("group_last_year").append(Math.round(others.numberColumn("per_1000").sum() / others.rowCount() * 100) / 100.0);
}
System.out.printf("Years %d (first_year) and %d (last_year).%n", firstYear, latestYear);
volume;

//%% Conclusion
// Written from the numbers above.
String story = Math.abs(split.volumeEffect()) >= Math.abs(split.priceEffect()) ? "a volume story" : "a price story";
System.out.printf("%s spends %,.0f DKK %s per 18-64-year-old than %s in %d.%n",
    m.name(), Math.abs(split.gap()), split.gap() >= 0 ? "more" : "less", m.comparisonGroup(), year);
System.out.printf("Volume accounts for %,.0f DKK and price for %,.0f DKK: %s.%n",
    split.volumeEffect(), split.priceEffect(), story);
System.out.printf("Unit prices are below the group's on %d of %d measures.%n", cheaper, prices.rowCount() - 1);
System.out.println("The questions that follow: who are the citizens behind the volume, how did they come in (inflow),"
    + " and are they moved down the intervention ladder when they can be?");

//%% What is synthetic
// Recipients per measure and unit prices are **synthetic** training data, calibrated so that the seed story's
// shape holds (Lolland: highest spending, cheap unit prices). The population totals for 2020 and 2022–2024 and
// spending on 5.38.45 are official (Statistics Denmark); the rest is estimated or synthetic. Tables made from
// synthetic data say so in their title; `about("recipients")` at the prompt tells column by column.
