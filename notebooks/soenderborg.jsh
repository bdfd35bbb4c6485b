// # Where do new citizens come from, and do we try the lighter help first?
// **The story (Sønderborg, 2019).** Sønderborg Kommune asked where the inflow of adults with special needs came
// from, and introduced a *funnel model* (tragtmodel): general and voluntary offers are considered before a measure
// is granted, support in one's own home before housing, and a *rapid response* (straksindsats) that starts help at
// once and assesses — and often closes — the case within 12 weeks.
//
// This notebook follows new citizens from their source, through the funnel (granted, refused, referred to lighter
// help), to rapid response and the ladder; then it compares the municipality's use of housing and home support
// with its comparison group. **The case data are one municipality's own synthetic training set**, whichever
// municipality the notebook runs for: every case table below says whose cases it counts.
//
// Run it for another municipality: `./workbench run notebooks/soenderborg.jsh --param kommune=Aabenraa`.

//%% Parameters
// `kommune` is whose recipients we compare; `year` the year for the comparison.
String kommune = "Sønderborg";
int year = 2024;

//%% Inflow: where new adult citizens come from
// Each citizen counted once, in the year of their first application, under its source. Inflow is a flow, counted
// by application date, so it is not undercounted after the data start as the ladder is; but citizens known before
// the data began count as new in the first year.
Municipality place = kommune(kommune);
ResultTable sources = inflow("adults");
String owner = sources.info().provenance().owner().name();
System.out.println(owner.equals(place.name())
    ? "The case figures are " + owner + "'s own data (" + sources.info().provenance().status().english() + ")."
    : "The case figures are " + owner + "'s own data (" + sources.info().provenance().status().english() + "), not "
        + place.name() + "'s: " + place.name() + " appears only in the comparison of recipients.");
Table psychiatry = sources.where(sources.stringColumn("inflow source").isEqualTo("psykiatrien"));
int firstYear = (int) psychiatry.intColumn("year").min();
int lastYear = (int) psychiatry.intColumn("year").max();
double firstShare = psychiatry.where(psychiatry.intColumn("year").isEqualTo(firstYear)).doubleColumn("share of year (%)").sum();
double lastShare = psychiatry.where(psychiatry.intColumn("year").isEqualTo(lastYear)).doubleColumn("share of year (%)").sum();
System.out.printf("Psychiatry's share of %s's new adult citizens: %.1f %% in %d, %.1f %% in %d.%n",
    owner, firstShare, firstYear, lastShare, lastYear);
sources.where(sources.intColumn("year").isEqualTo(lastYear));

//%% The funnel: what happens to an adult application
// Decisions on adult applications by year of application: granted (bevilget), refused (afslag) or referred to
// lighter, non-granted help (henvist til lettere tilbud), as shares of the year's decisions. A funnel model should
// raise the share referred. The table is made from the bundled `cases` directly, so it borrows the inflow's info
// (the same cases) under its own title.
Table adultCases = cases.where(cases.stringColumn("area").isEqualTo("adults").and(cases.stringColumn("decision").isNotMissing()));
adultCases.addColumns(adultCases.dateColumn("application_date").year().setName("year"));
Table funnel = adultCases.xTabRowPercents("year", "decision");
funnel.column(0).setName("year");
funnel.columns().stream().skip(1).forEach(c -> ((DoubleColumn) c).setPrintFormatter(NumberColumnFormatter.percent(1)));
ResultTable.of(funnel, sources.info()
    .titled(owner + ": adult decisions by year of application, share of the year's decisions ("
        + sources.info().provenance().status().english() + ")")
    .in(Unit.of("share of the year's decisions", "andel af årets afgørelser"), PriceBasis.NOT_MONEY));

//%% Rapid response: closed within 12 weeks?
ResultTable rapid = rapidResponse();
int rapidYear = (int) rapid.intColumn("year").max();
Table rapidLast = rapid.where(rapid.intColumn("year").isEqualTo(rapidYear));
double within = 100 * rapidLast.intColumn("closed within 12 weeks").sum()
    / (rapidLast.intColumn("rapid-response cases").sum() - rapidLast.intColumn("pending").sum());
System.out.printf("%s's rapid-response cases closed within 12 weeks: %.1f %% in %d.%n", owner, within, rapidYear);
rapid;

//%% Support at home instead of housing: the ladder
// Citizens on each step per year. The ladder is a stock: citizens already on a measure when the data start are not
// in the data, so the first years undercount (column `complete`, and the note under the table says why).
ResultTable steps = ladder();
System.out.println(owner + "'s ladder: years counted in full " + steps.where(steps.booleanColumn("complete").isTrue()).intColumn("year").asList()
    + "; undercounted " + steps.where(steps.booleanColumn("complete").isFalse()).intColumn("year").asList() + ".");
steps;

//%% Moves on the ladder as a flow
// Each band is a route from one step to another, its width the number of moves; downward moves first.
ladderChart();

//%% Compared with others: housing and home support per 1,000 18–64-year-olds
// Long-term and temporary housing (§108 + §107) against support in one's own home (§85), per 1,000 inhabitants aged
// 18–64, for the municipality and its comparison group (all its recipients ÷ all its inhabitants). These are
// recipients for all 98 municipalities, not case data, so they follow `kommune`.
RecipientRates.Comparison housing = compareRates(kommune, "§108+§107", year);
RecipientRates.Comparison home = compareRates(kommune, "§85", year);
double ownRatio = home.own() / housing.own();
double groupRatio = home.group() / housing.group();
System.out.printf("%s %d, recipients per 1,000 aged 18-64 (includes synthetic data): housing %.2f (group %.2f), home support %.2f (group %.2f).%n",
    place.name(), year, housing.own(), housing.group(), home.own(), home.group());
System.out.printf("%s has %.1f citizens in home support for every citizen in housing; its comparison group (%s) %.1f.%n",
    place.name(), ownRatio, place.comparisonGroup(), groupRatio);

//%% Home support across the country
// Recipients of support in one's own home (§85) per 1,000 aged 18-64, latest year, all 98 municipalities.
map(recipientRates("§85"), "per_1000");

//%% Conclusion
System.out.printf("In %s's case data, psychiatry sends a %s share of new citizens and the rapid response closes %.0f %% of its"
    + " cases within 12 weeks; %s %s home support relative to housing than its comparison group.%n",
    owner, lastShare > firstShare ? "growing" : "shrinking", within, place.name(), ownRatio >= groupRatio ? "uses more" : "uses less");

//%% What is synthetic
// All case-level figures and the recipients are **synthetic** training data shaped like the seed story; the case
// figures are one municipality's training set whatever `kommune` says, and their tables name it. The StatBank table
// HAND07 gives the real recipients and can be imported with your own data. Use the notebook to learn the method, not
// to quote the figures.
