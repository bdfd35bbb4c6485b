// # Exercise 1: Do we spend more than others — and what is it worth?
// **For trainers.** Work through the cells at the prompt (`/open notebooks/exercise-1-level.jsh` runs it all; or
// copy one cell at a time). Each cell has a question, a first line of code that runs, and a task marked
// **Your turn**. The answers are in `exercise-1-level-solution.jsh`.
//
// You will use: `level(area, year)`, `benchmark(kommune, area, year)`, `benchmark(kommune, area, year, group…)`,
// `trend(kommune, area)`, and Tablesaw's `first(n)`, `where(...)`, `sortOn(...)`.

//%% Parameters
String kommune = "Lejre";
String area = "5.38";
int year = 2024;

//%% 1. Who spends the most?
// Which five municipalities spend the most on adults with special needs per 18–64-year-old?
// **Your turn:** show only the first five rows, then only the municipalities in your own region.
Table ranking = level(area, year);
ranking.first(3);

//%% 2. Where do we rank?
// **Your turn:** find your municipality's rank and index against the national level in `ranking`
// (hint: `ranking.where(ranking.stringColumn("municipality").isEqualTo(...))`), then the same rank as a number
// from `benchmark(kommune, area, year).rank()`.
kommune(kommune);

//%% 3. What is the gap worth?
// `benchmark` compares with the comparison group (DST municipality group) and puts a DKK figure on the gap.
// **Your turn:** read the gap in DKK million. Is it a potential (we spend more) or not?
benchmark(kommune, area, year);

//%% 4. A comparison group of your own
// Consultants often compare with neighbours. **Your turn:** benchmark against three neighbouring municipalities
// of your choice and compare the gap with the one in question 3.
comparisonGroup(kommune);

//%% 5. Rising or falling?
// **Your turn:** is spending rising in fixed prices? Show the whole trend and read the growth rate under its
// table (`growthFixed()` gives it as a number).
trend(kommune, area).table().first(3);

//%% What is synthetic
// Most spending functions and the price index are synthetic training data, and the population's 0–17/18–64 split
// is an estimate made from official figures (`about("population")`): practise the method, do not quote the figures.
