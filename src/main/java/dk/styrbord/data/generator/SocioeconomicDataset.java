package dk.styrbord.data.generator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes {@code socioeconomic.csv} (SYNTHETIC): a socio-economic index of expenditure need (1.000 =
 * national average, population-weighted mean exactly 1 each year) and three background figures per
 * municipality and year: disability-pension share of 18–64, share of 25–64 with only basic schooling,
 * and taxable income per inhabitant.
 *
 * <p>Method: the index is calibrated to a real signal of need, the official children's spending per
 * inhabitant (REGK31 5.28.21 + 5.28.22) relative to Hele landet: log index = {@link #SIGNAL_WEIGHT} ×
 * (0.7 × the municipality's 2016–2024 mean log ratio + 0.3 × the 3-year moving mean around the year)
 * + a DST-group effect ({@link #GROUP_EFFECT}) ± {@link #KNOWN_SHIFT} for the municipalities known to
 * have the highest and lowest need + a fixed draw (sd {@link #NOISE_SD}, seed {@link #SEED})
 * + Hørsholm's drift ({@link SeedStories}); then divided by its population-weighted mean and rounded
 * to 3 decimals, København absorbing the rounding so the weighted mean is 1.000. The other columns are
 * national levels ({@link #DISABILITY_PENSION}, {@link #BASIC_SCHOOLING}, {@link #TAXABLE_INCOME}:
 * 2016 and 2024, linear between) × index^elasticity × a fixed draw, rescaled to the national level.
 *
 * <p>Example: {@code java -cp target/classes dk.styrbord.data.generator.GenerateData data}.
 */
final class SocioeconomicDataset {
  static final long SEED = 20160102L;
  private static final double SIGNAL_WEIGHT = 0.5;
  /**
   * Municipalities known to sit at the ends of the ministry's socioøkonomisk indeks (noegletal.dk), where
   * children's spending alone is a weak signal: log shift {@link #KNOWN_SHIFT} up or down.
   */
  private static final Set<Integer> KNOWN_HIGH_NEED = Set.of(360, 183, 153, 165, 482, 376, 306);
  private static final Set<Integer> KNOWN_LOW_NEED = Set.of(230, 157, 223, 173, 201, 155, 269, 187);
  private static final double KNOWN_SHIFT = 0.2;
  private static final double NOISE_SD = 0.04;
  private static final Map<String, Double> GROUP_EFFECT = Map.of(
      "Hovedstadskommuner", -0.03, "Storbykommuner", 0.03, "Provinsbykommuner", 0.02,
      "Oplandskommuner", -0.02, "Landkommuner", 0.05);

  /**
   * A background figure: national level in 2016 and 2024 (linear between), its elasticity to the index,
   * the spread of the municipality draw, and whether it is a share of 18–64-year-olds or per inhabitant.
   */
  private record Background(double first, double last, double elasticity, double sd, boolean perAdult) {
    double national(int year) {
      return first + (last - first) * (year - Years.FIRST) / (Years.LAST - Years.FIRST);
    }
  }

  /** National % of 18–64 on disability pension. */
  private static final Background DISABILITY_PENSION = new Background(6.9, 6.2, 1.3, 0.10, true);
  /** National % of 25–64 with only basic schooling (weighted by 18–64 as the nearest band). */
  private static final Background BASIC_SCHOOLING = new Background(21.8, 18.9, 0.7, 0.08, true);
  /** National taxable income per inhabitant, kr. */
  private static final Background TAXABLE_INCOME = new Background(200_000, 232_000, -0.9, 0.07, false);

  /** One municipality-year. */
  record Row(double index, double disabilityPension, double basicSchooling, long taxableIncome) {}

  private final Map<Integer, Map<Integer, Row>> rows = new HashMap<>();
  private final List<Municipality> municipalities;

  SocioeconomicDataset(MunicipalitiesDataset register, PopulationDataset population, Regk31Extract regk31) {
    this.municipalities = register.all();
    Draws draws = new Draws(SEED);
    Map<Integer, Double> noise = new HashMap<>();
    Map<Background, Map<Integer, Double>> own = Map.of(
        DISABILITY_PENSION, new HashMap<>(), BASIC_SCHOOLING, new HashMap<>(), TAXABLE_INCOME, new HashMap<>());
    for (Municipality m : municipalities) {
      noise.put(m.code(), NOISE_SD * draws.gaussian());
      for (Background b : List.of(DISABILITY_PENSION, BASIC_SCHOOLING, TAXABLE_INCOME)) {
        own.get(b).put(m.code(), draws.factor(b.sd()));
      }
    }
    for (int y = Years.FIRST; y <= Years.LAST; y++) {
      Map<Integer, Double> index = index(y, population, regk31, noise);
      Map<Integer, Double> pension = scaled(DISABILITY_PENSION, index, own.get(DISABILITY_PENSION), y, population);
      Map<Integer, Double> schooling = scaled(BASIC_SCHOOLING, index, own.get(BASIC_SCHOOLING), y, population);
      Map<Integer, Double> income = scaled(TAXABLE_INCOME, index, own.get(TAXABLE_INCOME), y, population);
      for (Municipality m : municipalities) {
        int c = m.code();
        rows.computeIfAbsent(c, k -> new HashMap<>()).put(y,
            new Row(index.get(c), pension.get(c), schooling.get(c), Math.round(income.get(c) / 100) * 100));
      }
    }
  }

  /** The index as published (3 decimals). */
  double index(int code, int year) {
    return rows.get(code).get(year).index();
  }

  CsvTable table() {
    CsvTable t = CsvTable.of("socioeconomic.csv", "code", "municipality", "year", "socioeconomic_index",
        "disability_pension_share", "basic_schooling_share", "taxable_income_per_inhabitant");
    for (Municipality m : municipalities) {
      for (int y = Years.FIRST; y <= Years.LAST; y++) {
        Row r = rows.get(m.code()).get(y);
        t.add(m.code(), m.name(), y, CsvTable.decimal(r.index(), 3), CsvTable.decimal(r.disabilityPension(), 1),
            CsvTable.decimal(r.basicSchooling(), 1), r.taxableIncome());
      }
    }
    return t;
  }

  private Map<Integer, Double> index(int year, PopulationDataset population, Regk31Extract regk31, Map<Integer, Double> noise) {
    Map<Integer, Double> raw = new HashMap<>();
    for (Municipality m : municipalities) {
      double log = SIGNAL_WEIGHT * (0.7 * meanSignal(m.code(), Years.FIRST, Years.LAST, regk31)
          + 0.3 * meanSignal(m.code(), year - 1, year + 1, regk31))
          + GROUP_EFFECT.get(m.group()) + noise.get(m.code()) + knownShift(m.code());
      raw.put(m.code(), StrictMath.exp(log) * SeedStories.needDrift(m.code(), year));
    }
    return roundedToUnitMean(raw, year, population);
  }

  private static double knownShift(int code) {
    return KNOWN_HIGH_NEED.contains(code) ? KNOWN_SHIFT : KNOWN_LOW_NEED.contains(code) ? -KNOWN_SHIFT : 0.0;
  }

  private static double meanSignal(int code, int from, int to, Regk31Extract regk31) {
    double sum = 0;
    int n = 0;
    for (int y = Math.max(from, Years.FIRST); y <= Math.min(to, Years.LAST); y++) {
      double own = regk31.perInhabitant("5.28.21", code, y) + regk31.perInhabitant("5.28.22", code, y);
      double national = regk31.national("5.28.21", y) + regk31.national("5.28.22", y);
      sum += StrictMath.log(Math.max(own, 1.0) / national);
      n++;
    }
    return sum / n;
  }

  /** Divides by the population-weighted mean, rounds to 3 decimals, lets København absorb the rest. */
  private Map<Integer, Double> roundedToUnitMean(Map<Integer, Double> raw, int year, PopulationDataset population) {
    double weight = population.nationalTotal(year);
    double mean = weightedSum(raw, year, population) / weight;
    Map<Integer, Double> rounded = new HashMap<>();
    raw.forEach((code, v) -> rounded.put(code, round3(v / mean)));
    int largest = 101;
    double residual = weight - weightedSum(rounded, year, population);
    rounded.put(largest, round3(rounded.get(largest) + residual / population.of(largest, year).total()));
    return rounded;
  }

  private double weightedSum(Map<Integer, Double> values, int year, PopulationDataset population) {
    double sum = 0;
    for (Municipality m : municipalities) {
      sum += values.get(m.code()) * population.of(m.code(), year).total();
    }
    return sum;
  }

  /** National level × index^elasticity × the municipality draw, rescaled so the weighted mean is the level. */
  private Map<Integer, Double> scaled(Background figure, Map<Integer, Double> index, Map<Integer, Double> own,
      int year, PopulationDataset population) {
    Map<Integer, Double> raw = new HashMap<>();
    double sum = 0;
    double weight = 0;
    for (Municipality m : municipalities) {
      double v = StrictMath.pow(index.get(m.code()), figure.elasticity()) * own.get(m.code());
      PopulationDataset.Bands b = population.of(m.code(), year);
      double w = figure.perAdult() ? b.adults() : b.total();
      raw.put(m.code(), v);
      sum += v * w;
      weight += w;
    }
    double scale = figure.national(year) * weight / sum;
    raw.replaceAll((code, v) -> v * scale);
    return raw;
  }

  private static double round3(double v) {
    return Double.parseDouble(CsvTable.decimal(v, 3));
  }
}
