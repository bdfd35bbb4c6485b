package dk.styrbord.analysis.budget;

import dk.styrbord.analysis.Result;
import dk.styrbord.analysis.ResultInfo;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A year-end forecast for one area (see {@link BudgetForecast} for the method). Amounts in DKK;
 * overrun positive, underrun negative; percentages of the annual budget. Its info says whose
 * budget it is, e.g. Hørsholm's for the bundled budget.
 *
 * <p>Example: {@code forecast("adults").info().provenance().owner().name()} is "Hørsholm".
 *
 * @param info what the forecast is: its title, e.g. "Hørsholm: year-end forecast: adults 2026
 *     (synthetic data)", unit (DKK, current prices) and whose data
 * @param area the area, e.g. "adults"
 * @param year the budget year
 * @param monthsBooked months with actuals, from January
 * @param annualBudget budget for the whole year
 * @param actualToDate actual spending of the booked months (year to date)
 * @param profile where the seasonal profile comes from, e.g. "2025 actuals"
 * @param shareByNow share of the profile year's spending by the same month
 * @param seasonalForecast actual to date ÷ share by now
 * @param runRateForecast actual to date × 12 ÷ months booked
 * @param overrun seasonal forecast − annual budget
 * @param overrunPercent overrun ÷ annual budget × 100
 * @param thresholdPercent the overrun, in % of the budget, above which to warn
 */
public record YearEndForecast(
    ResultInfo info,
    String area,
    int year,
    int monthsBooked,
    double annualBudget,
    double actualToDate,
    String profile,
    double shareByNow,
    double seasonalForecast,
    double runRateForecast,
    double overrun,
    double overrunPercent,
    double thresholdPercent) implements Result {
  private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ROOT);
  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December"};

  /** True when the projected overrun exceeds the threshold. */
  public boolean warning() {
    return overrunPercent > thresholdPercent;
  }

  /** One line for a steering meeting, e.g. "Warning: adults 2026 heads for an overrun of …". */
  public String message() {
    String amount = "DKK " + dkk(Math.abs(overrun));
    String percent = oneDecimal(Math.abs(overrunPercent)) + " %";
    String threshold = "the " + oneDecimal(thresholdPercent) + " % threshold";
    if (warning()) {
      return "Warning: " + area + " " + year + " heads for an overrun of " + amount + " (" + percent
          + " of the budget) by year-end, above " + threshold + ".";
    }
    String direction = overrun >= 0 ? "an overrun" : "an underrun";
    return area + " " + year + " is on track: " + direction + " of " + amount + " (" + percent
        + " of the budget) by year-end, within " + threshold + ".";
  }

  /** The forecast's title, from its info. */
  public String title() {
    return info.title();
  }

  /** The forecast as a one-row table; {@link #asTable()} says the same. */
  @Override
  public Table table() {
    return asTable();
  }

  /** The forecast as a one-row table, named "Year-end forecast: adults 2026". */
  public Table asTable() {
    Table t = Table.create("Year-end forecast: " + area + " " + year,
        StringColumn.create("area", area), IntColumn.create("year", new int[] {year}),
        IntColumn.create("months booked", new int[] {monthsBooked}),
        DoubleColumn.create("budget (DKK)", annualBudget),
        DoubleColumn.create("actual to date (DKK)", actualToDate),
        DoubleColumn.create("forecast, seasonal (DKK)", seasonalForecast),
        DoubleColumn.create("forecast, run rate (DKK)", runRateForecast),
        DoubleColumn.create("overrun (DKK)", overrun),
        DoubleColumn.create("overrun (%)", overrunPercent),
        BooleanColumn.create("warning", new boolean[] {warning()}));
    for (String name : new String[] {"budget (DKK)", "actual to date (DKK)", "forecast, seasonal (DKK)",
        "forecast, run rate (DKK)", "overrun (DKK)"}) {
      t.doubleColumn(name).setPrintFormatter(new DecimalFormat("#,##0", SYMBOLS), "NA");
    }
    t.doubleColumn("overrun (%)").setPrintFormatter(new DecimalFormat("0.0", SYMBOLS), "NA");
    return t;
  }

  @Override
  public String toString() {
    return info.title() + "\n"
        + "  months booked             " + monthsBooked + " (January-" + MONTHS[monthsBooked - 1] + ")\n"
        + "  budget for the year       DKK " + dkk(annualBudget) + "\n"
        + "  actual to date            DKK " + dkk(actualToDate) + "\n"
        + "  forecast, seasonal        DKK " + dkk(seasonalForecast) + "  (" + oneDecimal(100 * shareByNow)
        + " % of the year spent by " + MONTHS[monthsBooked - 1] + " in the " + profile + ")\n"
        + "  forecast, run rate        DKK " + dkk(runRateForecast)
        + "  (to date × 12 ÷ " + monthsBooked + ")\n"
        + "  overrun (seasonal)        DKK " + dkk(overrun) + "  (" + oneDecimal(overrunPercent) + " %)\n"
        + message() + "\n"
        + info.describe();
  }

  private static String dkk(double amount) {
    return new DecimalFormat("#,##0", SYMBOLS).format(amount);
  }

  private static String oneDecimal(double value) {
    return new DecimalFormat("0.0", SYMBOLS).format(value);
  }
}
