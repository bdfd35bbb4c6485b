package dk.styrbord.repl;

import dk.styrbord.analysis.Result;
import dk.styrbord.notebook.VariableShapes;
import java.util.List;
import java.util.function.Supplier;
import tech.tablesaw.api.Table;

/**
 * A variable's value in one short line, for {@code /vars} and {@code vars()}: a table's rows ×
 * columns and first column names, a result's title, a short value as the prompt shows it, a long
 * text's length. The whole value is one name away: type the variable on its own.
 *
 * <p>Example: {@code ValueSummary.of(kommuner(), kommuner()::toString)} is "98 rows × 6 columns: code, name, region_code, region, …".
 */
final class ValueSummary {
  /** How many column names a table's line names. */
  private static final int COLUMNS_NAMED = 4;

  /** Longer values are cut to this many characters. */
  private static final int LONGEST = 80;

  private ValueSummary() {}

  /** The line for one value; {@code shown} gives how the prompt would show it whole (JShell's value string). */
  static String of(Object value, Supplier<String> shown) {
    if (value instanceof Result result && !(value instanceof Table)) {
      return cut(result.info().title());
    }
    if (value instanceof Table table) {
      String shape = VariableShapes.shape(table) + columnNames(table);
      return value instanceof Result result ? cut(result.info().title()) + " · " + shape : shape;
    }
    if (value instanceof String text && (text.contains("\n") || text.length() > LONGEST)) {
      long lines = text.lines().count();
      return "text of " + text.length() + " characters" + (lines > 1 ? " on " + lines + " lines" : "");
    }
    return cut(shown.get().lines().findFirst().orElse(""));
  }

  private static String columnNames(Table table) {
    List<String> names = table.columnNames();
    if (names.isEmpty()) {
      return "";
    }
    String first = String.join(", ", names.subList(0, Math.min(COLUMNS_NAMED, names.size())));
    return ": " + first + (names.size() > COLUMNS_NAMED ? ", …" : "");
  }

  private static String cut(String text) {
    return text.length() <= LONGEST ? text : text.substring(0, LONGEST - 1) + "…";
  }
}
