// # Exercise 2 — solution: Many citizens or expensive ones? Volume, price and the ladder
// The answers to `exercise-2-volume-price.jsh`, computed when the notebook runs, so they hold for any municipality.

//%% Parameters
String kommune = "Lolland";
int year = 2024;

//%% 1. Volume or price?
PriceVolumeSplit split = priceVolume(kommune, "adults", year);
System.out.printf("Gap %,.0f DKK per 18-64-year-old: volume %,.0f, price %,.0f — %s.%n", split.gap(), split.volumeEffect(),
    split.priceEffect(), Math.abs(split.volumeEffect()) > Math.abs(split.priceEffect()) ? "a volume story" : "a price story");
split;

//%% 2. Which measure drives the volume effect?
Table byVolume = split.table().where(split.table().stringColumn("measure").isNotEqualTo("total")).sortDescendingOn("volume_effect");
System.out.println("Largest volume effect: " + byVolume.stringColumn("measure").get(0));
byVolume.selectColumns("measure", "volume", "volume_ref", "volume_effect", "price_effect");

//%% 3. A cheap municipality
Table ranking = level("5.38", year);
String cheapest = ranking.stringColumn("municipality").get(ranking.rowCount() - 1);
PriceVolumeSplit cheap = priceVolume(cheapest, "adults", year);
System.out.printf("%s: gap %,.0f, of which volume %,.0f and price %,.0f.%n", cheapest, cheap.gap(), cheap.volumeEffect(), cheap.priceEffect());
cheap;

//%% 4. Over time
int first = 2016;
PriceVolumeSplit overTime = priceVolume(kommune, "adults", first, year);
System.out.printf("%d-%d: %,.0f DKK per 18-64-year-old, volume %,.0f, price %,.0f.%n", first, year, overTime.gap(),
    overTime.volumeEffect(), overTime.priceEffect());
overTime;

//%% 5. Down the ladder?
Table moves = transitions();
Row last = moves.row(moves.rowCount() - 1);
System.out.printf("In %d, %.1f %% of the moves went down the ladder.%n", last.getInt("year"), last.getDouble("down share (%)"));
moves;

//%% What is synthetic
// Recipients, most spending functions and the case data are synthetic training data: practise the method, do not
// quote the figures.
