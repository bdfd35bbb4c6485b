package dk.styrbord.analysis;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

/**
 * How numeric result columns print at the prompt, the same on every machine whatever its locale:
 * kroner and persons as whole numbers, rates and shares with a fixed number of decimals, a missing
 * value as an empty cell. Used by every analysis package.
 *
 * <p>Example: {@code Formats.decimals(table, 1, "within 12 weeks (%)")}.
 */
public final class Formats {
  private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ROOT);

  private Formats() {}

  /** Prints the named double columns as whole numbers without grouping (kroner, persons). */
  public static Table whole(Table t, String... columns) {
    return format(t, "0", columns);
  }

  /** Prints the named double columns with {@code decimals} decimals and grouping, e.g. 39,881.6. */
  public static Table decimals(Table t, int decimals, String... columns) {
    return format(t, "#,##0." + "0".repeat(decimals), columns);
  }

  /**
   * The table's rows as Tablesaw prints them (head and tail around "..." beyond {@code rows}) but
   * without its name line: a result prints its title once, above.
   * Example: {@code Formats.rows(level("5.38", 2024).table(), 20)}.
   */
  public static String rows(Table t, int rows) {
    String printed = Table.create("-", t.columns()).print(rows);
    return printed.substring(printed.indexOf('\n') + 1); // Tablesaw's first line is the name, centred
  }

  /** A share in per cent, or NaN (printed empty) when there is nothing to divide by. */
  public static double percent(int part, int whole) {
    return whole == 0 ? Double.NaN : 100.0 * part / whole;
  }

  private static Table format(Table t, String pattern, String... columns) {
    for (String name : columns) {
      t.doubleColumn(name).setPrintFormatter(new Unsigned(new DecimalFormat(pattern, SYMBOLS)));
    }
    return t;
  }

  /** Prints a value that rounds to zero as 0, never "-0" (e.g. a price effect of −0.00004 DKK). */
  private static final class Unsigned extends NumberColumnFormatter {
    private final DecimalFormat format;

    Unsigned(DecimalFormat format) {
      super(format, "");
      this.format = format;
    }

    @Override
    public String format(double value) {
      if (!Double.isNaN(value) && format.format(value).equals(format.format(-0.0))) {
        return super.format(0.0);
      }
      return super.format(value);
    }
  }
}
