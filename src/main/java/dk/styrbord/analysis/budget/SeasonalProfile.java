package dk.styrbord.analysis.budget;

import tech.tablesaw.api.Table;

/**
 * The share of a year's spending that falls by the end of each month: the seasonal profile a
 * year-end forecast scales the year to date by.
 *
 * <p>The profile is last year's actuals: share by month m = actual January–m ÷ full-year actual of
 * the year before. When the table does not hold last year complete, the year's own monthly budget
 * is the profile instead (share = budget January–m ÷ annual budget), and {@link #source()} says so.
 *
 * @param cumulativeShare the share spent by the end of each month, index 0 = January, 11 = 1.0
 * @param source where the profile comes from, e.g. "2025 actuals"
 */
record SeasonalProfile(double[] cumulativeShare, String source) {

  /** The profile for forecasting {@code year} of an area. */
  static SeasonalProfile forYear(Table table, BudgetYear year) {
    int previous = year.year() - 1;
    if (BudgetYear.hasCompleteYear(table, year.area(), previous)) {
      return of(BudgetYear.read(table, year.area(), previous).actual(), previous + " actuals");
    }
    return of(year.budget(), year.year() + " budget");
  }

  /** The share spent by the end of month {@code month} (1–12). */
  double shareBy(int month) {
    return cumulativeShare[month - 1];
  }

  private static SeasonalProfile of(double[] monthly, String source) {
    double[] cumulative = BudgetYear.cumulative(monthly);
    double total = cumulative[11];
    double[] share = new double[12];
    for (int m = 0; m < 12; m++) {
      share[m] = cumulative[m] / total;
    }
    return new SeasonalProfile(share, source);
  }
}
