package dk.styrbord.plot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.styrbord.analysis.ResultInfo;
import dk.styrbord.analysis.Trend;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * A municipality's spending per inhabitant over the years in fixed prices: the municipality as a
 * bold line, each member of its comparison group as a thin grey line, the national level dashed.
 * Every line is in the trend's price basis (its info says which), as the trend carries them, so
 * the lines compare like with like and the chart computes nothing.
 *
 * <p>Example: {@code TrendChart.of(trend("Lejre", "5.38"), Language.ENGLISH)}.
 */
public final class TrendChart {
  private TrendChart() {}

  /** The trend with its comparison group's other members as grey lines, all in the trend's price basis. */
  public static Chart of(Trend trend, Language language) {
    Table own = trend.table();
    ResultInfo info = trend.info();
    String basisColumn = info.priceBasis().isFixed() ? "per_inhabitant_fixed" : "per_inhabitant";
    ArrayNode traces = Plotly.JSON.createArrayNode();
    String unit = Units.unit(info, language);
    String hover = "%{fullData.name} %{x}: %{y:,.0f} " + unit + "<extra></extra>";
    String groupName = info.group() == null ? "" : info.group().name();
    groupLines(traces, trend.group(), groupName, hover);
    List<Integer> years = own.intColumn("year").asList();
    ObjectNode nationalLine = line(traces, language.text("National level", "Landsniveau"), years, own.doubleColumn("national").asList(), hover);
    nationalLine.putObject("line").put("color", Plotly.REFERENCE).put("width", 2).put("dash", "dash");
    ObjectNode ownLine = line(traces, trend.municipality(), years, own.doubleColumn(basisColumn).asList(), hover);
    ownLine.put("mode", "lines+markers");
    ownLine.putObject("line").put("color", Plotly.CHOSEN).put("width", 4);
    ownLine.putObject("marker").put("size", 8).put("color", Plotly.CHOSEN);

    String title = trend.municipality() + ": " + language.text("spending on ", "udgift til ") + Units.scope(info, language) + " "
        + Units.perWhom(info, language) + ", " + language.text(info.priceBasis().english(), info.priceBasis().danish());
    String subtitle = language.text(
        "Growth " + years.get(0) + "–" + years.get(years.size() - 1) + ": " + language.number(trend.growthFixed(), 1)
            + " % a year in fixed prices, " + language.number(trend.growthCurrent(), 1) + " % in current prices",
        "Vækst " + years.get(0) + "–" + years.get(years.size() - 1) + ": " + language.number(trend.growthFixed(), 1)
            + " % om året i faste priser, " + language.number(trend.growthCurrent(), 1) + " % i løbende priser");
    ObjectNode layout = Plotly.layout(title, subtitle, language, 560);
    Plotly.axis(layout, "xaxis", language.text("Year", "År")).put("dtick", 1);
    Plotly.axis(layout, "yaxis", Units.of(info, language)).put("tickformat", ",.0f").put("rangemode", "tozero");
    layout.putObject("legend").put("x", 1).put("xanchor", "right").put("y", 0.02).put("yanchor", "bottom")
        .put("bgcolor", "rgba(255,255,255,0.85)");
    return new Chart(title, traces, layout, Footer.of(info, language));
  }

  private static void groupLines(ArrayNode traces, Table group, String groupName, String hover) {
    Map<String, TreeMap<Integer, Double>> lines = new TreeMap<>();
    for (Row r : group) {
      lines.computeIfAbsent(r.getString("municipality"), k -> new TreeMap<>()).put(r.getInt("year"), r.getNumber("per_inhabitant"));
    }
    boolean first = true;
    for (Map.Entry<String, TreeMap<Integer, Double>> line : lines.entrySet()) {
      ObjectNode trace = line(traces, line.getKey(), new ArrayList<>(line.getValue().keySet()),
          new ArrayList<>(line.getValue().values()), hover);
      trace.put("name", first ? groupName : line.getKey());
      trace.put("legendgroup", "group");
      trace.put("showlegend", first);
      trace.put("hovertemplate", Html.escape(line.getKey()) + " %{x}: %{y:,.0f}<extra>" + Html.escape(groupName) + "</extra>");
      trace.putObject("line").put("color", Plotly.OTHERS).put("width", 1.2);
      first = false;
    }
  }

  private static ObjectNode line(ArrayNode traces, String name, List<Integer> years, List<Double> values, String hover) {
    ObjectNode trace = Plotly.trace(traces, "scatter", name);
    trace.put("mode", "lines");
    ArrayNode x = trace.putArray("x");
    years.forEach(x::add);
    trace.set("y", Plotly.numbers(values.stream().mapToDouble(Double::doubleValue).toArray()));
    trace.put("hovertemplate", hover);
    return trace;
  }
}
