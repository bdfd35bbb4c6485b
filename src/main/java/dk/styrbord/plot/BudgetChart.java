package dk.styrbord.plot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.styrbord.analysis.ResultInfo;
import java.util.List;
import java.util.Optional;
import tech.tablesaw.api.Table;

/**
 * Budget against actual through the year, with the year-end forecast: above, the cumulative budget
 * (dashed), the cumulative actual (solid) and the forecast path from the last booked month to
 * December (dotted); below, the monthly budget and actual as bars. Amounts in DKK million.
 *
 * <p>The table has one row per month with these columns (names compared without case; the
 * labels {@code budgetMonths()} prints, such as "cumulative budget (DKK)", are accepted too):
 * <ul>
 *   <li>{@code month}: 1–12;
 *   <li>{@code budget_dkk}, {@code actual_dkk}: the month's budget and actual spending in DKK (actual
 *       empty for months not booked);
 *   <li>{@code cumulative_budget}, {@code cumulative_actual}: optional, computed from the monthly
 *       columns when absent;
 *   <li>{@code forecast_cumulative}: the forecast cumulative spending from the last booked month on
 *       (also accepted: "forecast path, seasonal (DKK)"), empty before it;
 *   <li>{@code forecast_run_rate}: optional, a second forecast path (also "forecast path, run rate (DKK)").
 * </ul>
 *
 * <p>Example: {@code BudgetChart.of(budgetMonths("adults"), Language.ENGLISH)}.
 */
public final class BudgetChart {
  private static final String HELPER = "budgetChart";

  private BudgetChart() {}

  /** The chart of the months in {@code months}. */
  public static Chart of(Table months, Language language) {
    double[] month = months.numberColumn(ColumnRoles.require(months, HELPER, "month")).asDoubleArray();
    double[] budget = millions(months, ColumnRoles.require(months, HELPER, "budget_dkk", "budget", "budget (DKK)"));
    double[] actual = millions(months, ColumnRoles.require(months, HELPER, "actual_dkk", "actual", "actual (DKK)"));
    double[] cumBudget = ColumnRoles.find(months, "cumulative_budget", "cumulative_budget_dkk", "cumulative budget (DKK)")
        .map(c -> millions(months, c)).orElseGet(() -> cumulative(budget));
    double[] cumActual = ColumnRoles.find(months, "cumulative_actual", "cumulative_actual_dkk", "cumulative actual (DKK)")
        .map(c -> millions(months, c)).orElseGet(() -> cumulative(actual));
    double[] forecast = millions(months, ColumnRoles.require(months, HELPER, "forecast_cumulative",
        "forecast path, seasonal (DKK)", "forecast"));
    Optional<double[]> runRate = ColumnRoles.find(months, "forecast_run_rate", "forecast path, run rate (DKK)")
        .map(c -> millions(months, c));

    ArrayNode traces = Plotly.JSON.createArrayNode();
    String mio = language.text("DKK million", "mio. kr.");
    String hover = "%{fullData.name}, " + language.text("month", "måned") + " %{x}: %{y:,.1f} " + mio + "<extra></extra>";
    line(traces, language.text("Cumulative budget", "Akkumuleret budget"), month, cumBudget, Plotly.REFERENCE, "dash", hover);
    line(traces, language.text("Cumulative actual", "Akkumuleret forbrug"), month, cumActual, Plotly.GROUP, "solid", hover)
        .put("mode", "lines+markers");
    line(traces, language.text("Year-end forecast (seasonal)", "Prognose for året (sæson)"), month, forecast, Plotly.CHOSEN, "dot", hover);
    runRate.ifPresent(r -> line(traces, language.text("Forecast, run rate", "Prognose, lineær"), month, r, "#e67e22", "dashdot", hover)
        .with("line").put("width", 1.5));
    bars(traces, language.text("Monthly budget", "Månedsbudget"), month, budget, "#aab7c4", hover);
    bars(traces, language.text("Monthly actual", "Månedsforbrug"), month, actual, Plotly.GROUP, hover);

    double yearBudget = cumBudget[cumBudget.length - 1];
    double yearForecast = forecast[forecast.length - 1];
    ResultInfo info = Footer.infoOf(months);
    String what = info == null ? "" : (": " + Units.scope(info, language) + " " + info.yearSpan()).stripTrailing();
    String title = language.text("Budget, actual and year-end forecast", "Budget, forbrug og prognose for året") + what;
    String subtitle = language.text("Budget ", "Budget ") + language.number(yearBudget, 1) + " " + mio
        + language.text(", forecast ", ", prognose ") + language.number(yearForecast, 1) + " " + mio + " ("
        + (yearForecast >= yearBudget ? "+" : "") + language.number(yearForecast - yearBudget, 1) + " " + mio + ", "
        + (yearForecast >= yearBudget ? "+" : "") + language.number(100 * (yearForecast / yearBudget - 1), 1) + " %)";
    ObjectNode layout = Plotly.layout(title, subtitle, language, 640);
    layout.put("barmode", "group");
    ObjectNode x = Plotly.axis(layout, "xaxis", "");
    x.put("anchor", "y").put("showticklabels", false).put("dtick", 1);
    x.set("range", Plotly.numbers(0.5, 12.5));
    ObjectNode x2 = Plotly.axis(layout, "xaxis2", language.text("Month", "Måned"));
    x2.put("anchor", "y2").put("matches", "x");
    x2.set("tickvals", Plotly.numbers(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
    x2.set("ticktext", Plotly.texts(List.of(language.text("Jan,Feb,Mar,Apr,May,Jun,Jul,Aug,Sep,Oct,Nov,Dec",
        "jan,feb,mar,apr,maj,jun,jul,aug,sep,okt,nov,dec").split(","))));
    ObjectNode y = Plotly.axis(layout, "yaxis", language.text("Cumulative, ", "Akkumuleret, ") + mio);
    y.put("tickformat", ",.0f").put("rangemode", "tozero");
    y.set("domain", Plotly.numbers(0.4, 1));
    ObjectNode y2 = Plotly.axis(layout, "yaxis2", language.text("Per month, ", "Pr. måned, ") + mio);
    y2.put("tickformat", ",.0f").put("rangemode", "tozero");
    y2.set("domain", Plotly.numbers(0, 0.3));
    Plotly.legendOnTop(layout);
    return new Chart(title, traces, layout, Footer.of(months, language));
  }

  private static ObjectNode line(ArrayNode traces, String name, double[] x, double[] y, String colour, String dash, String hover) {
    ObjectNode trace = Plotly.trace(traces, "scatter", name);
    trace.put("mode", "lines");
    trace.set("x", Plotly.numbers(x));
    trace.set("y", Plotly.numbers(y));
    trace.put("hovertemplate", hover);
    trace.putObject("line").put("color", colour).put("width", 2.5).put("dash", dash);
    return trace;
  }

  private static void bars(ArrayNode traces, String name, double[] x, double[] y, String colour, String hover) {
    ObjectNode trace = Plotly.trace(traces, "bar", name);
    trace.set("x", Plotly.numbers(x));
    trace.set("y", Plotly.numbers(y));
    trace.put("xaxis", "x2").put("yaxis", "y2");
    trace.put("hovertemplate", hover);
    trace.putObject("marker").put("color", colour);
  }

  private static double[] millions(Table t, String column) {
    double[] values = t.numberColumn(column).asDoubleArray();
    for (int i = 0; i < values.length; i++) {
      values[i] /= 1e6;
    }
    return values;
  }

  private static double[] cumulative(double[] monthly) {
    double[] sum = new double[monthly.length];
    double running = 0;
    for (int i = 0; i < monthly.length; i++) {
      running += Double.isNaN(monthly[i]) ? 0 : monthly[i];
      sum[i] = Double.isNaN(monthly[i]) ? Double.NaN : running;
    }
    return sum;
  }
}
