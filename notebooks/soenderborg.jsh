// # Where do new citizens come from, and do we try the lighter help first?
// **The story (Sønderborg, 2019).** Sønderborg Kommune asked where the inflow of adults with special needs came
// from, and introduced a *funnel model* (tragtmodel): general and voluntary offers are considered before a measure
// is granted, support in one's own home before housing, and a *rapid response* (straksindsats) that starts help at
// once and assesses — and often closes — the case within 12 weeks.
//
// This notebook follows new citizens from their source, through the funnel (granted, refused, referred to lighter
// help), to rapid response and the ladder; then it compares the municipality's use of housing and home support
// with its comparison group. **The case data are a synthetic training set** for one municipality.
//
// Run it for another municipality: `./workbench run notebooks/soenderborg.jsh --param kommune=Aabenraa`.

//%% Parameters
// `kommune` is whose recipients we compare; `year` the year for the comparison.
String kommune = "Sønderborg";
int year = 2024;

//%% Inflow: where new adult citizens come from
// Each citizen counted once, in the year of their first application, under its source.
Table sources = inflow("adults");
Table psychiatry = sources.where(sources.stringColumn("inflow source").isEqualTo("psykiatrien"));
System.out.printf("Psychiatry's share of new adult citizens: %.1f %% in %d, %.1f %% in %d.%n",
    psychiatry.doubleColumn("share of year (%)").get(0), psychiatry.intColumn("year").get(0),
    psychiatry.doubleColumn("share of year (%)").get(psychiatry.rowCount() - 1), psychiatry.intColumn("year").get(psychiatry.rowCount() - 1));
sources.where(sources.intColumn("year").isEqualTo(psychiatry.intColumn("year").get(psychiatry.rowCount() - 1)));

//%% The funnel: what happens to an adult application
// Decisions on adult applications by year of application: granted (bevilget), refused (afslag) or referred to
// lighter, non-granted help (henvist til lettere tilbud). A funnel model should raise the share referred.
Table adultCases = cases.where(cases.stringColumn("area").isEqualTo("adults").and(cases.stringColumn("decision").isNotMissing()));
adultCases.addColumns(adultCases.dateColumn("application_date").year().setName("year"));
Table funnel = adultCases.xTabRowPercents("year", "decision");
funnel.setName("Adult decisions by year of application, share of the year's decisions [synthetic data]");
funnel.column(0).setName("year");
for (int i = 1; i < funnel.columnCount(); i++) {
  funnel.doubleColumn(i).setPrintFormatter(NumberColumnFormatter.percent(1));
}
funnel;

//%% Rapid response: closed within 12 weeks?
Table rapid = rapidResponse();
System.out.printf("Rapid-response cases closed within 12 weeks: %.1f %% in %d.%n",
    rapid.doubleColumn("within 12 weeks (%)").get(rapid.rowCount() - 1), rapid.intColumn("year").get(rapid.rowCount() - 1));
rapid;

//%% Support at home instead of housing: the ladder
// Citizens on each step per year, and the moves between steps. (The first year undercounts: the extract starts then.)
ladder();

//%% Moves on the ladder as a flow
// Each band is a route from one step to another, its width the number of moves; downward moves first.
ladderChart();

//%% Compared with others: housing and home support per 1,000 18–64-year-olds
// Long-term and temporary housing (§108 + §107) against support in one's own home (§85), per 1,000 inhabitants aged
// 18–64, for the municipality and the average of its comparison group.
Municipality m = kommune(kommune);
Table compare = Table.create(m.name() + " " + year + " against " + m.comparisonGroup() + ": recipients per 1,000 aged 18-64 [synthetic data]",
    StringColumn.create("measure"), DoubleColumn.create("own"), DoubleColumn.create("group"));
for (String measure : List.of("§108+§107", "§85")) {
  RecipientRates.Comparison rate = compareRates(kommune, measure, year);
  compare.stringColumn("measure").append(measure);
  compare.doubleColumn("own").append(rate.own());
  compare.doubleColumn("group").append(rate.group());
}
Formats.decimals(compare, 2, "own", "group");
double ownRatio = compare.doubleColumn("own").get(1) / compare.doubleColumn("own").get(0);
double groupRatio = compare.doubleColumn("group").get(1) / compare.doubleColumn("group").get(0);
System.out.printf("%s has %.1f citizens in home support for every citizen in housing; its comparison group %.1f.%n", m.name(), ownRatio, groupRatio);
compare;

//%% Home support across the country
// Recipients of support in one's own home (§85) per 1,000 aged 18-64, latest year, all 98 municipalities.
map(recipientRates("§85"), "per_1000");

//%% Conclusion
System.out.printf("Psychiatry sends a growing share of new citizens; the rapid response closes %.0f %% of its cases within 12 weeks;"
    + " and %s %s home support relative to housing than its comparison group.%n",
    rapid.doubleColumn("within 12 weeks (%)").get(rapid.rowCount() - 1), m.name(), ownRatio >= groupRatio ? "uses more" : "uses less");

//%% What is synthetic
// All case-level figures and the recipients are **synthetic** training data shaped like the seed story; the
// StatBank table HAND07 gives the real recipients and can be imported with your own data. Use the notebook to
// learn the method, not to quote the figures.
