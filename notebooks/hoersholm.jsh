// # External or internal? Is the rise explained by need — and will we overrun this year?
// **The story (Hørsholm, 2019).** Spending on children and adults with special needs was rising in Hørsholm
// Kommune. The question the management asked: *is the rise external* (more citizens with greater needs, demography,
// socio-economic change) *or internal* (our own practice, visitation, service level)? And: management information
// that warns early, before the budget is overrun.
//
// This notebook answers the first question with a regression across all 98 municipalities: spending per inhabitant
// of the age group on socio-economic factors gives each municipality an *expected* spending; the part above it is
// not explained by need. It answers the second with a year-end forecast from the months booked so far.
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
Municipality m = kommune(kommune);
Trend t = trend(kommune, area);
Table years = t.table();
double ownGrowth = years.doubleColumn("per_inhabitant").get(years.rowCount() - 1) / years.doubleColumn("per_inhabitant").get(0) - 1;
double nationalGrowth = years.doubleColumn("national").get(years.rowCount() - 1) / years.doubleColumn("national").get(0) - 1;
System.out.printf("%s %s: %+.1f %% per inhabitant of the age group %d-%d, against %+.1f %% nationally (current prices).%n",
    m.name(), area, 100 * ownGrowth, firstYear, lastYear, 100 * nationalGrowth);
t;

//%% The rise as a chart
// The municipality in red, its comparison group in grey, the national level dashed; fixed prices.
chart(t);

//%% Did need rise too? The socio-economic index
// The index is 1.0 for the national average; above 1 means greater expected need.
Table need = socioeconomic.where(socioeconomic.intColumn("code").isEqualTo(m.code())).sortOn("year");
double needFirst = need.doubleColumn("socioeconomic_index").get(0);
double needLast = need.doubleColumn("socioeconomic_index").get(need.rowCount() - 1);
System.out.printf("The socio-economic index went from %.3f to %.3f (%+.1f %%).%n", needFirst, needLast, 100 * (needLast / needFirst - 1));
need.selectColumns("year", "socioeconomic_index", "disability_pension_share", "basic_schooling_share", "taxable_income_per_inhabitant");

//%% Expected spending from external factors, first and last year
// The same model each year: spending per inhabitant of the age group on the four background factors. The residual
// (actual − expected) is the part the factors do not explain.
CostDrivers before = costDrivers(area, firstYear);
CostDrivers after = costDrivers(area, lastYear);
Table e0 = before.expected().where(before.expected().stringColumn("municipality").isEqualTo(m.name()));
Table e1 = after.expected().where(after.expected().stringColumn("municipality").isEqualTo(m.name()));
double expectedRise = e1.doubleColumn("expected").get(0) - e0.doubleColumn("expected").get(0);
double actualRise = e1.doubleColumn("actual").get(0) - e0.doubleColumn("actual").get(0);
System.out.printf("Actual spending rose by %,.0f DKK per inhabitant of the age group; the model expected %,.0f of that from the factors.%n",
    actualRise, expectedRise);
System.out.printf("Residual %d: %,.0f DKK (%.1f %% of expected); residual %d: %,.0f DKK (%.1f %%).%n",
    firstYear, e0.doubleColumn("residual").get(0), e0.doubleColumn("residual_pct").get(0),
    lastYear, e1.doubleColumn("residual").get(0), e1.doubleColumn("residual_pct").get(0));
after.model();

//%% Actual against expected, all 98 municipalities
// Points above the line spend more than the factors predict. The furthest are named.
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
double explained = actualRise == 0 ? 0 : 100 * expectedRise / actualRise;
System.out.printf("%s: of the rise in %s spending %d-%d, about %.0f %% is what the socio-economic factors predict; the rest is internal or unexplained.%n",
    m.name(), area, firstYear, lastYear, Math.max(0, Math.min(100, explained)));
String budgetOwner = adults.info().provenance().owner().name();
System.out.println(adults.warning() ? "In " + budgetOwner + "'s budget, the adult area heads for an overrun this year: act now, not in December."
    : "No overrun warning for the adult area of " + budgetOwner + "'s budget this year.");

//%% What is synthetic
// The socio-economic factors, most of the spending functions, the age bands and the budget are **synthetic**
// training data shaped like the seed story; the StatBank tables and the ministry's key figures can be imported with
// your own data. Use the notebook to learn the method, not to quote the figures.
