// # Exercise 2: Many citizens or expensive ones? Volume, price and the ladder
// **For trainers.** Lolland spends the most per inhabitant on adults with special needs, yet has some of the
// cheapest unit prices. Work through the cells; each has a question, a first line that runs, and a task marked
// **Your turn**. The answers are in `exercise-2-volume-price-solution.jsh`.
//
// You will use: `priceVolume(kommune, area, year)`, `priceVolume(kommune, area, fromYear, toYear)`,
// `recipientRates(measure)`, `transitions()`.

//%% Parameters
String kommune = "Lolland";
int year = 2024;

//%% 1. Volume or price?
// **Your turn:** read the total row. How much of the gap to the comparison group is volume, how much price?
priceVolume(kommune, "adults", year);

//%% 2. Which measure drives the volume effect?
// **Your turn:** sort the split by `volume_effect` (hint: `.table().sortDescendingOn("volume_effect")`).
priceVolume(kommune, "adults", year).table().first(2);

//%% 3. A cheap municipality
// **Your turn:** pick the municipality with the lowest spending per 18–64-year-old in `level("5.38", year)` and
// split its gap. Is it cheap because of few citizens or low prices?
level("5.38", year).last(3);

//%% 4. Over time
// **Your turn:** split the change in your municipality's spending between 2016 and the last year.
recipientRates("§85").where(recipientRates("§85").stringColumn("municipality").isEqualTo(kommune(kommune).name())).first(3);

//%% 5. Down the ladder?
// **Your turn:** what share of moves between steps went down the ladder in the last year? (case data: synthetic)
transitions();

//%% What is synthetic
// Recipients, most spending functions and the case data are synthetic training data: practise the method, do not
// quote the figures.
