// # Exercise 2 — solution: Many citizens or expensive ones? Volume, price and the ladder
// The answers to `exercise-2-volume-price.jsh`, computed when the notebook runs, so they hold for any municipality.

//%% Parameters
String kommune = "Lolland";
int year = 2024;
int fromYear = 2016;

//%% 1. Volume or price?
PriceVolumeSplit split = priceVolume(kommune, "adults", year);
System.out.printf("Gap %,.0f DKK per 18-64-year-old: volume %+,.0f, price %+,.0f, not split %+,.0f — %s.%n", split.gap(),
    split.volumeEffect(), split.priceEffect(), split.notSplit(), split.story());
split;

//%% 2. Which measure drives the volume effect?
// The measure rows alone, sorted. The driver is the measure that moves the most in the direction of the whole
// volume effect: the largest volume_effect when the total is positive, the most negative one when it is negative
// — the top row of the sort is the answer only in the first case.
Table byVolume = split.measures().sortDescendingOn("volume_effect");
DoubleColumn volumeEffect = byVolume.doubleColumn("volume_effect");
Table driver = byVolume.where(volumeEffect.isEqualTo(split.volumeEffect() >= 0 ? volumeEffect.max() : volumeEffect.min()));
System.out.printf("The volume effect in all is %+,.0f DKK; %s drives it with %+,.0f DKK.%n", split.volumeEffect(),
    String.join(", ", driver.stringColumn("measure").asList()), split.volumeEffect() >= 0 ? volumeEffect.max() : volumeEffect.min());
byVolume.selectColumns("measure", "volume", "volume_ref", "volume_effect", "price_effect");

//%% 3. A cheap municipality
// The municipality with the lowest spending per 18–64-year-old, read by its value with `where`.
Table ranking = level("5.38", year);
Table lowest = ranking.where(ranking.doubleColumn("per_inhabitant").isEqualTo(ranking.doubleColumn("per_inhabitant").min()));
String cheapest = lowest.stringColumn("municipality").get(0);
PriceVolumeSplit cheap = priceVolume(cheapest, "adults", year);
System.out.printf("%s: gap %,.0f, of which volume %+,.0f, price %+,.0f and not split %+,.0f — %s.%n", cheapest, cheap.gap(),
    cheap.volumeEffect(), cheap.priceEffect(), cheap.notSplit(), cheap.story());
cheap;

//%% 4. Over time
PriceVolumeSplit overTime = priceVolume(kommune, "adults", fromYear, year);
System.out.printf("%d-%d: %+,.0f DKK per 18-64-year-old in %s, volume %+,.0f, price %+,.0f, not split %+,.0f.%n", fromYear,
    year, overTime.gap(), overTime.info().priceBasis().english(), overTime.volumeEffect(), overTime.priceEffect(),
    overTime.notSplit());
overTime;

//%% 5. Down the ladder?
// The last year of the case data, read by its value with `where`.
Table moves = transitions();
int lastCaseYear = (int) moves.intColumn("year").max();
Table last = moves.where(moves.intColumn("year").isEqualTo(lastCaseYear));
System.out.printf("In %d, %.1f %% of the moves went down the ladder.%n", lastCaseYear, last.doubleColumn("down share (%)").get(0));
moves;

//%% What is synthetic
// Recipients, most spending functions and the case data are synthetic training data: practise the method, do not
// quote the figures.
