package dk.styrbord.plot;

import dk.styrbord.WorkbenchException;
import dk.styrbord.data.Municipalities;
import dk.styrbord.data.Municipality;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * Which municipality each row of a table is about, for a map: by its {@code code} (the bundled
 * data), {@code kommune_code} (what the importers add) or a name column ({@code municipality},
 * {@code kommune}, {@code name}) resolved as people write names ("Høje Taastrup", "Aarhus",
 * "Københavns Kommune"). Rows that are not a municipality (the country, a region) are left out and
 * counted. With a {@code year} column and several rows per municipality, the latest year is used.
 *
 * @param byCode the value per municipality code
 * @param key the column the rows were matched by
 * @param year the year mapped, or 0 when the table has one row per municipality
 * @param leftOut how many rows are not about a municipality
 */
record MapJoin(Map<Integer, Double> byCode, String key, int year, int leftOut) {
  /** The columns a table may name its municipalities by, codes first. */
  static final List<String> KEYS = List.of("code", "kommune_code", "municipality", "kommune", "name");

  /** The value of {@code valueColumn} per municipality in {@code table}. */
  static MapJoin of(Table table, String valueColumn, Municipalities municipalities) {
    String key = KEYS.stream().filter(table.columnNames()::contains).findFirst().orElseThrow(() -> new WorkbenchException(
        "map needs a column code, kommune_code or a name column (municipality, kommune, name) in " + table.name()
            + "; it has " + String.join(", ", table.columnNames()) + ". Rename the column that names the municipalities."));
    if (!(table.column(valueColumn) instanceof NumericColumn)) {
      throw new WorkbenchException("map needs a number column to colour by; " + valueColumn + " in " + table.name()
          + " holds text. Number columns: " + String.join(", ", table.numericColumns().stream().map(c -> c.name()).toList()) + ".");
    }
    Table rows = table;
    int year = 0;
    if (table.columnNames().contains("year") && table.column(key).unique().size() < table.rowCount()) {
      year = (int) table.numberColumn("year").max();
      rows = table.where(table.numberColumn("year").isEqualTo(year));
    }
    Map<Integer, Double> byCode = new HashMap<>();
    int leftOut = 0;
    for (Row r : rows) {
      Optional<Municipality> m = municipality(r, key, municipalities);
      if (m.isEmpty()) {
        leftOut++;
      } else if (byCode.put(m.get().code(), r.getNumber(valueColumn)) != null) {
        throw new WorkbenchException("map needs one row per municipality; " + table.name() + " has several for "
            + m.get().name() + ". Keep one first, e.g. with where(...).");
      }
    }
    return new MapJoin(byCode, key, year, leftOut);
  }

  private static Optional<Municipality> municipality(Row r, String key, Municipalities municipalities) {
    if (r.isMissing(key)) {
      return Optional.empty();
    }
    String text = r.getObject(key).toString();
    return municipalities.isKnown(text) ? Optional.of(municipalities.resolve(text)) : Optional.empty();
  }
}
