package dk.styrbord.notebook;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * What a report shows of a table, taken when the cell ran: its name, columns, and the first and
 * last rows of a long table, each value as the table prints it.
 *
 * <p>Example: {@code TablePreview.of(level("5.38", 2024)).omitted()} gives {@code 68} (98 rows,
 * 20 first and 10 last shown).
 *
 * @param name the table's name, shown as its caption
 * @param columns the column names
 * @param numeric for each column, whether it holds numbers (right-aligned)
 * @param head the first rows
 * @param tail the last rows, empty when the table is short
 * @param rowCount the table's rows in all
 */
public record TablePreview(
    String name, List<String> columns, List<Boolean> numeric, List<List<String>> head, List<List<String>> tail,
    int rowCount) {
  /** Tables up to this many rows are shown whole. */
  public static final int WHOLE = 40;
  /** A longer table shows this many rows first ... */
  public static final int HEAD = 20;
  /** ... and this many last. */
  public static final int TAIL = 10;

  /** The preview of a table as it is now, captioned with its name. */
  public static TablePreview of(Table table) {
    return of(table, table.name());
  }

  /** The preview of a table as it is now, under {@code caption} (a result's title). Example: {@code TablePreview.of(level, level.info().title())}. */
  public static TablePreview of(Table table, String caption) {
    return of(table, caption, TableLimit.REPORT);
  }

  /** The preview of a table as it is now, under {@code caption}, keeping as many rows as {@code limit} says. */
  static TablePreview of(Table table, String caption, TableLimit limit) {
    List<String> names = new ArrayList<>();
    List<Boolean> numeric = new ArrayList<>();
    for (Column<?> c : table.columns()) {
      names.add(c.name());
      numeric.add(c instanceof NumericColumn<?>);
    }
    int n = table.rowCount();
    if (n <= limit.whole()) {
      return new TablePreview(caption, names, numeric, rows(table, 0, n), List.of(), n);
    }
    return new TablePreview(caption, names, numeric, rows(table, 0, limit.head()), rows(table, n - limit.tail(), n), n);
  }

  /** The rows left out between head and tail. */
  public int omitted() {
    return rowCount - head.size() - tail.size();
  }

  private static List<List<String>> rows(Table t, int from, int to) {
    List<List<String>> rows = new ArrayList<>();
    for (int r = from; r < to; r++) {
      List<String> row = new ArrayList<>();
      for (Column<?> c : t.columns()) {
        row.add(c.getString(r));
      }
      rows.add(List.copyOf(row));
    }
    return List.copyOf(rows);
  }
}
