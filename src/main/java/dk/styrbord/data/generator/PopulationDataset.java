package dk.styrbord.data.generator;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * Makes {@code population.csv} (MIXED): population on 1 January 2016–2024 per municipality, in three
 * age bands (0–17, 18–64, 65+) that add up exactly to the total. {@code total_source} and
 * {@code age_source} say row by row what is official and what is estimated.
 *
 * <p>Totals are all OFFICIAL: 2016–2019 FOLK1B (quarter 1), 2020 FOLK1A 2020K1 (equal to FOLK1B
 * 2020Q1, checked), 2021 FOLK1A 2021K1, 2022–2024 FOLK1AM January.
 *
 * <p>Bands 2016–2020: 65+ is OFFICIAL (FOLK1B's 5-year groups). 0–17 = FOLK1B's official 0–14 + an
 * ESTIMATE of the 15–17-year-olds inside FOLK1B's 15–19 group: 15–19 × the municipality's own share of
 * 15–17 in 15–19 on 1 January 2014 (FOLK1A 2014K1 single ages) × the national change of that share
 * from 2014 to the year (FOLK1A Hele landet single ages). Where the single-age file has the
 * municipality itself (147, 400, 461, 561, 751, 851) its official 0–17 is used. 18–64 = total − 0–17 − 65+.
 *
 * <p>Bands 2021–2024 are ESTIMATES: each municipality's 0–17 and 65+ shares continue their own
 * 2016–2020 trend linearly ({@code s2020 + (s2020 − s2016) / 4 × (year − 2020)}) and are applied to
 * the official total; 18–64 takes the rest. No random draws.
 *
 * <p>Example: {@code java -cp target/classes dk.styrbord.data.generator.GenerateData data}.
 */
final class PopulationDataset {
  private static final Set<String> AGE_FILE_AREAS = Set.of("000", "147", "400", "461", "561", "751", "851");
  private static final String NATIONAL = "000";
  private static final int SHARE_YEAR = 2014;
  private static final String TOTALS_2021 = "FOLK1A_2021K1_totals.csv";
  private static final String AGES_2014 = "FOLK1A_2014K1_ages_15-19.csv";
  static final String TREND_SOURCE =
      "estimate: official total × own 0-17 and 65+ shares continued on their 2016-2020 trend";

  /** One municipality-year. */
  record Bands(int children, int adults, int elderly, int total, String source, String ageSource) {}

  private final Map<Integer, Map<Integer, Bands>> bands = new HashMap<>();
  private final List<Municipality> municipalities;

  PopulationDataset(Path sources, MunicipalitiesDataset register) {
    this.municipalities = register.all();
    Map<Integer, Integer> total2020 = readFolk1a(sources.resolve("FOLK1A_2020K1_civilstand.csv"), register);
    Map<Integer, Integer> total2021 = readTotals2021(sources.resolve(TOTALS_2021), register);
    Map<Integer, Map<String, Integer>> monthly = readFolk1am(sources.resolve("FOLK1AM_2021M10-2024M04.csv"), register);
    Map<String, Map<Integer, int[]>> singleAges = readSingleAges(sources.resolve("FOLK1A_age_2008-2020.csv"));
    Map<Integer, Double> share2014 = readShares2014(sources.resolve(AGES_2014), register);
    Folk1bExtract folk1b = new Folk1bExtract(sources, register);
    for (Municipality m : municipalities) {
      Map<Integer, Bands> years = new HashMap<>();
      for (int y = Folk1bExtract.FIRST; y <= Folk1bExtract.LAST; y++) {
        int total = y == 2020 ? checked2020(m, total2020.get(m.code()), folk1b) : folk1b.of(m.code(), y).total();
        years.put(y, official(m, y, total, folk1b.of(m.code(), y), singleAges, share2014.get(m.code())));
      }
      for (int y = Folk1bExtract.LAST + 1; y <= Years.LAST; y++) {
        Total t = y == 2021
            ? new Total(total2021.get(m.code()), "FOLK1A 2021K1")
            : new Total(monthly.get(m.code()).get(y + "M01"), "FOLK1AM " + y + "M01");
        years.put(y, continued(t, years.get(2016), years.get(2020), y));
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
    CsvTable t = CsvTable.of("population.csv", "code", "municipality", "year",
        "age_0_17", "age_18_64", "age_65_plus", "total", "total_source", "age_source");
    for (Municipality m : municipalities) {
      for (int y = Years.FIRST; y <= Years.LAST; y++) {
        Bands b = of(m.code(), y);
        t.add(m.code(), m.name(), y, b.children(), b.adults(), b.elderly(), b.total(), b.source(), b.ageSource());
      }
    }
    return t;
  }

  private record Total(int value, String source) {}

  private static int checked2020(Municipality m, int folk1a, Folk1bExtract folk1b) {
    if (folk1b.of(m.code(), 2020).total() != folk1a) {
      throw new SourceException(Folk1bExtract.FILE + ": " + m.name() + " 2020Q1 differs from FOLK1A 2020K1 " + folk1a);
    }
    return folk1a;
  }

  /** 2016–2020: official total and 65+, 0–17 official where single ages exist and estimated otherwise. */
  private static Bands official(Municipality m, int year, int total, Folk1bExtract.AgeGroups groups,
      Map<String, Map<Integer, int[]>> singleAges, double share2014) {
    String source = year == 2020 ? "FOLK1A 2020K1" : "FOLK1B " + year + "K1";
    String area = String.format("%03d", m.code());
    if (singleAges.containsKey(area)) {
      int[] ages = singleAges.get(area).get(year);
      if (sum(ages, 0, 19) != groups.age0To19()) {
        throw new SourceException("FOLK1A_age_2008-2020.csv: ages 0-19 of " + m.name() + " in " + year + " differ from FOLK1B");
      }
      int children = sum(ages, 0, 17);
      return new Bands(children, total - children - groups.age65Plus(), groups.age65Plus(), total, source,
          "FOLK1A " + year + "K1 single ages (0-17) and FOLK1B " + year + "K1 (65+): all bands official");
    }
    double share = share2014 * nationalShare(singleAges, year) / nationalShare(singleAges, SHARE_YEAR);
    int children = groups.age0To14() + (int) Math.round(groups.age15To19() * share);
    return new Bands(children, total - children - groups.age65Plus(), groups.age65Plus(), total, source,
        "FOLK1B " + year + "K1: 65+ official; 0-17 = official 0-14 + 15-17 estimated (15-19 split by own FOLK1A 2014K1 share)");
  }

  /** 2021–2024: the official total split by the 2016–2020 trend of the municipality's own shares. */
  private static Bands continued(Total total, Bands first, Bands last, int year) {
    int children = (int) Math.round(total.value() * trend(first, last, Bands::children, year));
    int elderly = (int) Math.round(total.value() * trend(first, last, Bands::elderly, year));
    return new Bands(children, total.value() - children - elderly, elderly, total.value(), total.source(), TREND_SOURCE);
  }

  /** A band's share of the total in a year after 2020, on the straight line through its 2016 and 2020 shares. */
  private static double trend(Bands first, Bands last, ToIntFunction<Bands> band, int year) {
    double from = (double) band.applyAsInt(first) / first.total();
    double to = (double) band.applyAsInt(last) / last.total();
    return to + (to - from) / (Folk1bExtract.LAST - Folk1bExtract.FIRST) * (year - Folk1bExtract.LAST);
  }

  /** Hele landet's share of 15–17-year-olds within 15–19 on 1 January of a year. */
  private static double nationalShare(Map<String, Map<Integer, int[]>> singleAges, int year) {
    int[] ages = singleAges.get(NATIONAL).get(year);
    return (double) sum(ages, 15, 17) / sum(ages, 15, 19);
  }

  private static int sum(int[] ages, int from, int to) {
    int sum = 0;
    for (int age = from; age <= to; age++) {
      sum += ages[age];
    }
    return sum;
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

  /** FOLK1A 2021K1 totals by the file's 4-digit code; its Danish name must name the same municipality. */
  private static Map<Integer, Integer> readTotals2021(Path file, MunicipalitiesDataset register) {
    MunicipalityLabels labels = new MunicipalityLabels(register, TOTALS_2021, Set.of("Christiansø"));
    Map<Integer, Integer> totals = new HashMap<>();
    for (List<String> row : SourceText.rows(file, ',')) {
      if (labels.isOther(row.get(1))) {
        continue;
      }
      int code = Integer.parseInt(row.get(0));
      if (labels.code(row.get(1)) != code || !row.get(8).equals("2021Q1")) {
        throw new SourceException(TOTALS_2021 + ": code " + row.get(0) + " is not " + row.get(1) + " in 2021Q1");
      }
      totals.put(code, Integer.parseInt(row.get(3)));
    }
    for (Municipality m : register.all()) {
      if (!totals.containsKey(m.code())) {
        throw new SourceException(TOTALS_2021 + ": no total for " + m.name());
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

  /** Each municipality's share of 15–17-year-olds within 15–19 on 1 January 2014, both sexes. */
  private static Map<Integer, Double> readShares2014(Path file, MunicipalitiesDataset register) {
    MunicipalityLabels labels = new MunicipalityLabels(register, AGES_2014, Set.of("Christiansø"));
    Map<Integer, int[]> counts = new HashMap<>();
    for (List<String> row : SourceText.rows(file, ',')) {
      if (!labels.isOther(row.get(0))) {
        int[] c = counts.computeIfAbsent(labels.code(row.get(0)), k -> new int[2]);
        int n = Integer.parseInt(row.get(3));
        c[0] += Integer.parseInt(row.get(2)) <= 17 ? n : 0;
        c[1] += n;
      }
    }
    Map<Integer, Double> shares = new HashMap<>();
    for (Municipality m : register.all()) {
      int[] c = counts.get(m.code());
      if (c == null || c[1] == 0) {
        throw new SourceException(AGES_2014 + ": no 15-19-year-olds for " + m.name());
      }
      shares.put(m.code(), (double) c[0] / c[1]);
    }
    return shares;
  }

  /** Single ages 0–100 by area code and year (2014, 2016–2020) from the code-form file; age 38 is missing there. */
  private static Map<String, Map<Integer, int[]>> readSingleAges(Path file) {
    Map<String, Map<Integer, int[]>> counts = new HashMap<>();
    for (List<String> row : SourceText.rows(file, ';')) {
      int year = Integer.parseInt(row.get(3).substring(0, 4));
      if (!AGE_FILE_AREAS.contains(row.get(0)) || !row.get(3).endsWith("K1") || (year < Years.FIRST && year != SHARE_YEAR)) {
        continue;
      }
      counts.computeIfAbsent(row.get(0), a -> new HashMap<>()).computeIfAbsent(year, y -> new int[101])
          [Integer.parseInt(row.get(2))] += Integer.parseInt(row.get(4));
    }
    return counts;
  }
}
