package dk.styrbord.analysis.casework;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import tech.tablesaw.api.Table;

/** Print formats of the casework tables: one decimal for shares and days, the same on every machine. */
final class Formats {
  private Formats() {}

  /** Prints the named double columns with one decimal; missing values as "NA". */
  static Table oneDecimal(Table t, String... columns) {
    for (String name : columns) {
      t.doubleColumn(name).setPrintFormatter(new DecimalFormat("#,##0.0", SYMBOLS), "NA");
    }
    return t;
  }

  /** A share in per cent, or NaN when there is nothing to divide by. */
  static double percent(int part, int whole) {
    return whole == 0 ? Double.NaN : 100.0 * part / whole;
  }

  private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ROOT);
}
