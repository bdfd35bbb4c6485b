package dk.styrbord.data.generator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes {@code spending.csv} (MIXED): net operating spending per municipality, year and function on
 * the specialised social area, in kroner and kroner per inhabitant, current prices.
 *
 * <p>OFFICIAL rows (5.28.21, 5.28.22, 5.38.45): per inhabitant exactly as published in REGK31 ("Pr.
 * indbygger, løbende priser", I alt (netto)); net = per inhabitant × the year's total population.
 *
 * <p>SYNTHETIC rows: adults' functions 5.38.38 (§85), 5.38.50 (§108), 5.38.52 (§107), 5.38.58 (§103)
 * and 5.38.59 (§104) are recipients × unit price, where the unit price = a national price × the
 * municipality's price level (DST-group level × log-normal sd {@link #PRICE_SD}, × {@link
 * SeedStories#priceLevel}) × a measure draw (sd {@link #MEASURE_PRICE_SD}) × the price index × {@link
 * #REAL_PRICE_GROWTH} a year (none: unit prices follow the index); the national price is set so 2024 spending per inhabitant hits the level in
 * {@link Measure} (5.38.50 1,200; 5.38.52 500; 5.38.38 700; 5.38.58 140; 5.38.59 290 kr.). Children's
 * 5.28.20 and 5.28.23 are placed children × a price per placed child with the municipality factor of
 * {@link RecipientsDataset} and {@link #PLACEMENT_REAL_PRICE_GROWTH} a year on top, calibrated to 430
 * and 380 kr. per inhabitant in 2024. 5.38.42 (§§ 109–110,
 * no recipients measure) is population × index^1.5 × a draw, calibrated to 170 kr. in 2024. Seed {@link #SEED};
 * per inhabitant = round(net ÷ total population).
 *
 * <p>Example: {@code java -cp target/classes dk.styrbord.data.generator.GenerateData data}.
 */
final class SpendingDataset {
  static final long SEED = 20160104L;
  private static final double PRICE_SD = 0.07;
  private static final double MEASURE_PRICE_SD = 0.06;
  private static final double REAL_PRICE_GROWTH = 0.0;
  /** Residential placements get dearer faster than the price index (more specialised placements). */
  private static final double PLACEMENT_REAL_PRICE_GROWTH = 0.015;
  private static final double REAL_VOLUME_GROWTH_5_38_42 = 0.01;
  private static final Map<String, Double> GROUP_PRICE = Map.of(
      "Hovedstadskommuner", 1.05, "Storbykommuner", 1.03, "Provinsbykommuner", 1.0,
      "Oplandskommuner", 0.99, "Landkommuner", 0.97);
  private static final List<String> OFFICIAL = List.of("5.28.21", "5.28.22", "5.38.45");
  private static final Map<String, Integer> CHILD_PLACEMENT_LEVEL = Map.of("5.28.20", 430, "5.28.23", 380);
  private static final int LEVEL_5_38_42 = 170;
  private static final Map<String, String> NAMES = Map.of(
      "5.28.20", "Opholdssteder mv. for børn og unge",
      "5.28.23", "Døgninstitutioner for børn og unge",
      "5.38.38", "Personlig støtte og pasning af personer med handicap mv.",
      "5.38.42", "Botilbud for personer med særlige sociale problemer (§§ 109-110)",
      "5.38.50", "Botilbud til længerevarende ophold (§ 108)",
      "5.38.52", "Botilbud til midlertidigt ophold (§ 107)",
      "5.38.58", "Beskyttet beskæftigelse (§ 103)",
      "5.38.59", "Aktivitets- og samværstilbud (§ 104)");

  /** One row of the dataset. */
  record Row(int code, int year, String function, long net, long perInhabitant, String source) {
    String area() {
      return function.startsWith("5.28") ? "children" : "adults";
    }
  }

  private final List<Row> rows = new ArrayList<>();
  private final MunicipalitiesDataset register;
  private final PopulationDataset population;
  private final RecipientsDataset recipients;
  private final PriceIndexDataset prices;
  private final Regk31Extract regk31;
  private final Map<Integer, Map<Measure, Double>> priceFactor = new HashMap<>();
  private final Map<Integer, Double> draw5_38_42 = new HashMap<>();

  SpendingDataset(MunicipalitiesDataset register, PopulationDataset population, SocioeconomicDataset need,
      RecipientsDataset recipients, Regk31Extract regk31, PriceIndexDataset prices) {
    this.register = register;
    this.population = population;
    this.recipients = recipients;
    this.prices = prices;
    this.regk31 = regk31;
    drawPriceFactors();
    OFFICIAL.forEach(this::addOfficial);
    CHILD_PLACEMENT_LEVEL.keySet().stream().sorted().forEach(this::addPlacementFunction);
    for (Measure measure : Measure.values()) {
      if (measure.adults()) {
        addAdultFunction(measure);
      }
    }
    add5_38_42(need);
    rows.sort(Comparator.comparingInt(Row::code).thenComparingInt(Row::year).thenComparing(Row::function));
  }

  List<Row> rows() {
    return rows;
  }

  CsvTable table() {
    CsvTable t = CsvTable.of("spending.csv", "code", "municipality", "year", "function", "function_name",
        "area", "net_dkk", "per_inhabitant", "source");
    for (Row r : rows) {
      String name = NAMES.containsKey(r.function()) ? NAMES.get(r.function()) : regk31.label(r.function());
      t.add(r.code(), register.byCode(r.code()).name(), r.year(), r.function(), name, r.area(), r.net(),
          r.perInhabitant(), r.source());
    }
    return t;
  }

  private void drawPriceFactors() {
    Draws draws = new Draws(SEED);
    for (Municipality m : register.all()) {
      double level = GROUP_PRICE.get(m.group()) * draws.factor(PRICE_SD) * SeedStories.priceLevel(m.code());
      Map<Measure, Double> own = new EnumMap<>(Measure.class);
      for (Measure measure : Measure.values()) {
        own.put(measure, level * draws.factor(MEASURE_PRICE_SD));
      }
      priceFactor.put(m.code(), own);
      draw5_38_42.put(m.code(), draws.factor(0.20));
    }
  }

  private void addOfficial(String function) {
    for (Municipality m : register.all()) {
      for (int y = Years.FIRST; y <= Years.LAST; y++) {
        long perInhabitant = regk31.perInhabitant(function, m.code(), y);
        rows.add(new Row(m.code(), y, function, perInhabitant * total(m.code(), y), perInhabitant,
            "REGK31 INDL × population"));
      }
    }
  }

  private void addAdultFunction(Measure measure) {
    double weighted = 0;
    for (Municipality m : register.all()) {
      weighted += recipients.count(m.code(), measure, Years.LAST) * priceFactor.get(m.code()).get(measure);
    }
    double price2024 = measure.perInhabitant2024 * population.nationalTotal(Years.LAST) / weighted;
    for (Municipality m : register.all()) {
      for (int y = Years.FIRST; y <= Years.LAST; y++) {
        double price = price2024 * priceFactor.get(m.code()).get(measure) * priceGrowth(y);
        addSynthetic(m.code(), y, measure.function, recipients.count(m.code(), measure, y) * price);
      }
    }
  }

  private void addPlacementFunction(String function) {
    double weighted = 0;
    for (Municipality m : register.all()) {
      weighted += recipients.count(m.code(), Measure.PLACEMENT, Years.LAST)
          * recipients.childPriceRelative(m.code(), Measure.PLACEMENT, Years.LAST);
    }
    double price2024 = CHILD_PLACEMENT_LEVEL.get(function) * population.nationalTotal(Years.LAST) / weighted;
    for (Municipality m : register.all()) {
      for (int y = Years.FIRST; y <= Years.LAST; y++) {
        double price = price2024 * recipients.childPriceRelative(m.code(), Measure.PLACEMENT, y)
            * StrictMath.pow(1 + PLACEMENT_REAL_PRICE_GROWTH, y - Years.LAST);
        addSynthetic(m.code(), y, function, recipients.count(m.code(), Measure.PLACEMENT, y) * price);
      }
    }
  }

  private void add5_38_42(SocioeconomicDataset need) {
    for (int y = Years.FIRST; y <= Years.LAST; y++) {
      Map<Integer, Double> raw = new HashMap<>();
      double sum = 0;
      for (Municipality m : register.all()) {
        double v = total(m.code(), y) * StrictMath.pow(need.index(m.code(), y), 1.5) * draw5_38_42.get(m.code());
        raw.put(m.code(), v);
        sum += v;
      }
      double target = LEVEL_5_38_42 * population.nationalTotal(y) * priceGrowth(y)
          * StrictMath.pow(1 + REAL_VOLUME_GROWTH_5_38_42, y - Years.LAST);
      for (Municipality m : register.all()) {
        addSynthetic(m.code(), y, "5.38.42", raw.get(m.code()) * target / sum);
      }
    }
  }

  private void addSynthetic(int code, int year, String function, double net) {
    long rounded = Math.round(net);
    rows.add(new Row(code, year, function, rounded, Math.round((double) rounded / total(code, year)), "synthetic"));
  }

  private double priceGrowth(int year) {
    return prices.fromBase(year) * StrictMath.pow(1 + REAL_PRICE_GROWTH, year - PriceIndexDataset.BASE);
  }

  private long total(int code, int year) {
    return population.of(code, year).total();
  }
}
