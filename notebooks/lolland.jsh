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
// `kommune` is the municipality, `year` the year compared with the comparison group, and `fromYear` the year the
// number of citizens is followed from.
String kommune = "Lolland";
int year = 2024;
int fromYear = 2016;

//%% Level: how high is our spending?
// Spending per 18–64-year-old on main function 5.38, all 98 municipalities ranked (1 = highest), with our
// municipality marked. The sentence comes from `benchmark`, which ranks the same way; the index is our spending
// against the national level (all spending ÷ all 18–64-year-olds = 100).
var b = benchmark(kommune, "5.38", year);
System.out.printf("%s ranks %d of %d in %d: %,.0f DKK per 18-64-year-old, index %.0f against the national level of %,.0f DKK.%n",
    b.municipality(), b.rank(), b.count(), year, b.perInhabitant(), 100 * b.perInhabitant() / b.nationalLevel(),
    b.nationalLevel());
rankChart(level("5.38", year), kommune);

//%% Volume or price
// For each measure, spending per inhabitant = citizens per 1,000 × spending per citizen ÷ 1,000. The gap to the
// comparison group — the same gap `benchmark` reports — splits exactly into the difference in volume at the
// group's price and the difference in price at our volume. Spending on functions without counted recipients
// cannot be split that way: it is the last row (`split` = false) and its own term in the sentence under the table.
var split = priceVolume(kommune, "adults", year);
split;

//%% The split drawn
// A waterfall from the comparison group's level to ours: the volume effect of each measure, then the price effect
// of all measures and the part not split. A step up adds to the gap, a step down takes from it.
chart(split);

//%% Unit prices: cheap or dear?
// The unit price is spending per citizen receiving the measure; `split.measures()` holds the measure rows alone.
// The price index is our unit price ÷ the group's × 100: under 100 means cheaper than the comparison group.
Table prices = split.measures().selectColumns("measure", "unit_price", "unit_price_ref");
DoubleColumn priceIndex = prices.doubleColumn("unit_price").divide(prices.doubleColumn("unit_price_ref")).multiply(100);
priceIndex.setName("price_index_vs_group");
prices.addColumns(priceIndex);
Formats.decimals(prices, 1, "price_index_vs_group");
prices.setName(b.municipality() + " " + year + ": unit prices against " + b.groupName());
System.out.printf("%s's unit price is below %s's on %d of %d measures.%n",
    b.municipality(), b.groupName(), split.cheaperMeasures(), split.measures().rowCount());
prices;

//%% How many citizens, and since when?
// Citizens per 1,000 inhabitants aged 18–64 in the first and the last year, our own and the comparison group's.
// The group's rate is a ratio of sums — all its recipients ÷ all its 18–64-year-olds, our municipality left out —
// as everywhere in the workbench. §103 and §104 are counted together as day services.
var rates = compareRates(kommune, fromYear, year, "§108", "§107", "§85", "§103+§104");
int rose = rates.where(rates.doubleColumn("change_pct").isPositive()).rowCount();
int groupRose = rates.where(rates.doubleColumn("group_change_pct").isPositive()).rowCount();
int above = rates.where(rates.doubleColumn("own_" + year).isGreaterThan(rates.doubleColumn("group_" + year))).rowCount();
System.out.printf("From %d to %d the rate rose on %d of %d measures (the group's on %d); in %d it was above the group's on %d of %d.%n",
    fromYear, year, rose, rates.rowCount(), groupRose, year, above, rates.rowCount());
rates;

//%% Conclusion
// Written from the numbers above. The questions that follow: who are the citizens behind the volume, how did they
// come in (inflow), and are they moved down the intervention ladder when they can be?
String.format("%s spends %,.0f DKK %s per 18-64-year-old than %s in %d.%n", b.municipality(),
        Math.abs(b.gapPerInhabitant()), b.gapPerInhabitant() >= 0 ? "more" : "less", b.groupName(), year)
    + String.format("Volume (citizens per 1,000) accounts for %+,.0f DKK of the gap, price (spending per citizen) for %+,.0f DKK: %s.%n",
        split.volumeEffect(), split.priceEffect(), split.story())
    + String.format("Spending on functions without counted recipients is not split: %+,.0f DKK.%n", split.notSplit())
    + String.format("Unit prices are below the group's on %d of %d measures; citizens per 1,000 are above the group's on %d of %d.",
        split.cheaperMeasures(), split.measures().rowCount(), above, rates.rowCount());

//%% What is synthetic
// Recipients per measure and unit prices are **synthetic** training data, calibrated so that the seed story's
// shape holds (Lolland: highest spending, cheap unit prices). The population totals (every year), the 65+ band
// 2016–2020 and spending on 5.38.45 are official (Statistics Denmark); the 18–64 band is an estimate made from
// official figures (FOLK1B's 15–19 group split at 18; 2021–2024 continued from 2016–2020); the rest is synthetic. Every result says
// under its table which data it rests on; `about("recipients")` at the prompt tells column by column.
