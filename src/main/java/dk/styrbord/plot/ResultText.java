package dk.styrbord.plot;

import dk.styrbord.analysis.RecipientRates;
import dk.styrbord.analysis.Result;
import dk.styrbord.analysis.ResultTable;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A result printed as text in a language: its title, its table and its footer (unit, price basis,
 * comparison group, data, source), with the column headers and numbers as the language writes
 * them. In English that is the result's own printout; in Danish, the results that print as a
 * table ({@link ResultTable}, {@link RecipientRates.Comparison}) get a Danish title where one is
 * written, Danish headers ({@link Language#column}), decimal commas and thousands points. Other
 * results print in English.
 *
 * <p>Example: {@code ResultText.of(level("5.38", 2024), Language.DANISH)}.
 */
public final class ResultText {
  private ResultText() {}

  /** The printout of {@code result} in {@code language}. */
  public static String of(Result result, Language language) {
    if (language == Language.ENGLISH || !printsAsTable(result)) {
      return result.toString();
    }
    String title = result.info().titleDanish();
    return title + "\n" + translated(result.table(), title, language).print() + "\n" + result.info().describeDanish();
  }

  private static boolean printsAsTable(Result result) {
    return result instanceof ResultTable || result instanceof RecipientRates.Comparison;
  }

  /** The table as text cells with headers and figures in the language, so it prints as the language writes. */
  private static Table translated(Table table, String title, Language language) {
    Table out = Table.create(title);
    for (Column<?> column : table.columns()) {
      StringColumn cells = StringColumn.create(language.column(column.name()));
      boolean numeric = column instanceof NumericColumn;
      for (int row = 0; row < column.size(); row++) {
        String cell = column.getString(row);
        cells.append(numeric ? language.figure(cell) : cell);
      }
      out.addColumns(cells);
    }
    return out;
  }
}
