// # Exercise 2: Many citizens or expensive ones? Volume, price and the ladder
// **For trainers.** Lolland spends the most per inhabitant on adults with special needs, yet has some of the
// cheapest unit prices. Work through the cells; each has a question, a first line that runs, and a task marked
// **Your turn**. The answers are in `exercise-2-volume-price-solution.jsh`.
//
// You will use: `priceVolume(kommune, area, year)`, `priceVolume(kommune, area, fromYear, toYear)`,
// `compareRates(kommune, fromYear, toYear, measures...)`, `transitions()`.

//%% Parameters
String kommune = "Lolland";
int year = 2024;
int fromYear = 2016;

//%% 1. Volume or price?
// **Your turn:** read the sentence under the table. How much of the gap to the comparison group is volume, how
// much price, and how much is not split (spending on functions without counted recipients)? As numbers:
// `volumeEffect()`, `priceEffect()`, `notSplit()`.
priceVolume(kommune, "adults", year);

//%% 2. Which measure drives the volume effect?
// `measures()` holds the measure rows alone, without the row of spending that is not split.
// **Your turn:** sort the measures by `volume_effect` (hint: `.measures().sortDescendingOn("volume_effect")`).
// Does the measure at the top drive the volume effect whatever its sign?
priceVolume(kommune, "adults", year).measures().first(2);

//%% 3. A cheap municipality
// **Your turn:** pick the municipality with the lowest spending per 18–64-year-old in `level("5.38", year)` and
// split its gap. Is it cheap because of few citizens or low prices?
level("5.38", year).last(3);

//%% 4. Over time
// **Your turn:** split the change in your municipality's spending between `fromYear` and `year` (hint:
// `priceVolume(kommune, area, fromYear, toYear)`, in fixed prices of the later year). Here the citizens per 1,000
// in support in their own home (§85) in the two years, against the comparison group:
compareRates(kommune, fromYear, year, "§85");

//%% 5. Down the ladder?
// **Your turn:** what share of moves between steps went down the ladder in the last year? (case data: synthetic)
transitions();

//%% What is synthetic
// Recipients, most spending functions and the case data are synthetic training data: practise the method, do not
// quote the figures.
