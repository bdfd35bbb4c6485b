package dk.styrbord.data.generator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Makes {@code municipalities.csv} (OFFICIAL): the 98 municipalities with code, DST's current name,
 * region and DST municipality group, which is also the default comparison group.
 *
 * <p>Method: codes, names and groups from DST's classification Kommunegrupper
 * ({@code dst_kommunegrupper.csv}: a group row at NIVEAU 1 followed by its municipalities at NIVEAU 2);
 * the region from the ISO 3166-2 code in {@code municipality_regions.csv}. Christiansø (411) is not a
 * municipality and is left out. No calibration: nothing here is synthetic.
 *
 * <p>Example: {@code java -cp target/classes dk.styrbord.data.generator.GenerateData data}.
 */
final class MunicipalitiesDataset {
  private final List<Municipality> municipalities;
  private final Map<String, Integer> codeByName = new HashMap<>();
  private final Map<Integer, List<String>> regionFileLabels = new LinkedHashMap<>();

  MunicipalitiesDataset(Path sources) {
    Map<Integer, Region> regions = readRegions(sources.resolve("municipality_regions.csv"));
    this.municipalities = readGroups(sources.resolve("dst_kommunegrupper.csv"), regions);
    for (Municipality m : municipalities) {
      codeByName.put(m.name(), m.code());
    }
  }

  /** The 98 municipalities sorted by code. */
  List<Municipality> all() {
    return municipalities;
  }

  /** The municipality with this code. */
  Municipality byCode(int code) {
    return municipalities.stream().filter(m -> m.code() == code).findFirst().orElseThrow();
  }

  /** The code of an official DST name, as used in FOLK1A, FOLK1AM and REGK31 labels. */
  int codeOf(String officialName) {
    Integer code = codeByName.get(officialName);
    if (code == null) {
      throw new NoSuchElementException("Not an official municipality name: " + officialName);
    }
    return code;
  }

  /** True for the 98 official names; false for Hele landet, regions and Christiansø. */
  boolean isMunicipality(String label) {
    return codeByName.containsKey(label);
  }

  /** English and Danish labels of {@code municipality_regions.csv} by code (Christiansø excluded). */
  Map<Integer, List<String>> regionFileLabels() {
    return regionFileLabels;
  }

  CsvTable table() {
    CsvTable t = CsvTable.of("municipalities.csv", "code", "name", "region_code", "region", "dst_group", "comparison_group");
    for (Municipality m : municipalities) {
      t.add(m.code(), m.name(), m.region().code(), m.region().label(), m.group(), m.group());
    }
    return t;
  }

  private Map<Integer, Region> readRegions(Path file) {
    Map<Integer, Region> regions = new HashMap<>();
    for (List<String> row : SourceText.rows(file, ',')) {
      int code = Integer.parseInt(row.get(0));
      regions.put(code, Region.ofIso(row.get(3)));
      regionFileLabels.put(code, List.of(row.get(1), row.get(2)));
    }
    return regions;
  }

  private static List<Municipality> readGroups(Path file, Map<Integer, Region> regions) {
    List<Municipality> result = new ArrayList<>();
    String group = null;
    for (List<String> row : SourceText.rows(file, ';')) {
      if (row.get(2).equals("1")) {
        group = row.get(3);
        continue;
      }
      int code = Integer.parseInt(row.get(1));
      result.add(new Municipality(code, row.get(3), regions.get(code), group));
    }
    result.sort(Comparator.comparingInt(Municipality::code));
    return List.copyOf(result);
  }
}
