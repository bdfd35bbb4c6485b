package dk.styrbord.notebook;

import dk.styrbord.analysis.ResultTable;
import dk.styrbord.plot.Chart;
import java.lang.reflect.Method;
import tech.tablesaw.api.Table;

/** One thing a cell showed: printed text, a table, a chart, or the text of a value. */
public sealed interface Output {

  /** What a cell printed to System.out or System.err. */
  record Printed(String text) implements Output {}

  /** A table, as far as the report shows it. */
  record TableShown(TablePreview table) implements Output {}

  /** An interactive chart. */
  record ChartShown(Chart chart) implements Output {}

  /** A value that is neither table nor chart, as its text. */
  record Value(String text) implements Output {}

  /**
   * How a value shows in the report: a table as a table, a chart as a chart, a helper's table
   * ({@link ResultTable}) as a table captioned with its title (which says whose data) followed by
   * its unit, data and notes, a result with a table
   * view ({@code table()}) whose text starts with that table as the table plus the rest of the text,
   * anything else as its text.
   */
  static java.util.List<Output> of(Object value) {
    if (value instanceof Chart chart) {
      return java.util.List.of(new ChartShown(chart));
    }
    if (value instanceof ResultTable result) {
      TableShown shown = new TableShown(TablePreview.of(result).named(result.info().title()));
      return java.util.List.of(shown, new Value(result.info().describe()));
    }
    if (value instanceof Table table) {
      return java.util.List.of(new TableShown(TablePreview.of(table)));
    }
    String text = String.valueOf(value);
    Table view = tableView(value);
    if (view != null) {
      String printed = view.printAll();
      if (text.startsWith(printed)) {
        String rest = text.substring(printed.length()).strip();
        TableShown shown = new TableShown(TablePreview.of(view));
        return rest.isEmpty() ? java.util.List.of(shown) : java.util.List.of(shown, new Value(rest));
      }
    }
    return java.util.List.of(new Value(text));
  }

  private static Table tableView(Object value) {
    if (value == null) {
      return null;
    }
    try {
      Method m = value.getClass().getMethod("table");
      return m.getReturnType() == Table.class ? (Table) m.invoke(value) : null;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }
}
