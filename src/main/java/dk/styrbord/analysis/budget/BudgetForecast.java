package dk.styrbord.analysis.budget;

import dk.styrbord.WorkbenchException;
import dk.styrbord.analysis.LocalData;
import dk.styrbord.analysis.PriceBasis;
import dk.styrbord.analysis.ResultInfo;
import dk.styrbord.analysis.Unit;
import dk.styrbord.data.Provenance;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * Early warning (Hørsholm): the year-end forecast for one area from the months booked so far.
 *
 * <p>Method: scale the actual to date by last year's seasonal profile, forecast = actual January–m
 * ÷ (share of last year's full-year actual spent by the end of month m), so a year that spends
 * unevenly (more in January and December) is not misread; the simple run rate, actual to date × 12
 * ÷ m, is shown for comparison. See {@link SeasonalProfile} for the profile and its fallback. The
 * projected overrun is the seasonal forecast − the annual budget; a warning is raised when it
 * exceeds a threshold in % of the annual budget (default 2 %).
 *
 * <p>The forecast's info names whose budget it is: the provenance given, or for a table without
 * one, the user's own data.
 *
 * <p>Example: {@code BudgetForecast.yearEnd(budget, "adults")}.
 */
public final class BudgetForecast {
  /** The default warning threshold: a projected overrun above 2 % of the annual budget. */
  public static final double DEFAULT_THRESHOLD_PERCENT = 2.0;

  private BudgetForecast() {}

  /** The forecast for the latest year with actuals of a budget table you brought, warning above 2 %. */
  public static YearEndForecast yearEnd(Table budget, String area) {
    return yearEnd(budget, area, DEFAULT_THRESHOLD_PERCENT);
  }

  /** The same, warning above {@code thresholdPercent}. */
  public static YearEndForecast yearEnd(Table budget, String area, double thresholdPercent) {
    return yearEnd(budget, area, thresholdPercent, yours(budget));
  }

  /** The forecast for the latest year with actuals of a budget with this provenance, e.g. the bundled one. */
  public static YearEndForecast yearEnd(Table budget, String area, double thresholdPercent, Provenance source) {
    return yearEnd(budget, area, BudgetYear.latestBookedYear(budget, area), thresholdPercent, source);
  }

  /** The forecast for {@code year} of a budget table you brought, warning above {@code thresholdPercent} %. */
  public static YearEndForecast yearEnd(Table budget, String area, int year, double thresholdPercent) {
    return yearEnd(budget, area, year, thresholdPercent, yours(budget));
  }

  /** The forecast for {@code year} of a budget with this provenance. */
  public static YearEndForecast yearEnd(Table budget, String area, int year, double thresholdPercent,
      Provenance source) {
    if (!(thresholdPercent >= 0) || Double.isInfinite(thresholdPercent)) {
      throw new WorkbenchException("The threshold " + thresholdPercent
          + " is not a percentage: give one of 0 or more, e.g. 2 for 2 % of the budget.");
    }
    BudgetYear current = BudgetYear.read(budget, area, year);
    int m = current.monthsBooked();
    if (m == 0) {
      throw new WorkbenchException("No actuals are booked for " + current.area() + " " + year
          + " yet: there is nothing to forecast from.");
    }
    SeasonalProfile profile = SeasonalProfile.forYear(budget, current);
    double toDate = current.actualToDate();
    double seasonal = toDate / profile.shareBy(m);
    double overrun = seasonal - current.annualBudget();
    ResultInfo info = LocalData.info("Year-end forecast: " + current.area() + " " + year, "budget: " + current.area(),
        List.of(year), Unit.dkk(), PriceBasis.CURRENT, source);
    return new YearEndForecast(info, current.area(), year, m,
        current.annualBudget(), toDate, profile.source(), profile.shareBy(m), seasonal, toDate * 12 / m,
        overrun, 100 * overrun / current.annualBudget(), thresholdPercent);
  }

  /** The provenance of a budget table: the bundled dataset's own, else the user's. */
  static Provenance yours(Table budget) {
    return dk.styrbord.analysis.ResultTable.provenanceOf(budget);
  }
}
