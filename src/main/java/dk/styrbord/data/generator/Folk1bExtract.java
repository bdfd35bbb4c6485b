package dk.styrbord.data.generator;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The official FOLK1B figures the generator uses: population on 1 January 2016–2020 (quarter 1) per
 * municipality in 5-year age groups, both sexes, from {@link #FILE} (English labels: {@code Copenhagen},
 * {@code 15-19 years}, {@code 2016Q1}). Summed here to the total, 0–14, 15–19 and 65+; every area and
 * year's age groups must add up to its {@code Total}.
 *
 * <p>Example: {@code new Folk1bExtract(Path.of("data/sources"), register).of(350, 2016).age65Plus()} is 5,751 (Lejre).
 */
final class Folk1bExtract {
  static final String FILE = "FOLK1B_2016-2020K1_age_groups.csv";
  static final int FIRST = 2016;
  static final int LAST = 2020;
  private static final Set<String> OTHER_AREAS = Set.of("All Denmark", "Christiansø");

  /** One municipality on 1 January of a year, in the sums the population dataset needs. */
  record AgeGroups(int total, int age0To14, int age15To19, int age65Plus) {
    int age0To19() {
      return age0To14 + age15To19;
    }
  }

  private final Map<String, int[]> sums = new HashMap<>();

  Folk1bExtract(Path sources, MunicipalitiesDataset register) {
    MunicipalityLabels labels = new MunicipalityLabels(register, FILE, OTHER_AREAS);
    for (List<String> row : SourceText.rows(sources.resolve(FILE), ',')) {
      if (!labels.isOther(row.get(0))) {
        int[] s = sums.computeIfAbsent(key(labels.code(row.get(0)), year(row.get(2))), k -> new int[5]);
        s[slot(row.get(1))] += Integer.parseInt(row.get(3));
      }
    }
    for (Municipality m : register.all()) {
      for (int y = FIRST; y <= LAST; y++) {
        check(m, y);
      }
    }
  }

  /** The age groups of a municipality (by code) on 1 January of a year in 2016–2020. */
  AgeGroups of(int code, int year) {
    int[] s = sums.get(key(code, year));
    return new AgeGroups(s[0], s[1], s[2], s[3]);
  }

  private void check(Municipality m, int year) {
    int[] s = sums.get(key(m.code(), year));
    if (s == null) {
      throw new SourceException(FILE + ": no rows for " + m.name() + " in " + year + "Q1");
    }
    if (s[1] + s[2] + s[3] + s[4] != s[0]) {
      throw new SourceException(FILE + ": the age groups of " + m.name() + " in " + year + "Q1 do not add up to its Total");
    }
  }

  /** 0 = Total, 1 = 0–14, 2 = 15–19, 3 = 65+, 4 = 20–64; by the lower age of a label such as {@code 15-19 years}. */
  private static int slot(String ageGroup) {
    if (ageGroup.equals("Total")) {
      return 0;
    }
    int lower = Integer.parseInt(ageGroup.split("[- ]")[0]);
    return lower < 15 ? 1 : lower < 20 ? 2 : lower >= 65 ? 3 : 4;
  }

  private static int year(String quarter) {
    if (!quarter.endsWith("Q1")) {
      throw new SourceException(FILE + ": expected first quarters only, found " + quarter);
    }
    return Integer.parseInt(quarter.substring(0, 4));
  }

  private static String key(int code, int year) {
    return code + "|" + year;
  }
}
