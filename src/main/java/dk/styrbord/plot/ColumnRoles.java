package dk.styrbord.plot;

import dk.styrbord.WorkbenchException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tech.tablesaw.api.Table;

/**
 * Finds the column that plays a role in a chart by any of its accepted names, compared without
 * case, spaces, brackets or punctuation: "cumulative budget (DKK)" matches {@code
 * cumulative_budget_dkk}.
 */
final class ColumnRoles {
  private ColumnRoles() {}

  /** The column named by one of {@code accepted}, or a message naming the expected column. */
  static String require(Table table, String helper, String... accepted) {
    return find(table, accepted).orElseThrow(() -> new WorkbenchException(helper + " needs a column " + accepted[0]
        + (accepted.length > 1 ? " (or " + String.join(", ", List.of(accepted).subList(1, accepted.length)) + ")" : "")
        + " in " + Footer.untagged(table.name()) + ". Columns: " + String.join(", ", table.columnNames()) + "."));
  }

  /** The column named by one of {@code accepted}, in the order given. */
  static Optional<String> find(Table table, String... accepted) {
    for (String wanted : accepted) {
      for (String column : table.columnNames()) {
        if (key(column).equals(key(wanted))) {
          return Optional.of(column);
        }
      }
    }
    return Optional.empty();
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "_").replaceAll("^_|_$", "");
  }
}
