package dk.styrbord.data.generator;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The official REGK31 figures the generator uses: net spending in kr. per inhabitant, current prices
 * ("Pr. indbygger, løbende priser", "I alt (netto)"), per function, municipality and year, read from
 * {@code REGK31_social_per_inhabitant_2016-2024.csv}, plus the Hele landet value and the label text.
 *
 * <p>Example: {@code new Regk31Extract(Path.of("data/sources"), register).perInhabitant("5.28.22", 360, 2024)} is 2545.
 */
final class Regk31Extract {
  static final String NATIONAL = "Hele landet";

  private final Map<String, Integer> values = new HashMap<>();
  private final Map<String, String> labels = new HashMap<>();

  Regk31Extract(Path sources, MunicipalitiesDataset register) {
    for (List<String> row : SourceText.rows(sources.resolve("REGK31_social_per_inhabitant_2016-2024.csv"), ',')) {
      String area = row.get(3);
      String key = key(row.get(1), area.equals(NATIONAL) ? 0 : register.codeOf(area), Integer.parseInt(row.get(0)));
      values.put(key, Integer.parseInt(row.get(4)));
      labels.put(row.get(1), row.get(2));
    }
  }

  /** Kr. per inhabitant of a municipality (by code) in a year. */
  int perInhabitant(String function, int code, int year) {
    Integer v = values.get(key(function, code, year));
    if (v == null) {
      throw new IllegalArgumentException("No REGK31 value for " + function + " " + code + " " + year);
    }
    return v;
  }

  /** Kr. per inhabitant for Hele landet. */
  int national(String function, int year) {
    return perInhabitant(function, 0, year);
  }

  /** DST's label text of a function, e.g. {@code Plejefamilier} for 5.28.22. */
  String label(String function) {
    return labels.get(function);
  }

  private static String key(String function, int code, int year) {
    return function + "|" + code + "|" + year;
  }
}
