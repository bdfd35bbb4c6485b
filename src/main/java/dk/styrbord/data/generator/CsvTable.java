package dk.styrbord.data.generator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A dataset ready to be written: a file name, a header and rows of already formatted fields.
 * {@link #text()} gives the bundled CSV dialect: UTF-8, LF, comma, header row, {@code .} decimal
 * point, empty field = missing, RFC-4180 quotes only where a field holds a comma or a quote.
 *
 * <p>Example: {@code new CsvTable("regions.csv", List.of("region_code"), rows).text()}.
 */
record CsvTable(String file, List<String> header, List<List<String>> rows) {

  /** An empty table to fill with {@link #add}. */
  static CsvTable of(String file, String... header) {
    return new CsvTable(file, List.of(header), new ArrayList<>());
  }

  /** Appends one row; each value is written with {@link String#valueOf}, {@code null} as empty. */
  CsvTable add(Object... values) {
    List<String> row = new ArrayList<>(values.length);
    for (Object v : values) {
      row.add(v == null ? "" : String.valueOf(v));
    }
    if (row.size() != header.size()) {
      throw new IllegalArgumentException(file + ": row has " + row.size() + " fields, header " + header.size());
    }
    rows.add(row);
    return this;
  }

  /** The whole file as text, LF line ends, final LF included. */
  String text() {
    StringBuilder out = new StringBuilder();
    appendLine(out, header);
    for (List<String> row : rows) {
      appendLine(out, row);
    }
    return out.toString();
  }

  /** A number with a fixed count of decimals, half-up, independent of locale and JDK. */
  static String decimal(double value, int decimals) {
    return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
  }

  private static void appendLine(StringBuilder out, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(quoted(fields.get(i)));
    }
    out.append('\n');
  }

  private static String quoted(String field) {
    if (field.indexOf(',') < 0 && field.indexOf('"') < 0) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }
}
