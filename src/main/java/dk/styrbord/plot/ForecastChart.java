package dk.styrbord.plot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.styrbord.analysis.Result;
import dk.styrbord.analysis.budget.YearEndForecast;
import java.util.List;

/**
 * A year-end forecast at a glance: the year's budget, the actual to date and the two forecasts
 * (seasonal and run rate) as bars in DKK million, with the budget and the warning threshold as
 * lines. It draws only what the forecast holds; {@code budgetChart(area)} draws the months.
 *
 * <p>Example: {@code ForecastChart.of(forecast("adults"), Language.ENGLISH)}.
 */
public final class ForecastChart {
  private ForecastChart() {}

  /** The bars of {@code f}, the seasonal forecast red when it crosses the threshold. */
  public static Chart of(YearEndForecast f, Language language) {
    String mio = language.text("DKK million", "mio. kr.");
    List<String> labels = List.of(language.text("Budget for the year", "Årets budget"),
        language.text("Actual to date (" + f.monthsBooked() + " months)", "Forbrug til dato (" + f.monthsBooked() + " mdr.)"),
        language.text("Forecast, seasonal", "Prognose, sæson"), language.text("Forecast, run rate", "Prognose, lineær"));
    double[] values = {f.annualBudget() / 1e6, f.actualToDate() / 1e6, f.seasonalForecast() / 1e6, f.runRateForecast() / 1e6};
    ArrayNode traces = Plotly.JSON.createArrayNode();
    ObjectNode bars = Plotly.trace(traces, "bar", f.area() + " " + f.year());
    bars.set("y", Plotly.texts(labels));
    bars.set("x", Plotly.numbers(values));
    bars.put("orientation", "h");
    bars.put("texttemplate", "%{x:,.1f}").put("textposition", "outside");
    bars.putObject("marker").set("color", Plotly.texts(List.of("#aab7c4", Plotly.GROUP,
        f.warning() ? Plotly.CHOSEN : "#27ae60", "#e67e22")));
    bars.put("hovertemplate", "%{y}: %{x:,.1f} " + mio + "<extra></extra>");
    String title = language.text("Year-end forecast: ", "Prognose for året: ") + Units.scope(f.area(), language) + " " + f.year();
    String subtitle = language.text("Seasonal forecast ", "Sæsonprognose ") + (f.overrun() >= 0 ? "+" : "")
        + language.number(f.overrun() / 1e6, 1) + " " + mio + " (" + (f.overrun() >= 0 ? "+" : "") + language.number(f.overrunPercent(), 1)
        + language.text(" %) against the budget; warning above ", " %) mod budgettet; advarsel over ")
        + language.number(f.thresholdPercent(), 1) + " %";
    ObjectNode layout = Plotly.layout(title, subtitle, language, 480);
    Plotly.axis(layout, "xaxis", mio).put("tickformat", ",.0f").put("rangemode", "tozero");
    Plotly.axis(layout, "yaxis", "").put("autorange", "reversed");
    layout.put("showlegend", false);
    layout.with("margin").put("l", 220).put("r", 60);
    double budget = f.annualBudget() / 1e6;
    line(layout, budget, language.text("Budget ", "Budget "), Plotly.REFERENCE, "right");
    line(layout, budget * (1 + f.thresholdPercent() / 100), language.text(" Warning threshold", " Advarselsgrænse"), Plotly.CHOSEN, "left");
    return new Chart(title, traces, layout, footer(f, language));
  }

  /** The forecast's own info when it carries one (once it is a Result), else its title. */
  private static String footer(YearEndForecast f, Language language) {
    Object forecast = f;
    return forecast instanceof Result r ? Footer.of(r.info(), language) : Footer.unrecorded(f.title(), language);
  }

  private static void line(ObjectNode layout, double x, String label, String colour, String anchor) {
    ObjectNode shape = layout.withArray("shapes").addObject();
    shape.put("type", "line").put("xref", "x").put("x0", x).put("x1", x).put("yref", "paper").put("y0", 0).put("y1", 1);
    shape.putObject("line").put("color", colour).put("width", 1.5).put("dash", "dash");
    ObjectNode text = layout.withArray("annotations").addObject();
    text.put("xref", "x").put("x", x).put("xanchor", anchor).put("yref", "paper").put("y", 1).put("yanchor", "bottom").put("showarrow", false)
        .put("text", label);
    text.putObject("font").put("color", colour).put("size", 11);
  }
}
