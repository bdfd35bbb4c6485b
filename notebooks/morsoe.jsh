// # Did the turnaround work? Before and after, against comparable municipalities
// **The story (Morsø, 2022).** After years of rising spending on adults with special needs, Morsø Kommune changed
// its practice around 2019: re-assessment of every citizen, a sharper visitation, fewer double interventions between
// the jobcentre and social services. Two years on it reported **−48 % citizens in support in their own home (§85),
// −23 % in temporary housing (§107) and −18 % in day services (§103/§104)**.
//
// A fall alone proves little: perhaps everyone fell. This notebook compares the municipality with its comparison
// group over the same years — *difference-in-differences* — and splits the change in spending into volume (fewer
// citizens) and price (cheaper measures).
//
// Run it for another municipality or year: `./workbench run notebooks/morsoe.jsh --param kommune=Lolland --param interventionYear=2020`.

//%% Parameters
// `kommune` is the municipality, `interventionYear` the year the change began (the years after it count as "after"),
// and `lastYear` the year we look at the result.
String kommune = "Morsø";
int interventionYear = 2019;
int lastYear = 2021;

//%% Recipients per 1,000 18–64-year-olds, before and after
// For each measure: the municipality's recipients per 1,000 inhabitants aged 18–64 in the intervention year and
// two years later, against the average of its comparison group (a ratio of sums: all recipients ÷ all inhabitants).
Municipality m = kommune(kommune);
Table changes = Table.create(m.name() + ": recipients per 1,000 aged 18-64, " + interventionYear + " to " + lastYear + " [synthetic data]",
    StringColumn.create("measure"), DoubleColumn.create("own_before"), DoubleColumn.create("own_after"),
    DoubleColumn.create("own_change_pct"), DoubleColumn.create("group_change_pct"));
for (String measure : List.of("§85", "§107", "§108", "§103+§104")) {
  RecipientRates.Comparison before = compareRates(kommune, measure, interventionYear);
  RecipientRates.Comparison after = compareRates(kommune, measure, lastYear);
  changes.stringColumn("measure").append(measure);
  changes.doubleColumn("own_before").append(before.own());
  changes.doubleColumn("own_after").append(after.own());
  changes.doubleColumn("own_change_pct").append(100 * (after.own() / before.own() - 1));
  changes.doubleColumn("group_change_pct").append(100 * (after.group() / before.group() - 1));
}
Formats.decimals(changes, 2, "own_before", "own_after");
Formats.decimals(changes, 1, "own_change_pct", "group_change_pct");
changes;

//%% Difference-in-differences for support in one's own home (§85)
// The average of the years after the intervention year minus the years up to it, for the municipality, minus the
// same difference for its comparison group. With one treated municipality the p-value is fragile: look at the
// trend lines before trusting it.
DifferenceInDifferences support = did(kommune, "§85", interventionYear);
support;

//%% The same for temporary housing (§107) and day services (§103 + §104)
DifferenceInDifferences housing = did(kommune, "§107", interventionYear);
DifferenceInDifferences days = did(kommune, "§103+§104", interventionYear);
System.out.println(housing.conclusion());
System.out.println(days.conclusion());

//%% Spending: how much of the change is volume, how much price?
// Spending per 18–64-year-old on the measures in the last year against the intervention year, split exactly into
// volume (citizens per 1,000) and price (spending per citizen), measure by measure.
PriceVolumeSplit split = priceVolume(kommune, "adults", interventionYear, lastYear);
split;

//%% The split as a waterfall
// From the intervention year's spending on the measures, through the volume effect of each measure and the price
// effect, to the last year's spending.
chart(split);

//%% Conclusion
System.out.printf("%s, %d to %d: %s%n", m.name(), interventionYear, lastYear, support.conclusion());
System.out.printf("Spending on the measures changed by %,.0f DKK per 18-64-year-old: %,.0f from volume and %,.0f from price.%n",
    split.gap(), split.volumeEffect(), split.priceEffect());
System.out.println(Math.abs(split.volumeEffect()) > Math.abs(split.priceEffect())
    ? "The change came mostly from how many citizens get a measure, not from what each measure costs."
    : "The change came mostly from what each measure costs, not from how many citizens get one.");

//%% What is synthetic
// The recipients, and spending on the functions paying for these measures, are **synthetic** training data shaped
// like the seed story (Morsø's falls after 2019 are built in); the official StatBank tables for them (HAND07, REGK31)
// can be imported with your own data. Use the notebook to learn the method, not to quote the figures.
