package dk.styrbord.data.update;

import dk.styrbord.WorkbenchException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code socioeconomic.csv} of a data layer: the bundled rows with {@code basic_schooling_share}
 * replaced by StatBank's figure where the table has that municipality and year, and a {@code source}
 * column saying per row which figures are official. {@code socioeconomic_index} (the ministry's
 * socioøkonomisk indeks, not on StatBank), {@code disability_pension_share} and
 * {@code taxable_income_per_inhabitant} stay the bundled synthetic ones.
 *
 * <p>Example: {@code SocioeconomicFromStatbank.build(bundledCsv, shares, "HFUDD11").csv()}.
 */
final class SocioeconomicFromStatbank {
  static final List<String> BUNDLED_COLUMNS = List.of("code", "municipality", "year", "socioeconomic_index",
      "disability_pension_share", "basic_schooling_share", "taxable_income_per_inhabitant");
  private static final int BASIC_SCHOOLING = BUNDLED_COLUMNS.indexOf("basic_schooling_share");

  /** What a build made: the CSV text, the rows with an official figure, the years of those rows. */
  record Built(String csv, int officialRows, int syntheticRows, Set<Integer> officialYears) {}

  private SocioeconomicFromStatbank() {}

  /** The bundled rows, with the official share for every "code|year" in {@code basicSchooling}. */
  static Built build(String bundledCsv, Map<String, Double> basicSchooling, String table) {
    List<String> lines = bundledCsv.lines().toList();
    if (lines.isEmpty() || !List.of(lines.get(0).split(",", -1)).equals(BUNDLED_COLUMNS)) {
      throw new WorkbenchException("data/socioeconomic.csv does not have the columns " + BUNDLED_COLUMNS
          + ". Restore it with: git checkout -- data");
    }
    StringBuilder out = new StringBuilder(lines.get(0)).append(",source\n");
    Set<Integer> years = new TreeSet<>();
    int official = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      Double share = basicSchooling.get(cells[0] + "|" + cells[2]);
      if (share == null) {
        out.append(line).append(",synthetic as bundled (").append(table).append(" has no figure for it)\n");
        continue;
      }
      cells[BASIC_SCHOOLING] = String.valueOf(share);
      out.append(String.join(",", cells)).append(",basic_schooling_share official (").append(table)
          .append("); the other figures synthetic\n");
      years.add(Integer.parseInt(cells[2]));
      official++;
    }
    return new Built(out.toString(), official, lines.size() - 1 - official, years);
  }
}
