package dk.styrbord.notebook;

import dk.styrbord.analysis.Formats;

import dk.styrbord.analysis.Result;
import dk.styrbord.plot.Chart;
import dk.styrbord.plot.ChartLanguage;
import dk.styrbord.plot.FigureChart;
import java.lang.reflect.Method;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

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
   * How a value shows in the report: a table as a table, a chart (or a Tablesaw figure) as a chart, a helper's result as
   * its table under its title followed by the rest of its text (unit, price basis, source), an
   * object with a table view ({@code table()}) whose text holds that table likewise, anything else
   * as its text. Tables keep as many rows as {@code limit} says.
   */
  static java.util.List<Output> of(Object value, TableLimit limit) {
    if (value instanceof Chart chart) {
      return java.util.List.of(new ChartShown(chart));
    }
    if (value instanceof Figure figure) {
      return java.util.List.of(new ChartShown(FigureChart.of(figure, ChartLanguage.current())));
    }
    if (value instanceof Result result) {
      return withTable(String.valueOf(value), result.table(), result.info().title(), limit);
    }
    if (value instanceof Table table) {
      return java.util.List.of(new TableShown(TablePreview.of(table, table.name(), limit)));
    }
    Table view = tableView(value);
    return view == null ? java.util.List.of(new Value(String.valueOf(value))) : withTable(String.valueOf(value), view, view.name(), limit);
  }

  /** The text split around the table it prints: text before, the table with its caption, text after. */
  private static java.util.List<Output> withTable(String text, Table table, String caption, TableLimit limit) {
    String printed = Formats.rows(table, table.rowCount());
    int at = text.indexOf(printed);
    if (at < 0) {
      printed = Formats.rows(table, 20);
      at = text.indexOf(printed);
    }
    if (at < 0) {
      return java.util.List.of(new Value(text));
    }
    java.util.List<Output> out = new java.util.ArrayList<>();
    String before = text.substring(0, at).strip();
    if (!before.isEmpty() && !before.equals(caption)) {
      out.add(new Value(before));
    }
    out.add(new TableShown(TablePreview.of(table, caption, limit)));
    String after = text.substring(at + printed.length()).strip();
    if (!after.isEmpty()) {
      out.add(new Value(after));
    }
    return java.util.List.copyOf(out);
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
