package dk.styrbord.plot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.styrbord.analysis.Trend;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * A municipality's spending per inhabitant over the years in fixed prices: the municipality as a
 * bold line, each member of its comparison group as a thin grey line, the national level dashed.
 * Every line is put in the trend's fixed prices with the trend's own deflator (fixed ÷ current in
 * each year), so the lines compare like with like.
 *
 * <p>Example: {@code TrendChart.of(trend, perInhabitant, "Oplandskommuner", groupCodes, Language.ENGLISH)}.
 */
public final class TrendChart {
  private static final Pattern SCOPE = Pattern.compile("spending per inhabitant, (.+?) per \\d");

  private TrendChart() {}

  /**
   * The trend with the comparison group's lines drawn from {@code perInhabitant} (code,
   * municipality, year, per_inhabitant in current prices); an empty group draws none.
   */
  public static Chart of(Trend trend, Table perInhabitant, String groupName, Collection<Integer> group, Language language) {
    Table own = trend.table();
    Map<Integer, Double> deflator = new HashMap<>();
    for (Row r : own) {
      deflator.put(r.getInt("year"), r.getDouble("per_inhabitant_fixed") / r.getDouble("per_inhabitant"));
    }
    ArrayNode traces = Plotly.JSON.createArrayNode();
    String unit = Units.dkkPer(own.name(), language);
    String hover = "%{fullData.name} %{x}: %{y:,.0f} " + unit + "<extra></extra>";
    groupLines(traces, perInhabitant, trend.municipality(), groupName, group, deflator, hover);
    List<Integer> years = own.intColumn("year").asList();
    List<Double> national = new ArrayList<>();
    for (Row r : own) {
      national.add(r.getDouble("national") * deflator.get(r.getInt("year")));
    }
    ObjectNode nationalLine = line(traces, language.text("National level", "Landsniveau"), years, national, hover);
    nationalLine.putObject("line").put("color", Plotly.REFERENCE).put("width", 2).put("dash", "dash");
    ObjectNode ownLine = line(traces, trend.municipality(), years, own.doubleColumn("per_inhabitant_fixed").asList(), hover);
    ownLine.put("mode", "lines+markers");
    ownLine.putObject("line").put("color", Plotly.CHOSEN).put("width", 4);
    ownLine.putObject("marker").put("size", 8).put("color", Plotly.CHOSEN);

    String title = trend.municipality() + ": " + language.text("spending", "udgift") + scope(own.name(), language) + " "
        + unit.replace("DKK ", "").replace("kr. ", "") + ", " + Units.fixedPrices(trend.baseYear(), language);
    String subtitle = language.text(
        "Growth " + years.get(0) + "–" + years.get(years.size() - 1) + ": " + language.number(trend.growthFixed(), 1)
            + " % a year in fixed prices, " + language.number(trend.growthCurrent(), 1) + " % in current prices",
        "Vækst " + years.get(0) + "–" + years.get(years.size() - 1) + ": " + language.number(trend.growthFixed(), 1)
            + " % om året i faste priser, " + language.number(trend.growthCurrent(), 1) + " % i løbende priser");
    ObjectNode layout = Plotly.layout(title, subtitle, language, 560);
    Plotly.axis(layout, "xaxis", language.text("Year", "År")).put("dtick", 1);
    Plotly.axis(layout, "yaxis", unit + ", " + Units.fixedPrices(trend.baseYear(), language)).put("tickformat", ",.0f")
        .put("rangemode", "tozero");
    layout.putObject("legend").put("x", 1).put("xanchor", "right").put("y", 0.02).put("yanchor", "bottom")
        .put("bgcolor", "rgba(255,255,255,0.85)");
    String source = Footer.spending(language) + language.text("; price index ", "; prisindeks ") + trend.baseYear() + " = 100";
    // The trend's table is named "<municipality>: <the per-inhabitant table's name>"; name the data once.
    boolean sameData = own.name().equals(trend.municipality() + ": " + perInhabitant.name());
    return new Chart(title, traces, layout, sameData
        ? Footer.of(language, source, perInhabitant.name())
        : Footer.of(language, source, own.name(), perInhabitant.name()));
  }

  /** " on 5.38 (adults)" when the table's name says which spending, else nothing. */
  static String scope(String tableName, Language language) {
    Matcher m = SCOPE.matcher(tableName);
    if (!m.find()) {
      return "";
    }
    return language.text(" on " + m.group(1), " til " + m.group(1).replace("(adults)", "(voksne)").replace("(children)", "(børn og unge)"));
  }

  private static void groupLines(ArrayNode traces, Table perInhabitant, String municipality, String groupName,
      Collection<Integer> group, Map<Integer, Double> deflator, String hover) {
    Map<String, TreeMap<Integer, Double>> lines = new TreeMap<>();
    for (Row r : perInhabitant) {
      Double factor = deflator.get(r.getInt("year"));
      if (group.contains(r.getInt("code")) && !r.getString("municipality").equals(municipality) && factor != null) {
        lines.computeIfAbsent(r.getString("municipality"), k -> new TreeMap<>())
            .put(r.getInt("year"), r.getNumber("per_inhabitant") * factor);
      }
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
