package dk.styrbord.repl;

import dk.styrbord.analysis.PriceBasis;
import dk.styrbord.data.ColumnEntry;
import dk.styrbord.data.DatasetEntry;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * What {@code about("name")} shows: a dataset's titles, unit, years, source and licence, and its
 * columns each marked OFFICIAL, SYNTHETIC or MIXED.
 *
 * @param entry the catalog entry
 * @param columns one row per column: name, type, status, description
 */
public record DatasetCard(DatasetEntry entry, Table columns) {

  /** The card of a catalog entry. */
  static DatasetCard of(DatasetEntry entry) {
    Table columns =
        Table.create("columns of " + entry.name(),
            StringColumn.create("column"), StringColumn.create("type"), StringColumn.create("status"),
            StringColumn.create("description"));
    for (ColumnEntry c : entry.columns()) {
      columns.stringColumn("column").append(c.name());
      columns.stringColumn("type").append(c.type());
      columns.stringColumn("status").append(c.status());
      columns.stringColumn("description").append(c.description());
    }
    return new DatasetCard(entry, columns);
  }

  @Override
  public String toString() {
    return entry.name() + " (variable " + StartupScript.variableName(entry.name()) + ", " + entry.status() + ")\n"
        + "  titel:   " + entry.titleDa() + "\n"
        + "  title:   " + entry.titleEn() + "\n"
        + "  unit:    " + entry.unit() + ("current".equals(entry.prices()) ? ", " + PriceBasis.CURRENT.english() : "") + "\n"
        + "  years:   " + entry.years() + "\n"
        + "  source:  " + entry.source() + "\n"
        + "  licence: " + entry.licence() + "\n"
        + "  " + entry.description() + "\n"
        + columns.printAll();
  }
}
