package dk.styrbord.analysis;

import tech.tablesaw.api.Table;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

/** How numeric result columns print at the prompt: kroner as whole numbers, rates with decimals. */
final class Formats {
  private Formats() {}

  /** Prints the named double columns as whole numbers (kroner, persons). */
  static Table whole(Table t, String... columns) {
    for (String name : columns) {
      t.doubleColumn(name).setPrintFormatter(NumberColumnFormatter.ints());
    }
    return t;
  }

  /** Prints the named double columns with a fixed number of decimals. */
  static Table decimals(Table t, int decimals, String... columns) {
    for (String name : columns) {
      t.doubleColumn(name).setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(decimals));
    }
    return t;
  }
}
