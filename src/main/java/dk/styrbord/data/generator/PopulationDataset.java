package dk.styrbord.data.generator;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntToDoubleFunction;

/**
 * Makes {@code population.csv} (MIXED): population on 1 January 2016–2024 per municipality, in three
 * age bands (0–17, 18–64, 65+) that add up exactly to the total.
 *
 * <p>Totals (column {@code total_source} says which): OFFICIAL for 2020 (FOLK1A 2020K1, I alt) and
 * 2022–2024 (FOLK1AM 2022M01, 2023M01, 2024M01). Estimates otherwise: 2021 is interpolated linearly
 * between 2020K1 and 2021M10 (12 of 21 months); 2016–2019 are back-cast at the municipality's own
 * average annual growth 2020–2024.
 *
 * <p>Age bands are SYNTHETIC: the national band shares of each year come from the code-form FOLK1A
 * file (OMRÅDE 000, single ages, age 38 missing there and interpolated as the mean of 37 and 39;
 * 2021–2024 extend the 2016–2020 trend linearly). Each municipality's shares are the national ones
 * times a DST-group factor ({@link #GROUP_FACTORS}: more 65+ in Landkommuner, more 18–64 in the
 * capital and big-city groups) and a fixed per-municipality draw (seed {@link #SEED}), renormalised.
 * Where the file has the municipality itself (147, 400, 461, 561, 751, 851) its official shares are
 * used for 2016–2020 and its 2020 ratio to the national shares after that.
 *
 * <p>Example: {@code java -cp target/classes dk.styrbord.data.generator.GenerateData data}.
 */
final class PopulationDataset {
  static final long SEED = 20160101L;

  /** Multipliers on the national 0–17, 18–64 and 65+ shares by DST group (calibration). */
  private static final Map<String, double[]> GROUP_FACTORS = Map.of(
      "Hovedstadskommuner", new double[] {1.02, 1.04, 0.86},
      "Storbykommuner", new double[] {0.92, 1.09, 0.76},
      "Provinsbykommuner", new double[] {1.00, 1.00, 1.00},
      "Oplandskommuner", new double[] {1.06, 0.96, 1.06},
      "Landkommuner", new double[] {0.94, 0.93, 1.22});

  private static final Set<String> AGE_FILE_AREAS = Set.of("000", "147", "400", "461", "561", "751", "851");

  /** One municipality-year. */
  record Bands(int children, int adults, int elderly, int total, String source) {}

  private final Map<Integer, Map<Integer, Bands>> bands = new HashMap<>();
  private final List<Municipality> municipalities;

  PopulationDataset(Path sources, MunicipalitiesDataset register) {
    this.municipalities = register.all();
    Map<Integer, Integer> total2020 = readFolk1a(sources.resolve("FOLK1A_2020K1_civilstand.csv"), register);
    Map<Integer, Map<String, Integer>> monthly = readFolk1am(sources.resolve("FOLK1AM_2021M10-2024M04.csv"), register);
    Map<String, Map<Integer, double[]>> ageShares = readAgeShares(sources.resolve("FOLK1A_age_2008-2020.csv"));
    Draws draws = new Draws(SEED);
    for (Municipality m : municipalities) {
      double[] own = {draws.factor(0.05), 1.0, draws.factor(0.08)};
      Map<Integer, Bands> years = new HashMap<>();
      for (int y = Years.FIRST; y <= Years.LAST; y++) {
        Total t = total(y, total2020.get(m.code()), monthly.get(m.code()));
        years.put(y, split(t, shares(m, y, own, ageShares)));
      }
      bands.put(m.code(), years);
    }
  }

  Bands of(int code, int year) {
    return bands.get(code).get(year);
  }

  /** Sum of the 98 totals of a year. */
  long nationalTotal(int year) {
    return municipalities.stream().mapToLong(m -> of(m.code(), year).total()).sum();
  }

  CsvTable table() {
    CsvTable t = CsvTable.of("population.csv",
        "code", "municipality", "year", "age_0_17", "age_18_64", "age_65_plus", "total", "total_source");
    for (Municipality m : municipalities) {
      for (int y = Years.FIRST; y <= Years.LAST; y++) {
        Bands b = of(m.code(), y);
        t.add(m.code(), m.name(), y, b.children(), b.adults(), b.elderly(), b.total(), b.source());
      }
    }
    return t;
  }

  private record Total(int value, String source) {}

  private static Total total(int year, int p2020, Map<String, Integer> monthly) {
    if (year == 2020) {
      return new Total(p2020, "FOLK1A 2020K1");
    }
    if (year >= 2022) {
      String month = year + "M01";
      return new Total(monthly.get(month), "FOLK1AM " + month);
    }
    if (year == 2021) {
      double value = p2020 + (monthly.get("2021M10") - p2020) * 12.0 / 21.0;
      return new Total((int) Math.round(value), "estimate: linear interpolation FOLK1A 2020K1 to FOLK1AM 2021M10");
    }
    double growth = StrictMath.pow((double) monthly.get("2024M01") / p2020, 1.0 / 4.0);
    double value = p2020 * StrictMath.pow(growth, year - 2020);
    return new Total((int) Math.round(value), "estimate: back-cast at own average annual growth 2020-2024");
  }

  private static Bands split(Total total, double[] shares) {
    int children = (int) Math.round(total.value() * shares[0]);
    int elderly = (int) Math.round(total.value() * shares[2]);
    return new Bands(children, total.value() - children - elderly, elderly, total.value(), total.source());
  }

  private static double[] shares(Municipality m, int year, double[] own, Map<String, Map<Integer, double[]>> ageShares) {
    double[] national = extended(ageShares.get("000"), year);
    String area = String.format("%03d", m.code());
    if (ageShares.containsKey(area) && year <= 2020) {
      return ageShares.get(area).get(year);
    }
    if (ageShares.containsKey(area)) {
      double[] official2020 = ageShares.get(area).get(2020);
      double[] national2020 = ageShares.get("000").get(2020);
      return normalised(national, i -> official2020[i] / national2020[i]);
    }
    double[] group = GROUP_FACTORS.get(m.group());
    return normalised(national, i -> group[i] * own[i]);
  }

  private static double[] extended(Map<Integer, double[]> shares, int year) {
    if (year <= 2020) {
      return shares.get(year);
    }
    double[] first = shares.get(2016);
    double[] last = shares.get(2020);
    return normalised(last, i -> 1 + (last[i] - first[i]) / 4.0 * (year - 2020) / last[i]);
  }

  private static double[] normalised(double[] base, IntToDoubleFunction factor) {
    double[] result = new double[3];
    double sum = 0;
    for (int i = 0; i < 3; i++) {
      result[i] = base[i] * factor.applyAsDouble(i);
      sum += result[i];
    }
    for (int i = 0; i < 3; i++) {
      result[i] /= sum;
    }
    return result;
  }

  private static Map<Integer, Integer> readFolk1a(Path file, MunicipalitiesDataset register) {
    Map<Integer, Integer> totals = new HashMap<>();
    for (List<String> row : SourceText.rows(file, ';')) {
      if (row.get(0).equals("I alt") && register.isMunicipality(row.get(1))) {
        totals.put(register.codeOf(row.get(1)), Integer.parseInt(row.get(3)));
      }
    }
    return totals;
  }

  private static Map<Integer, Map<String, Integer>> readFolk1am(Path file, MunicipalitiesDataset register) {
    Map<Integer, Map<String, Integer>> byCode = new HashMap<>();
    for (List<String> row : SourceText.rows(file, ';')) {
      if (register.isMunicipality(row.get(0))) {
        byCode.computeIfAbsent(register.codeOf(row.get(0)), c -> new HashMap<>())
            .put(row.get(1), Integer.parseInt(row.get(2)));
      }
    }
    return byCode;
  }

  /** Band shares by area code and year from the single-age code-form file, age 38 interpolated. */
  private static Map<String, Map<Integer, double[]>> readAgeShares(Path file) {
    Map<String, Map<Integer, double[]>> counts = new HashMap<>();
    for (List<String> row : SourceText.rows(file, ';')) {
      int year = Integer.parseInt(row.get(3).substring(0, 4));
      if (!AGE_FILE_AREAS.contains(row.get(0)) || year < Years.FIRST) {
        continue;
      }
      double[] ages = counts.computeIfAbsent(row.get(0), a -> new HashMap<>())
          .computeIfAbsent(year, y -> new double[101]);
      ages[Integer.parseInt(row.get(2))] += Integer.parseInt(row.get(4));
    }
    Map<String, Map<Integer, double[]>> shares = new HashMap<>();
    counts.forEach((area, years) -> years.forEach((year, ages) ->
        shares.computeIfAbsent(area, a -> new HashMap<>()).put(year, bandShares(ages))));
    return shares;
  }

  private static double[] bandShares(double[] ages) {
    ages[38] = (ages[37] + ages[39]) / 2.0;
    double[] bands = new double[3];
    for (int age = 0; age < ages.length; age++) {
      bands[age < 18 ? 0 : age < 65 ? 1 : 2] += ages[age];
    }
    return normalised(bands, i -> 1.0);
  }
}
