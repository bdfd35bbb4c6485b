package dk.styrbord.data.generator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Test helper: a bundled dataset of {@code data/} as rows of column name → text. */
final class BundledCsv {
  private BundledCsv() {}

  static List<Map<String, String>> read(String file) {
    List<String> lines = SourceText.lines(Path.of("data", file));
    List<String> header = SourceText.fields(lines.get(0), ',');
    List<Map<String, String>> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      List<String> fields = SourceText.fields(line, ',');
      Map<String, String> row = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        row.put(header.get(i), fields.get(i));
      }
      rows.add(row);
    }
    return rows;
  }

  static int integer(Map<String, String> row, String column) {
    return Integer.parseInt(row.get(column));
  }
}
