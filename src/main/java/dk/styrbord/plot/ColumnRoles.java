package dk.styrbord.plot;

import dk.styrbord.WorkbenchException;
import java.util.List;
import java.util.Optional;
import tech.tablesaw.api.Table;

/**
 * Finds the column that plays a role in a chart by one of the exact names it may have: its
 * snake_case name or the label a helper prints ({@code "cumulative budget (DKK)"}), compared
 * without case only.
 */
final class ColumnRoles {
  private ColumnRoles() {}

  /** The column named by one of {@code accepted}, or a message naming the expected column. */
  static String require(Table table, String helper, String... accepted) {
    return find(table, accepted).orElseThrow(() -> new WorkbenchException(helper + " needs a column " + accepted[0]
        + (accepted.length > 1 ? " (or " + String.join(", ", List.of(accepted).subList(1, accepted.length)) + ")" : "")
        + " in " + table.name() + ". Columns: " + String.join(", ", table.columnNames()) + "."));
  }

  /** The column named by one of {@code accepted}, in the order given. */
  static Optional<String> find(Table table, String... accepted) {
    for (String wanted : accepted) {
      for (String column : table.columnNames()) {
        if (column.equalsIgnoreCase(wanted)) {
          return Optional.of(column);
        }
      }
    }
    return Optional.empty();
  }
}
