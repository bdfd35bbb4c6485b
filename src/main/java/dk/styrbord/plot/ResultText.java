package dk.styrbord.plot;

import dk.styrbord.analysis.Benchmark;
import dk.styrbord.analysis.Formats;
import dk.styrbord.analysis.RecipientRates;
import dk.styrbord.analysis.Result;
import dk.styrbord.analysis.ResultTable;
import dk.styrbord.analysis.Trend;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A result printed as text in a language: its title, its table and its footer (unit, price basis,
 * comparison group, data, source), with the column headers and numbers as the language writes
 * them. In English that is the result's own printout; in Danish, the results that print as a
 * table ({@link ResultTable}, {@link RecipientRates.Comparison}) get a Danish title where one is
 * written, Danish headers ({@link Language#column}), decimal commas and thousands points; a
 * {@link Benchmark} gets its summary and a {@link Trend} its table and growth line in Danish. Other
 * results print in English.
 *
 * <p>Example: {@code ResultText.of(level("5.38", 2024), Language.DANISH)}.
 */
public final class ResultText {
  private ResultText() {}

  /** The printout of {@code result} in {@code language}. */
  public static String of(Result result, Language language) {
    if (language == Language.DANISH && result instanceof Benchmark b) {
      return danish(b);
    }
    if (language == Language.DANISH && result instanceof Trend t) {
      return danish(t);
    }
    if (language == Language.ENGLISH || !printsAsTable(result)) {
      return result.toString();
    }
    String title = result.info().titleDanish();
    return title + "\n" + Formats.rows(translated(result.table(), language), 20) + "\n" + result.info().describeDanish();
  }

  /** A trend as Trend's own printout: every year, then the growth line, in Danish. */
  private static String danish(Trend t) {
    Language da = Language.DANISH;
    String title = t.info().titleDanish();
    return title + "\n" + Formats.rows(translated(t.table(), da), t.table().rowCount()) + "\n"
        + "Vækst " + t.firstYear() + "-" + t.lastYear() + ": " + da.number(t.growthCurrent(), 1) + " % om året i løbende priser, "
        + da.number(t.growthFixed(), 1) + " % i faste " + t.baseYear() + "-priser. Indeks, ændring og landsniveau i "
        + t.info().priceBasis().danish() + ".\n"
        + t.info().describeDanish();
  }

  /** A benchmark's summary as Benchmark's own, in Danish words and figures. */
  private static String danish(Benchmark b) {
    Language da = Language.DANISH;
    double gap = b.gapMillions();
    return b.municipality() + ", " + b.year() + ": " + da.number(b.perInhabitant(), 0) + " " + b.info().unit().danish()
        + " til " + b.info().scope() + ".\n"
        + "  Nr. " + b.rank() + " af " + b.count() + " (1 = højeste), percentil " + da.number(b.percentile(), 0)
        + ", z = " + da.number(b.zScore(), 2) + ". Landsniveau " + da.number(b.nationalLevel(), 0) + ".\n"
        + "  Sammenligningsgruppe " + b.groupName() + " (" + b.groupSize() + " andre): niveau " + da.number(b.groupLevel(), 0)
        + " (gennemsnit " + da.number(b.groupMean(), 0) + ", median " + da.number(b.groupMedian(), 0) + ").\n"
        + "  Forskel: " + da.number(b.gapPerInhabitant(), 0) + " kr. pr. indbygger i aldersgruppen = "
        + da.number(gap, 1) + " mio. kr. i alt\n"
        + "  (" + b.municipality() + " ville bruge " + da.number(Math.abs(gap), 1) + " mio. kr. " + (gap >= 0 ? "mindre" : "mere")
        + ", hvis den brugte som sin sammenligningsgruppe).\n"
        + b.info().describeDanish();
  }

  private static boolean printsAsTable(Result result) {
    return result instanceof ResultTable || result instanceof RecipientRates.Comparison;
  }

  /** The table as text cells with headers and figures in the language, so it prints as the language writes. */
  private static Table translated(Table table, Language language) {
    Table out = Table.create();
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
