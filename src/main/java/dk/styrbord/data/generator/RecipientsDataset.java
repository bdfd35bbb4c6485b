package dk.styrbord.data.generator;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes {@code recipients.csv} (SYNTHETIC): recipients (persons, yearly average) per municipality, year
 * and measure: §108, §107, §85, §103 and §104 for adults; placed children (anbringelse) and preventive
 * measures (forebyggende) for children.
 *
 * <p>Adults: recipients ∝ 18–64-year-olds × socio-economic index^elasticity × a municipality practice
 * factor (log-normal, sd {@link #PRACTICE_SD} common to the measures and {@link #MEASURE_SD} per measure;
 * seed {@link #SEED}) × the seed-story multipliers of {@link SeedStories}; scaled so the 98 sum to the
 * national level of {@link Measure} (2024: §108 10,500, §107 5,500, §85 45,000, §103 8,000, §104
 * 22,000, moved back by each measure's trend). Morsø's 2020–2024 values are then set from its 2019 value
 * and the story's cuts.
 *
 * <p>Children follow the OFFICIAL spending: recipients = REGK31 net spending (per inhabitant × total
 * population) ÷ a synthetic unit price = national price × a municipality factor uniform in ±{@link
 * #CHILD_PRICE_SPREAD}. Placed children are counted from 5.28.22 (foster families), preventive measures
 * from 5.28.21. The national price is set so 2024 gives 11,500 placed and 30,000 preventive, and moves
 * with the price index plus {@link #CHILD_REAL_GROWTH} a year; volume × price so reproduces real spending.
 *
 * <p>Example: {@code java -cp target/classes dk.styrbord.data.generator.GenerateData data}.
 */
final class RecipientsDataset {
  static final long SEED = 20160103L;
  private static final double PRACTICE_SD = 0.08;
  private static final double MEASURE_SD = 0.10;
  private static final double CHILD_PRICE_SPREAD = 0.15;
  private static final double CHILD_REAL_GROWTH = 0.01;
  /** The official function each children's measure is counted from. */
  static final Map<Measure, String> CHILD_SOURCE_FUNCTION = Map.of(
      Measure.PLACEMENT, "5.28.22", Measure.PREVENTIVE, "5.28.21");

  private final List<Municipality> municipalities;
  private final Map<Integer, Map<Measure, Map<Integer, Integer>>> counts = new HashMap<>();
  private final Map<Integer, Map<Measure, Double>> childPriceFactor = new HashMap<>();
  private final Map<Measure, Double> childPrice2024 = new EnumMap<>(Measure.class);
  private final PriceIndexDataset prices;

  RecipientsDataset(MunicipalitiesDataset register, PopulationDataset population, SocioeconomicDataset need,
      Regk31Extract regk31, PriceIndexDataset prices) {
    this.municipalities = register.all();
    this.prices = prices;
    Draws draws = new Draws(SEED);
    Map<Integer, Map<Measure, Double>> practice = new HashMap<>();
    for (Municipality m : municipalities) {
      double common = draws.factor(PRACTICE_SD);
      Map<Measure, Double> own = new EnumMap<>(Measure.class);
      Map<Measure, Double> childFactor = new EnumMap<>(Measure.class);
      for (Measure measure : Measure.values()) {
        own.put(measure, common * draws.factor(MEASURE_SD));
        childFactor.put(measure, draws.between(1 - CHILD_PRICE_SPREAD, 1 + CHILD_PRICE_SPREAD));
      }
      practice.put(m.code(), own);
      childPriceFactor.put(m.code(), childFactor);
      counts.put(m.code(), new EnumMap<>(Measure.class));
    }
    for (Measure measure : Measure.values()) {
      if (measure.adults()) {
        countAdults(measure, population, need, practice);
      } else {
        countChildren(measure, population, regk31);
      }
    }
  }

  int count(int code, Measure measure, int year) {
    return counts.get(code).get(measure).get(year);
  }

  /** The synthetic unit price of a children's measure in a municipality, kr. per recipient. */
  double childUnitPrice(int code, Measure measure, int year) {
    return childPrice2024.get(measure) * childPriceRelative(code, measure, year);
  }

  /** A children's unit price relative to the national 2024 price: municipality factor × growth. */
  double childPriceRelative(int code, Measure measure, int year) {
    return childPriceFactor.get(code).get(measure) * growth(year);
  }

  CsvTable table() {
    CsvTable t = CsvTable.of("recipients.csv",
        "code", "municipality", "year", "measure", "measure_name", "area", "function", "recipients");
    for (Municipality m : municipalities) {
      for (int y = Years.FIRST; y <= Years.LAST; y++) {
        for (Measure measure : Measure.values()) {
          t.add(m.code(), m.name(), y, measure.code, measure.label, measure.area, measure.function,
              count(m.code(), measure, y));
        }
      }
    }
    return t;
  }

  private void countAdults(Measure measure, PopulationDataset population, SocioeconomicDataset need,
      Map<Integer, Map<Measure, Double>> practice) {
    for (int y = Years.FIRST; y <= Years.LAST; y++) {
      Map<Integer, Double> raw = new HashMap<>();
      double sum = 0;
      for (Municipality m : municipalities) {
        double v = population.of(m.code(), y).adults()
            * StrictMath.pow(need.index(m.code(), y), measure.needElasticity)
            * practice.get(m.code()).get(measure) * SeedStories.volume(m.code(), measure, y);
        raw.put(m.code(), v);
        sum += v;
      }
      double scale = measure.national(y) / sum;
      for (Municipality m : municipalities) {
        put(m.code(), measure, y, (int) Math.round(raw.get(m.code()) * scale));
      }
    }
    if (SeedStories.MORSOE_CUTS.containsKey(measure)) {
      applyMorsoeTurnaround(measure);
    }
  }

  /** Morsø after 2019: 55 % of the cut in 2020, the whole cut by 2021, national trend after. */
  private void applyMorsoeTurnaround(Measure measure) {
    int code = SeedStories.MORSOE;
    double cut = SeedStories.MORSOE_CUTS.get(measure);
    int base = count(code, measure, SeedStories.MORSOE_INTERVENTION);
    for (int y = SeedStories.MORSOE_INTERVENTION + 1; y <= Years.LAST; y++) {
      double ratio = y == SeedStories.MORSOE_INTERVENTION + 1
          ? 1 - 0.55 * cut
          : (1 - cut) * StrictMath.pow(1 + measure.trend, y - SeedStories.MORSOE_INTERVENTION - 2);
      put(code, measure, y, (int) Math.round(base * ratio));
    }
  }

  private void countChildren(Measure measure, PopulationDataset population, Regk31Extract regk31) {
    String function = CHILD_SOURCE_FUNCTION.get(measure);
    double deflated = 0;
    for (Municipality m : municipalities) {
      deflated += net(regk31, population, function, m.code(), Years.LAST) / childPriceFactor.get(m.code()).get(measure);
    }
    childPrice2024.put(measure, deflated / measure.national2024);
    for (Municipality m : municipalities) {
      for (int y = Years.FIRST; y <= Years.LAST; y++) {
        double n = net(regk31, population, function, m.code(), y) / childUnitPrice(m.code(), measure, y);
        put(m.code(), measure, y, (int) Math.max(0, Math.round(n)));
      }
    }
  }

  private double growth(int year) {
    return prices.fromBase(year) * StrictMath.pow(1 + CHILD_REAL_GROWTH, year - PriceIndexDataset.BASE);
  }

  private static double net(Regk31Extract regk31, PopulationDataset population, String function, int code, int year) {
    return (double) regk31.perInhabitant(function, code, year) * population.of(code, year).total();
  }

  private void put(int code, Measure measure, int year, int value) {
    counts.get(code).computeIfAbsent(measure, k -> new HashMap<>()).put(year, value);
  }
}
