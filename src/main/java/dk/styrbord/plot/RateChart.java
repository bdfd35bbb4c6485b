package dk.styrbord.plot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.styrbord.analysis.RecipientRates;
import dk.styrbord.analysis.ResultInfo;
import dk.styrbord.analysis.ResultTable;
import java.util.List;

/**
 * A municipality's recipients per 1,000 of the age group next to its comparison group's (a ratio
 * of sums), as bars: one measure in one year, or several measures in two years, the earlier year
 * pale and the later year full.
 *
 * <p>Example: {@code RateChart.of(compareRates("Morsø", "§85", 2021), Language.ENGLISH)}.
 */
public final class RateChart {
  private RateChart() {}

  /** Own against group for one measure in one year: two bars, the index in the subtitle. */
  public static Chart of(RecipientRates.Comparison c, Language language) {
    ResultInfo info = c.info();
    String own = who(info);
    String group = groupName(info, language);
    ArrayNode traces = Plotly.JSON.createArrayNode();
    ObjectNode bars = Plotly.trace(traces, "bar", Units.scope(info, language) + " " + c.year());
    bars.set("x", Plotly.texts(List.of(own, group)));
    bars.set("y", Plotly.numbers(c.own(), c.group()));
    bars.set("text", Plotly.texts(List.of(language.number(c.own(), 2), language.number(c.group(), 2))));
    bars.put("textposition", "outside");
    bars.putObject("marker").set("color", Plotly.texts(List.of(Plotly.CHOSEN, Plotly.GROUP)));
    bars.put("hovertemplate", "%{x}: %{y:,.2f}<extra></extra>");
    String title = own + " " + c.year() + ": " + Units.scope(info, language) + language.text(" against ", " mod ") + group;
    String subtitle = language.text("Index ", "Indeks ") + language.number(c.index(), 0)
        + language.text(" (group = 100); the group's rate is all its recipients ÷ all its inhabitants",
            " (gruppen = 100); gruppens niveau er alle dens modtagere ÷ alle dens indbyggere");
    ObjectNode layout = Plotly.layout(title, subtitle, language, 520);
    Plotly.axis(layout, "xaxis", "");
    Plotly.axis(layout, "yaxis", Units.unit(info, language)).put("rangemode", "tozero");
    layout.put("showlegend", false);
    return new Chart(title, traces, layout, Footer.of(info, language));
  }

  /**
   * Own against group for several measures in two years, from {@code compareRates(kommune,
   * fromYear, toYear, measures…)}: columns measure, own_&lt;year&gt;, group_&lt;year&gt; for both years.
   */
  public static Chart of(ResultTable rates, Language language) {
    ResultInfo info = rates.info();
    List<Integer> years = info.years();
    int from = years.get(0);
    int to = years.get(years.size() - 1);
    String own = who(info);
    String group = groupName(info, language);
    ArrayNode traces = Plotly.JSON.createArrayNode();
    List<String> measures = rates.stringColumn("measure").asList();
    bars(traces, rates, measures, own + " " + from, "own_" + from, "rgba(192,57,43,0.4)");
    bars(traces, rates, measures, own + " " + to, "own_" + to, Plotly.CHOSEN);
    bars(traces, rates, measures, group + " " + from, "group_" + from, "rgba(46,134,193,0.4)");
    bars(traces, rates, measures, group + " " + to, "group_" + to, Plotly.GROUP);
    String title = own + language.text(" against ", " mod ") + group + ", " + from + language.text(" and ", " og ") + to;
    String subtitle = language.text("Recipients per 1,000 of each measure's age group; the group's rate is all its recipients ÷ all its inhabitants",
        "Modtagere pr. 1.000 i hver indsats' aldersgruppe; gruppens niveau er alle dens modtagere ÷ alle dens indbyggere");
    ObjectNode layout = Plotly.layout(title, subtitle, language, 560);
    layout.put("barmode", "group");
    Plotly.axis(layout, "xaxis", language.text("Measure", "Indsats"));
    Plotly.axis(layout, "yaxis", Units.unit(info, language)).put("rangemode", "tozero");
    Plotly.legendOnTop(layout);
    return new Chart(title, traces, layout, Footer.of(info, language));
  }

  private static void bars(ArrayNode traces, ResultTable rates, List<String> measures, String name, String column, String colour) {
    ObjectNode trace = Plotly.trace(traces, "bar", name);
    trace.set("x", Plotly.texts(measures));
    trace.set("y", Plotly.numbers(rates.numberColumn(column).asDoubleArray()));
    trace.putObject("marker").put("color", colour);
    trace.put("hovertemplate", "%{fullData.name}, %{x}: %{y:,.2f}<extra></extra>");
  }

  private static String who(ResultInfo info) {
    return info.municipality() == null ? "" : info.municipality().name();
  }

  private static String groupName(ResultInfo info, Language language) {
    return info.group() == null ? language.text("Comparison group", "Sammenligningsgruppe") : info.group().name();
  }
}
