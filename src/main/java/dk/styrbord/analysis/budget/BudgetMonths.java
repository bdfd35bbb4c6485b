package dk.styrbord.analysis.budget;

import dk.styrbord.analysis.LocalData;
import dk.styrbord.analysis.PriceBasis;
import dk.styrbord.analysis.ResultTable;
import dk.styrbord.analysis.Unit;
import dk.styrbord.data.Provenance;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * The months of one area's budget year, for plotting the year-end forecast: budget and actual per
 * month, both cumulated, and the forecast paths from the last booked month to December.
 *
 * <p>Seasonal path at month k ≥ m (m = months booked): seasonal forecast × last year's share spent
 * by month k, which starts at the cumulative actual in month m and ends at the year-end forecast
 * (see {@link BudgetForecast}). Run-rate path: actual to date × k ÷ m. Before month m the paths
 * are empty; after it the actuals are.
 *
 * <p>Example: {@code BudgetMonths.of(budget, "adults")}.
 */
public final class BudgetMonths {
  private static final String[] DKK_COLUMNS = {"budget (DKK)", "actual (DKK)", "cumulative budget (DKK)",
      "cumulative actual (DKK)", "forecast path, seasonal (DKK)", "forecast path, run rate (DKK)"};

  private BudgetMonths() {}

  /** The months of the latest year with actuals, from a budget table you brought. */
  public static ResultTable of(Table budget, String area) {
    return of(budget, area, BudgetForecast.yours(budget));
  }

  /** The months of the latest year with actuals, from a budget with this provenance (e.g. the bundled one). */
  public static ResultTable of(Table budget, String area, Provenance source) {
    return of(budget, area, BudgetYear.latestBookedYear(budget, area), source);
  }

  /** The months of {@code year}, from a budget table you brought. */
  public static ResultTable of(Table budget, String area, int year) {
    return of(budget, area, year, BudgetForecast.yours(budget));
  }

  /** The months of {@code year}, one row per month, from a budget with this provenance. */
  public static ResultTable of(Table budget, String area, int year, Provenance source) {
    BudgetYear current = BudgetYear.read(budget, area, year);
    int m = current.monthsBooked();
    SeasonalProfile profile = SeasonalProfile.forYear(budget, current);
    double toDate = current.actualToDate();
    double[] cumBudget = BudgetYear.cumulative(current.budget());
    double[] cumActual = BudgetYear.cumulative(current.actual());
    Table out = Table.create("Budget, actual and forecast by month: " + current.area() + " " + year,
        IntColumn.create("month"));
    for (String name : DKK_COLUMNS) {
      out.addColumns(DoubleColumn.create(name));
    }
    for (int k = 1; k <= 12; k++) {
      boolean booked = k <= m;
      boolean forecast = m > 0 && k >= m;
      out.intColumn("month").append(k);
      out.doubleColumn("budget (DKK)").append(current.budget()[k - 1]);
      out.doubleColumn("actual (DKK)").append(booked ? current.actual()[k - 1] : Double.NaN);
      out.doubleColumn("cumulative budget (DKK)").append(cumBudget[k - 1]);
      out.doubleColumn("cumulative actual (DKK)").append(booked ? cumActual[k - 1] : Double.NaN);
      out.doubleColumn("forecast path, seasonal (DKK)")
          .append(forecast ? toDate / profile.shareBy(m) * profile.shareBy(k) : Double.NaN);
      out.doubleColumn("forecast path, run rate (DKK)").append(forecast ? toDate * k / m : Double.NaN);
    }
    DecimalFormat dkk = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
    for (String name : DKK_COLUMNS) {
      out.doubleColumn(name).setPrintFormatter(dkk, "");
    }
    return ResultTable.of(out, LocalData.info(out.name(), "budget: " + current.area(), List.of(year), Unit.dkk(),
        PriceBasis.CURRENT, source));
  }
}
