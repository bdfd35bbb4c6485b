package dk.styrbord.plot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.styrbord.WorkbenchException;
import dk.styrbord.analysis.Result;
import dk.styrbord.analysis.ResultInfo;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * All municipalities as bars, highest spending first, with the chosen municipality and its
 * comparison group in colour and the national level as a dashed line: where one stands among the
 * 98 at a glance.
 *
 * <p>Example: {@code RankChart.of(level, "Lejre", "Oplandskommuner", groupCodes, Language.ENGLISH)}.
 */
public final class RankChart {
  private RankChart() {}

  /**
   * Bars from a {@code Level} table (code, municipality, per_inhabitant, index_national, in rank
   * order); {@code group} are the comparison group's codes.
   */
  public static Chart of(Table level, String municipality, String groupName, Collection<Integer> group, Language language) {
    if (level.stringColumn("municipality").indexOf(municipality) < 0) {
      throw new WorkbenchException(municipality + " is not in the table " + Footer.untagged(level.name()) + ".");
    }
    ResultInfo info = level instanceof Result r ? r.info() : null;
    String unit = info == null ? Units.column("per_inhabitant", "", language) : Units.of(info, language);
    List<String> order = level.stringColumn("municipality").asList();
    ArrayNode traces = Plotly.JSON.createArrayNode();
    bars(traces, level, language.text("Other municipalities", "Øvrige kommuner"), Plotly.OTHERS,
        r -> !group.contains(r.getInt("code")) && !r.getString("municipality").equals(municipality));
    bars(traces, level, language.text("Comparison group: ", "Sammenligningsgruppe: ") + groupName, Plotly.GROUP,
        r -> group.contains(r.getInt("code")) && !r.getString("municipality").equals(municipality));
    bars(traces, level, municipality, Plotly.CHOSEN, r -> r.getString("municipality").equals(municipality));
    Row chosen = level.row(order.indexOf(municipality));
    String year = info == null ? "" : info.yearSpan();
    String scope = info == null ? "" : language.text(" on ", " til ") + TrendChart.scopeLabel(info.scope(), language);
    String title = language.text("Spending", "Udgift") + scope + " "
        + (info == null ? "" : Units.unit(info, language).replace("DKK ", "").replace("kr. ", ""))
        + (year.isEmpty() ? "" : ", " + year) + language.text(": all municipalities", ": alle kommuner");
    String subtitle = municipality + language.text(" ranks ", " er nr. ") + chosen.getInt("rank")
        + language.text(" of ", " af ") + level.rowCount() + language.text(" (1 = highest): ", " (1 = højest): ")
        + language.number(chosen.getNumber("per_inhabitant"), 0) + language.text(" DKK, index ", " kr., indeks ")
        + language.number(chosen.getNumber("index_national"), 0);
    ObjectNode layout = Plotly.layout(title, subtitle, language, 620);
    layout.put("barmode", "overlay");
    layout.put("bargap", 0.15);
    ObjectNode x = Plotly.axis(layout, "xaxis", language.text("Municipality, highest spending first", "Kommune, højeste udgift først"));
    x.put("categoryorder", "array").set("categoryarray", Plotly.texts(order));
    x.put("tickmode", "array").set("tickvals", Plotly.texts(order));
    x.put("tickangle", -90);
    x.putObject("tickfont").put("size", 9);
    Plotly.axis(layout, "yaxis", unit).put("tickformat", ",.0f");
    Plotly.legendOnTop(layout);
    layout.with("legend").put("x", 1).put("xanchor", "right");
    double national = chosen.getNumber("per_inhabitant") * 100 / chosen.getNumber("index_national");
    nationalLine(layout, national, language);
    layout.with("margin").put("b", 120);
    return new Chart(title, traces, layout, info == null
        ? Footer.of(language, Footer.spending(language), level.name()) : Footer.of(info, language));
  }

  private static void bars(ArrayNode traces, Table level, String name, String colour, Predicate<Row> which) {
    List<String> names = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    for (Row r : level) {
      if (which.test(r)) {
        names.add(r.getString("municipality"));
        values.add(r.getNumber("per_inhabitant"));
      }
    }
    ObjectNode trace = Plotly.trace(traces, "bar", name);
    trace.set("x", Plotly.texts(names));
    trace.set("y", Plotly.numbers(values.stream().mapToDouble(Double::doubleValue).toArray()));
    trace.putObject("marker").put("color", colour);
    trace.put("hovertemplate", "%{x}: %{y:,.0f}<extra></extra>");
  }

  private static void nationalLine(ObjectNode layout, double national, Language language) {
    ObjectNode line = layout.putArray("shapes").addObject();
    line.put("type", "line").put("xref", "paper").put("x0", 0).put("x1", 1).put("yref", "y").put("y0", national).put("y1", national);
    line.putObject("line").put("color", Plotly.REFERENCE).put("width", 1.5).put("dash", "dash");
    ObjectNode label = layout.putArray("annotations").addObject();
    label.put("xref", "paper").put("x", 0.99).put("xanchor", "right").put("yref", "y").put("y", national).put("yanchor", "bottom")
        .put("showarrow", false).put("text", language.text("National level ", "Landsniveau ") + language.number(national, 0));
    label.putObject("font").put("color", Plotly.REFERENCE);
  }
}
