// # The caseworker panel: caseload, durations and deadlines that bust myths
// **The story (Varde, 2018).** Varde Kommune built one shared data panel for the children's area: caseload per
// caseworker, number of cases, duration and effect of measures, and whether child assessments (børnefaglige
// undersøgelser) met the statutory four-month deadline. Looking at the same figures every month busted a few myths
// — and spending on the area fell from 2017 to 2018.
//
// This notebook builds such a panel from case-level data, then puts the municipality's spending on children with
// special needs (5.28) next to it. **The case data are one municipality's own synthetic training set**, whichever
// municipality the notebook runs for: every case table below says whose cases it counts. With your own case extract
// in the same columns, pass it to the same helpers: `caseload(myCases)`, `deadlines(myCases, "børnefaglig undersøgelse")`.
//
// Run it for another municipality: `./workbench run notebooks/varde.jsh --param kommune=Esbjerg`.

//%% Parameters
// `kommune` is whose spending we put next to the panel; `assessment` is the measure with a statutory deadline.
String kommune = "Varde";
String assessment = "børnefaglig undersøgelse";

//%% Whose cases?
// Case data are never public, so the panel uses the bundled training set. Its owner comes from the data catalog,
// not from the parameter: the panel below is that municipality's casework, not necessarily the one the report is for.
Municipality place = kommune(kommune);
ResultTable load = caseload();
String owner = load.info().provenance().owner().name();
String whose = owner + "'s own case data (" + load.info().provenance().status().english() + ")";
System.out.println(owner.equals(place.name())
    ? "The case panel uses " + whose + "."
    : "The case panel uses " + whose + ", not " + place.name() + "'s: " + place.name()
        + " appears only in the spending section.");

//%% Caseload per caseworker
// Open cases per caseworker at each quarter end, by team: the spread between the lightest and the heaviest
// caseload is often the first myth to go. Open cases are a stock, so the first quarters undercount: cases granted
// before the data start are not in them (column `complete`).
Table children = load.where(load.stringColumn("team").isEqualTo("børn og unge"));
var lastDay = children.dateColumn("date").max();
Table lastQuarter = children.where(children.dateColumn("date").isEqualTo(lastDay));
int openCases = (int) lastQuarter.intColumn("open cases").sum();
int caseworkers = (int) lastQuarter.intColumn("caseworkers").sum();
int fewest = (int) lastQuarter.intColumn("min").min();
int most = (int) lastQuarter.intColumn("max").max();
System.out.printf("In %s, on %s the children's team had %d open cases on %d caseworkers: %.1f on average, from %d to %d.%n",
    owner, lastDay, openCases, caseworkers, (double) openCases / caseworkers, fewest, most);
load;

//%% Deadlines: child assessments within four months
// The share of decisions made on or before the statutory deadline (Serviceloven § 50, stk. 7: four months), by
// year of application. Undecided cases still within their deadline are counted as pending, not late.
ResultTable onTime = deadlines(assessment);
int firstYear = (int) onTime.intColumn("year").min();
int lastYear = (int) onTime.intColumn("year").max();
Table firstRows = onTime.where(onTime.intColumn("year").isEqualTo(firstYear));
Table lastRows = onTime.where(onTime.intColumn("year").isEqualTo(lastYear));
double firstShare = 100 * firstRows.intColumn("on time").sum() / (firstRows.intColumn("on time").sum() + firstRows.intColumn("late").sum());
double lastShare = 100 * lastRows.intColumn("on time").sum() / (lastRows.intColumn("on time").sum() + lastRows.intColumn("late").sum());
System.out.printf("%s's child assessments on time: %.1f %% of %d applications in %d, %.1f %% in %d.%n",
    owner, firstShare, (int) firstRows.intColumn("applications").sum(), firstYear, lastShare, lastYear);
onTime;

//%% Durations: how long from application to decision?
// Percentiles of the days from application to decision (R's type 7, as pandas), by measure and year.
ResultTable times = processingTimes();
times.where(times.stringColumn("measure applied").isEqualTo(assessment));

//%% Does a case stay on the same step? Moves on the ladder
// Moves between a citizen's consecutive granted measures in the adult area; the share going down the ladder.
transitions();

//%% The money: children's spending per 0–17-year-old
// Spending on 5.28 (children and young people with special needs) per 0–17-year-old: the trend and where the
// municipality stands against its comparison group. 5.28.21 and 5.28.22 are official (REGK31).
Trend t = trend(kommune, "5.28");
Benchmark b = benchmark(kommune, "5.28", 2024);
System.out.print(b);
t;

//%% Children's spending as a chart
chart(t);

//%% Conclusion
System.out.printf("%s's case panel shows the caseload spread (%d–%d open cases per caseworker) and deadline compliance"
    + " moving from %.0f %% to %.0f %%; %s's children's spending changes %.1f %% a year in fixed prices.%n",
    owner, fewest, most, firstShare, lastShare, place.name(), t.growthFixed());

//%% What is synthetic
// All case-level figures are **synthetic** (case data is never public), and they are one municipality's training
// set whatever `kommune` says: the case tables name their owner. Spending on 5.28.21 and 5.28.22 is official
// (Statistics Denmark, REGK31); 5.28.20 and 5.28.23 are synthetic, and the 0–17 band is official 0–14 plus an
// estimated 15–17 (2021–2024: estimated from the 2016–2020 shares). Use the notebook to learn the
// method, not to quote the figures.
