// # The caseworker panel: caseload, durations and deadlines that bust myths
// **The story (Varde, 2018).** Varde Kommune built one shared data panel for the children's area: caseload per
// caseworker, number of cases, duration and effect of measures, and whether child assessments (børnefaglige
// undersøgelser) met the statutory four-month deadline. Looking at the same figures every month busted a few myths
// — and spending on the area fell from 2017 to 2018.
//
// This notebook builds such a panel from case-level data, then puts the municipality's spending on children with
// special needs (5.28) next to it. **The case data are a synthetic training set** for one municipality (named
// Sønderborg in the catalog); with your own case extract in the same columns, pass it to the same helpers:
// `caseload(myCases)`, `deadlines(myCases, "børnefaglig undersøgelse")`.
//
// Run it for another municipality: `./workbench run notebooks/varde.jsh --param kommune=Esbjerg`.

//%% Parameters
// `kommune` is whose spending we put next to the panel; `assessment` is the measure with a statutory deadline.
String kommune = "Varde";
String assessment = "børnefaglig undersøgelse";

//%% Caseload per caseworker
// Open cases per caseworker at each quarter end, by team: the spread between the lightest and the heaviest
// caseload is often the first myth to go.
Table load = caseload();
Table children = load.where(load.stringColumn("team").isEqualTo("børn og unge"));
Row lastQuarter = children.row(children.rowCount() - 1);
System.out.printf("On %s the children's team had %d open cases on %d caseworkers: %.1f on average, from %d to %d.%n",
    lastQuarter.getDate("date"), lastQuarter.getInt("open cases"), lastQuarter.getInt("caseworkers"),
    lastQuarter.getDouble("mean per caseworker"), lastQuarter.getInt("min"), lastQuarter.getInt("max"));
children;

//%% Deadlines: child assessments within four months
// The share of decisions made on or before the statutory deadline (Serviceloven § 50, stk. 7: four months), by
// year of application. Undecided cases still within their deadline are counted as pending, not late.
Table onTime = deadlines(assessment);
Row first = onTime.row(0);
Row last = onTime.row(onTime.rowCount() - 1);
System.out.printf("On time: %.1f %% of %d applications in %d, %.1f %% in %d.%n",
    first.getDouble("on time (%)"), first.getInt("year"), first.getInt("year"),
    last.getDouble("on time (%)"), last.getInt("year"));
onTime;

//%% Durations: how long from application to decision?
// Percentiles of the days from application to decision (R's type 7, as pandas), by measure and year.
Table times = processingTimes();
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
System.out.printf("The panel shows the caseload spread (%d–%d open cases per caseworker), deadline compliance moving from %.0f %% to %.0f %%,"
    + " and %s's children's spending changing %.1f %% a year in fixed prices.%n",
    lastQuarter.getInt("min"), lastQuarter.getInt("max"), first.getDouble("on time (%)"), last.getDouble("on time (%)"),
    kommune(kommune).name(), t.growthFixed());

//%% What is synthetic
// All case-level figures are **synthetic** (case data is never public). Spending on 5.28.21 and 5.28.22 is official
// (Statistics Denmark, REGK31); 5.28.20, 5.28.23 and the age bands are synthetic. Use the notebook to learn the
// method, not to quote the figures.
