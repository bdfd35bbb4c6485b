package dk.styrbord.analysis.stats;

import dk.styrbord.WorkbenchException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Looks up the columns a statistic uses and turns user mistakes into one-line messages. */
final class Columns {
  private Columns() {}

  /** The column {@code name}, or a message listing the columns the table has. */
  static Column<?> require(Table table, String name) {
    if (!table.containsColumn(name)) {
      throw new WorkbenchException(
          "No column \"" + name + "\" in table \"" + table.name() + "\". Choose one of: "
              + String.join(", ", table.columnNames()) + ".");
    }
    return table.column(name);
  }

  /** The numeric column {@code name}, or a message listing the numeric columns. */
  static NumericColumn<?> numeric(Table table, String name) {
    Column<?> column = require(table, name);
    if (column instanceof NumericColumn<?> numbers) {
      return numbers;
    }
    throw new WorkbenchException(
        "Column \"" + name + "\" is not numeric (it is " + column.type().name()
            + "). Choose one of: " + String.join(", ", numericNames(table)) + ".");
  }

  /** The names of the table's numeric columns, in table order. */
  static List<String> numericNames(Table table) {
    return table.columns().stream()
        .filter(c -> c instanceof NumericColumn<?>)
        .map(Column::name)
        .collect(Collectors.toList());
  }

  /** The indices of the rows where none of {@code names} is missing. */
  static int[] completeRows(Table table, List<String> names) {
    List<Column<?>> used = names.stream().<Column<?>>map(n -> require(table, n)).toList();
    return IntStream.range(0, table.rowCount())
        .filter(row -> used.stream().noneMatch(c -> c.isMissing(row)))
        .toArray();
  }

  /** The values of a numeric column at the given rows. */
  static double[] values(NumericColumn<?> column, int[] rows) {
    return IntStream.of(rows).mapToDouble(column::getDouble).toArray();
  }
}
