// # External or internal? Is the rise explained by need — and will we overrun this year?
// **The story (Hørsholm, 2019).** Spending on children and adults with special needs was rising in Hørsholm
// Kommune. The question the management asked: *is the rise external* (more citizens with greater needs, demography,
// socio-economic change) *or internal* (our own practice, visitation, service level)? And: management information
// that warns early, before the budget is overrun.
//
// This notebook answers the first question with one regression across all 98 municipalities and both years, in
// fixed prices: spending per inhabitant of the age group on socio-economic factors. The same coefficients price the
// municipality's factors in the first and the last year, so its change splits exactly into what its change in need
// predicts, the national development, and the rest that need does not explain. It answers the second with a
// year-end forecast from the months booked so far.
//
// Run it for another municipality: `./workbench run notebooks/hoersholm.jsh --param kommune=Gentofte`.

//%% Parameters
// `kommune` is the municipality, `area` the main function (5.38 adults, 5.28 children), `firstYear` and `lastYear`
// the span we compare.
String kommune = "Hørsholm";
String area = "5.38";
int firstYear = 2016;
int lastYear = 2024;

//%% The rise: our trend against the national level
// The growth from the first to the last year in fixed prices (deflated with the price index, so inflation is not
// counted as a rise), against the national level in the same prices; and in current prices, as the accounts show it.
Municipality m = kommune(kommune);
Trend t = trend(kommune, area);
Trend current = trend(kommune, area, "current");
System.out.printf("%s %s: %+.1f %% per inhabitant of the age group %d-%d in %s, against %+.1f %% nationally;"
        + " %+.1f %% in current prices (%+.1f %% nationally).%n",
    m.name(), area, t.changePercent(firstYear, lastYear), firstYear, lastYear, t.info().priceBasis().english(),
    t.nationalChangePercent(firstYear, lastYear), current.changePercent(firstYear, lastYear),
    current.nationalChangePercent(firstYear, lastYear));
t;

//%% The rise as a chart
// The municipality in red, its comparison group in grey, the national level dashed; fixed prices.
chart(t);

//%% Did need rise too? The socio-economic index
// The index is 1.0 for the national average; above 1 means greater expected need.
Table need = socioeconomic.where(socioeconomic.intColumn("code").isEqualTo(m.code())
    .and(socioeconomic.intColumn("year").isIn(firstYear, lastYear))).sortOn("year");
DoubleColumn index = need.doubleColumn("socioeconomic_index");
System.out.printf("The socio-economic index went from %.3f in %d to %.3f in %d (%+.1f %%).%n",
    index.getDouble(0), firstYear, index.getDouble(1), lastYear, 100 * (index.getDouble(1) / index.getDouble(0) - 1));
need.selectColumns("year", "socioeconomic_index", "disability_pension_share", "basic_schooling_share", "taxable_income_per_inhabitant");

//%% Need or practice? One model for both years, in fixed prices
// One regression across all 98 municipalities and both years, spending per inhabitant of the age group in fixed prices
// of the last year on the four background factors plus a term for the last year. Because the same coefficients price
// both years' factors, the change splits exactly into three parts: **need** (what the change in the municipality's
// factors predicts), the **national** development (the change across the country that need does not explain, the same
// for every municipality), and the **rest** (the municipality's own practice, service level, or factors the model
// lacks). `split.table()` holds the same split for every municipality.
NeedVersusPractice split = needVsPractice(kommune, area, firstYear, lastYear);
System.out.println(split.model());
split;

//%% How much depends on the model?
// The need part is only as good as the factors: taxable income, for one, enters in fixed prices, so its real change
// counts as a change in need. The same split with the socio-economic index as the only factor shows how far the
// answer rests on the choice.
NeedVersusPractice indexOnly = needVsPractice(kommune, area, firstYear, lastYear, "socioeconomic_index");
System.out.println(String.format("Need part with all four factors: %+,.0f DKK (R² %.2f); with the socio-economic index alone: %+,.0f DKK (R² %.2f).",
    split.need(), split.rSquared(), indexOnly.need(), indexOnly.rSquared()));

//%% Actual against expected in the last year, all 98 municipalities
// The level, not the change: one regression in the last year alone. Points above the line spend more than the factors
// predict. The furthest are named.
CostDrivers after = costDrivers(area, lastYear);
chart(after);

//%% The early warning: this year's budget
// The year-end forecast from the months booked so far, scaled by last year's seasonal profile. The bundled budget
// is a synthetic training set for Hørsholm; for another municipality, read your own budget file with the same columns.
YearEndForecast adults = forecast("adults");
YearEndForecast children = forecast("children");
System.out.println(adults.message());
System.out.println(children.message());
adults;

//%% Budget, actual and the forecast path
budgetChart("adults");

//%% Conclusion
double share = split.needShare();
System.out.println(split.sentence());
System.out.println(Double.isNaN(share) ? "Spending did not change, so no share of a change is need."
    : String.format("The change in need predicts %.0f %% of the %s%s.", 100 * share, split.change() < 0 ? "fall" : "rise",
        share < 0 ? ": need points the other way" : ""));
String budgetOwner = adults.info().provenance().owner().name();
System.out.println(adults.warning() ? "In " + budgetOwner + "'s budget, the adult area heads for an overrun this year: act now, not in December."
    : "No overrun warning for the adult area of " + budgetOwner + "'s budget this year.");

//%% What is synthetic
// The socio-economic factors, most of the spending functions and the budget are **synthetic** training data
// shaped like the seed story; the population totals are official, its 0–17/18–64 split and the 2021–2024 age bands
// are estimates made from official figures; the StatBank tables and the ministry's key figures can be imported with
// your own data. Use the notebook to learn the method, not to quote the figures.
