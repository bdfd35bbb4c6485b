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
// in the last year, next to its comparison group's (a ratio of sums: all the group's recipients ÷ all its
// inhabitants, the municipality itself left out), with the change in percent.
var changes = compareRates(kommune, interventionYear, lastYear, "§85", "§107", "§103+§104");
int fell = changes.where(changes.doubleColumn("change_pct").isNegative()).rowCount();
int belowGroup = changes.where(changes.doubleColumn("change_pct").isLessThan(changes.doubleColumn("group_change_pct"))).rowCount();
System.out.printf("From %d to %d the rate fell on %d of %d measures; its change in percent was below the group's on %d of %d.%n",
    interventionYear, lastYear, fell, changes.rowCount(), belowGroup, changes.rowCount());
changes;

//%% Difference-in-differences for support in one's own home (§85)
// The yearly rates of the municipality and its group, then the test: the average of the years after the
// intervention year minus the years up to it, for the municipality, minus the same difference for the group's
// members. The test uses every year in the data, not only the two above. With one treated municipality the
// p-value is fragile: look at the yearly rates before trusting it.
var support = did(kommune, "§85", interventionYear);
support;

//%% The same for temporary housing (§107)
var housing = did(kommune, "§107", interventionYear);
housing;

//%% And for day services (§103 + §104)
var days = did(kommune, "§103+§104", interventionYear);
days;

//%% Spending: how much of the change is volume, how much price?
// Spending per 18–64-year-old on main function 5.38 in the last year against the intervention year, in fixed
// prices of the last year, split exactly into volume (citizens per 1,000) and price (spending per citizen),
// measure by measure; spending on functions without counted recipients is its own row, not split.
var split = priceVolume(kommune, "adults", interventionYear, lastYear);
split;

//%% The split as a waterfall
// From the intervention year's spending, through the volume effect of each measure and the price effect, to the
// last year's spending.
chart(split);

//%% Conclusion
// Written from the numbers above, so it holds for whichever municipality and years the notebook ran for. A
// p-value under 0.05 says the difference is unlikely to be noise; with one treated municipality even that is
// fragile, so read the yearly rates too.
String.format("%s, %d to %d: recipients per 1,000 fell on %d of %d measures; the change in percent was below the"
        + " comparison group's on %d of %d.%n", kommune(kommune).name(), interventionYear, lastYear, fell,
        changes.rowCount(), belowGroup, changes.rowCount())
    + String.format("Difference-in-differences per 1,000 against the group, the years after %d against the years up to it:%n"
        + "§85 %+.2f (p = %.3f), §107 %+.2f (p = %.3f), §103+§104 %+.2f (p = %.3f).%n", interventionYear,
        support.test().estimate(), support.test().pValue(), housing.test().estimate(), housing.test().pValue(),
        days.test().estimate(), days.test().pValue())
    + String.format("Spending on 5.38 changed by %+,.0f DKK per 18-64-year-old from %d to %d in %s:%n"
        + "%+,.0f from volume, %+,.0f from price and %+,.0f not split. ", split.gap(), interventionYear, lastYear, split.info().priceBasis().english(), split.volumeEffect(), split.priceEffect(),
        split.notSplit())
    + (split.story().equals("a volume story")
        ? "The change came mostly from how many citizens get a measure, not from what each measure costs."
        : "The change came mostly from what each measure costs, not from how many citizens get one.");

//%% What is synthetic
// The recipients, and spending on the functions paying for these measures, are **synthetic** training data shaped
// like the seed story (Morsø's falls after 2019 are built in); the official StatBank tables for them (HAND07, REGK31)
// can be imported with your own data. Use the notebook to learn the method, not to quote the figures.
