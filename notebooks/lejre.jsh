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
System.out.printf("%s (code %d, %s) is compared with the other municipalities of its group, %s.%n",
    m.name(), m.code(), m.region(), m.comparisonGroup());
comparisonGroup(kommune);

//%% Level: where do we rank?
// Spending per inhabitant of the age group, all 98 municipalities, ranked (1 = highest), with our municipality
// marked. The sentence comes from `benchmark`, which ranks the same way; the index is our spending against the
// national level (all spending ÷ all inhabitants of the age group = 100).
var b = benchmark(kommune, area, year);
System.out.printf("%s ranks %d of %d in %d: %,.0f %s, index %.0f against the national level of %,.0f DKK.%n",
    b.municipality(), b.rank(), b.count(), year, b.perInhabitant(), b.info().unit().english(),
    100 * b.perInhabitant() / b.nationalLevel(), b.nationalLevel());
rankChart(level(area, year), kommune);

//%% Trend: rising or falling, in fixed prices?
// Current prices include wage and price increases; fixed prices (the last year's prices, from the price index)
// show the real change. Lejre's seed story is a fall after a recovery plan — does the municipality you chose
// show a turning point? `peakYear()` is the year of the highest spending in fixed prices, `inBasis(year)` the
// spending of a year in fixed prices and `changePercent(from, to)` the change between two years.
var t = trend(kommune, area);
int peakYear = t.peakYear();
if (peakYear == t.lastYear()) {
  System.out.printf("In fixed %d prices spending is at its highest in the last year, %d: %,.0f DKK, %+.1f %% since %d"
      + " (the national level %+.1f %%).%n", t.baseYear(), t.lastYear(), t.inBasis(t.lastYear()),
      t.changePercent(t.firstYear(), t.lastYear()), t.firstYear(), t.nationalChangePercent(t.firstYear(), t.lastYear()));
} else {
  System.out.printf("In fixed %d prices spending peaked in %d at %,.0f DKK; in %d it was %,.0f DKK, %+.1f %% from the peak"
      + " (the national level %+.1f %% over the same years).%n", t.baseYear(), peakYear, t.inBasis(peakYear), t.lastYear(),
      t.inBasis(t.lastYear()), t.changePercent(peakYear, t.lastYear()), t.nationalChangePercent(peakYear, t.lastYear()));
}
t;

//%% The trend drawn
// Current and fixed prices side by side, with the national level for comparison. At the prompt, `show(chart(t))`
// opens the same chart in a browser.
chart(t);

//%% Benchmark: the DKK potential
// The gap to the comparison group's level (its spending ÷ its inhabitants of the age group), times our own
// inhabitants of the age group: what we would spend less — or more — if we spent like the group.
b;

//%% Where the gap sits: function by function
// The same benchmark for each account function of the area, largest gap first, so the potential can be traced to
// long-term housing (§108), temporary housing (§107), support in one's own home, day services (§103, §104) and the
// rest. The functions' gaps add up to the area's gap.
var byFunction = benchmarkByFunction(kommune, area, year);
DoubleColumn gaps = byFunction.doubleColumn("gap_dkk_million");
boolean spendsMore = b.gapMillions() >= 0;
Table largest = byFunction.where(gaps.isEqualTo(spendsMore ? gaps.max() : gaps.min()));
String largestName = String.join(", ", largest.stringColumn("function").asList()) + " ("
    + String.join(", ", largest.stringColumn("function_name").asList()) + ")";
System.out.printf("Of the gap of %+,.1f million DKK, the largest part is %s: %+,.1f million DKK.%n",
    b.gapMillions(), largestName, spendsMore ? gaps.max() : gaps.min());
byFunction;

//%% Conclusion
// The conclusion is written from the numbers above, so it holds for whichever municipality the notebook ran for.
String.format("%s spends %,.0f %s (%s, %d): %s than its comparison group %s (%,.0f DKK).%n", b.municipality(),
        b.perInhabitant(), b.info().unit().english(), area, year, spendsMore ? "more" : "less", b.groupName(), b.groupLevel())
    + (spendsMore
        ? String.format("Spending like the group would mean %,.1f million DKK less a year; the largest part sits in %s.%n",
            b.gapMillions(), largestName)
        : String.format("There is no potential by this measure: spending like the group would cost %,.1f million DKK more;"
            + " the furthest below the group is %s.%n", -b.gapMillions(), largestName))
    + String.format("From %d to %d spending changed by %+.1f %% a year in fixed %d prices (%+.1f %% in all; the national level %+.1f %%).",
        t.firstYear(), t.lastYear(), t.growthFixed(), t.baseYear(), t.changePercent(t.firstYear(), t.lastYear()),
        t.nationalChangePercent(t.firstYear(), t.lastYear()));

//%% What is synthetic
// Spending on 5.28.21, 5.28.22 and 5.38.45 is official (Statistics Denmark, REGK31); the other functions and the
// price index are **synthetic** training data shaped like the seed stories. The population totals and the 65+ band
// 2016–2020 are official (FOLK1A, FOLK1B); the 18–64 band divided by here is an estimate made from official figures
// (FOLK1B's 15–19 group split at 18; 2021–2024 continued from 2016–2020).
// Every result says under its table which data it rests on; `about("spending")` at the prompt tells column by
// column. Use the notebook to learn the method, not to quote the figures.
