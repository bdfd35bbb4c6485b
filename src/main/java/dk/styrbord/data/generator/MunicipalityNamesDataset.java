package dk.styrbord.data.generator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes {@code municipality_names.csv}: every name a user file may use for a municipality, with its
 * code and kind: {@code official} (DST's current name), {@code variant} (an older or informal Danish
 * name seen in real files) or {@code english}.
 *
 * <p>Method: the official names from {@link MunicipalitiesDataset}; every label in
 * {@code municipality_regions.csv} that differs from the official name (Danish labels such as
 * {@code Århus} as variants, English labels such as {@code Copenhagen} as English); and the few
 * variants common in user files listed in {@link #COMMON_VARIANTS}. "X Kommune" suffixes and
 * æøå/ASCII spellings are left to the lookup code, so they are not listed.
 *
 * <p>Example: {@code java -cp target/classes dk.styrbord.data.generator.GenerateData data}.
 */
final class MunicipalityNamesDataset {
  /** Variants seen in DST material and user files that a suffix or spelling rule cannot derive. */
  static final Map<String, Integer> COMMON_VARIANTS = Map.of(
      "Høje Taastrup", 169,
      "Nordfyn", 480,
      "Københavns Kommune", 101,
      "Bornholms Regionskommune", 400);

  private record Name(String name, int code, String kind) {}

  private static final List<String> KIND_ORDER = List.of("official", "variant", "english");

  private MunicipalityNamesDataset() {}

  static CsvTable table(MunicipalitiesDataset municipalities) {
    CsvTable t = CsvTable.of("municipality_names.csv", "name", "code", "kind");
    names(municipalities).forEach(n -> t.add(n.name(), n.code(), n.kind()));
    return t;
  }

  /** Every name of {@code municipality_names.csv} → its code: the lookup for label-only source files. */
  static Map<String, Integer> codes(MunicipalitiesDataset municipalities) {
    Map<String, Integer> codes = new HashMap<>();
    names(municipalities).forEach(n -> codes.put(n.name(), n.code()));
    return codes;
  }

  private static List<Name> names(MunicipalitiesDataset municipalities) {
    List<Name> names = new ArrayList<>();
    for (Municipality m : municipalities.all()) {
      names.add(new Name(m.name(), m.code(), "official"));
      addFileLabels(names, m, municipalities.regionFileLabels().get(m.code()));
    }
    COMMON_VARIANTS.forEach((name, code) -> names.add(new Name(name, code, "variant")));
    names.sort(Comparator.comparingInt(Name::code)
        .thenComparingInt(n -> KIND_ORDER.indexOf(n.kind()))
        .thenComparing(Name::name));
    return names;
  }

  private static void addFileLabels(List<Name> names, Municipality m, List<String> labels) {
    String english = labels.get(0);
    String danish = labels.get(1);
    if (!danish.equals(m.name())) {
      names.add(new Name(danish, m.code(), "variant"));
    }
    if (!english.equals(danish) && !english.equals(m.name())) {
      names.add(new Name(english, m.code(), "english"));
    }
  }
}
