package dk.styrbord.data.imports;

import dk.styrbord.WorkbenchException;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.joining.JoinType;

/**
 * Joins an imported table to a bundled dataset by municipality code and year in one call: every
 * imported row is kept, in its order (a left join), and the bundled columns are filled where the code and year
 * match. The imported side needs {@code kommune_code} (which the readers add) and a year: a
 * {@code year}/{@code år} column or {@code period_start} (a month or quarter joins its year). A
 * bundled dataset without years (municipalities) joins on the code only.
 *
 * <p>Example: {@code BundledJoin.join(folk1am, datasets.table("population"), "population")} puts
 * the bundled population beside each month of FOLK1AM.
 */
public final class BundledJoin {
  private static final String ORDER = "_imported_row";
  private static final List<String> YEAR_NAMES = List.of("year", "år", "aar", "tid");

  private BundledJoin() {}

  /** The imported rows with the bundled dataset's columns beside them, matched on kommune_code (and year). */
  public static Table join(Table imported, Table bundled, String datasetName) {
    if (!imported.containsColumn("kommune_code")) {
      throw new WorkbenchException("The table " + imported.name() + " has no kommune_code column to join on."
          + " Read a file with municipalities (OMRÅDE, KOMK, kommune …) with readStatbank(path) or readCsv(path).");
    }
    if (!bundled.containsColumn("code")) {
      throw new WorkbenchException("The dataset " + datasetName + " has no municipality code column to join on."
          + " datasets() lists the ones with a code column (population, spending, socioeconomic …).");
    }
    Table right = bundled.copy();
    right.column("code").setName("kommune_code");
    right.setName(datasetName);
    boolean byYear = right.containsColumn("year");
    Table left = byYear ? withYear(imported) : imported.copy();
    left.addColumns(IntColumn.indexColumn(ORDER, left.rowCount(), 0));
    if (byYear) {
      right.column("year").setName("_year");
      left.column("year").setName("_year");
    }
    String[] keys = byYear ? new String[] {"kommune_code", "_year"} : new String[] {"kommune_code"};
    Table joined = left.joinOn(keys).type(JoinType.LEFT_OUTER).allowDuplicateColumnNames(true).with(right).join();
    if (byYear) {
      joined.column("_year").setName("year");
    }
    joined = joined.sortAscendingOn(ORDER).removeColumns(ORDER);
    joined.setName(imported.name() + " ⟕ " + datasetName);
    return joined;
  }

  private static Table withYear(Table imported) {
    Table left = imported.copy();
    for (Column<?> c : imported.columns()) {
      if (YEAR_NAMES.contains(c.name().toLowerCase(Locale.ROOT)) && c instanceof NumericColumn<?> n) {
        left.removeColumns(c.name());
        IntColumn year = IntColumn.create("year");
        for (int i = 0; i < n.size(); i++) {
          year.append(n.isMissing(i) ? null : (int) n.getDouble(i));
        }
        return left.addColumns(year);
      }
    }
    if (imported.containsColumn("period_start")) {
      IntColumn year = IntColumn.create("year");
      imported.dateColumn("period_start").forEach(d -> year.append(d == null ? null : d.getYear()));
      if (left.containsColumn("year")) {
        left.removeColumns("year");
      }
      return left.addColumns(year);
    }
    throw new WorkbenchException("The table " + imported.name() + " has no year to join on: give it a whole-number"
        + " column named year (or år), or read a StatBank file whose TID gives period_start.");
  }
}
