package dk.styrbord.plot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.styrbord.WorkbenchException;
import dk.styrbord.analysis.ResultInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.descriptive.rank.Median;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * One box plot per group (median, quartiles, whiskers to 1.5 × IQR, as plotly and Tukey draw them)
 * with every municipality as a point beside its box, groups ordered by median, highest first, or
 * in their own order when they are numbers (years). A result's unit comes from its info.
 *
 * <p>Example: {@code BoxChart.of(level, "per_inhabitant", "dst_group", Language.ENGLISH)}.
 */
public final class BoxChart {
  private BoxChart() {}

  /** {@code value} by {@code group}; points are named by the table's {@code municipality} column when it has one. */
  public static Chart of(Table table, String value, String group, Language language) {
    for (String column : new String[] {value, group}) {
      if (!table.columnNames().contains(column)) {
        throw new WorkbenchException("The table " + table.name() + " has no column \"" + column
            + "\". Columns: " + String.join(", ", table.columnNames()) + ".");
      }
    }
    boolean named = table.columnNames().contains("municipality");
    Map<String, List<Double>> values = new LinkedHashMap<>();
    Map<String, List<String>> names = new LinkedHashMap<>();
    for (Row r : table) {
      double v = r.getNumber(value);
      if (!Double.isNaN(v)) {
        String g = r.getObject(group).toString();
        values.computeIfAbsent(g, k -> new ArrayList<>()).add(v);
        names.computeIfAbsent(g, k -> new ArrayList<>()).add(named ? r.getString("municipality") : "");
      }
    }
    List<String> groups = new ArrayList<>(values.keySet());
    boolean byYear = table.column(group) instanceof NumericColumn;
    if (byYear) {
      groups.sort(Comparator.comparingDouble(Double::parseDouble));
    } else {
      groups.sort(Comparator.comparingDouble((String g) -> -median(values.get(g))));
    }
    ArrayNode traces = Plotly.JSON.createArrayNode();
    for (String g : groups) {
      ObjectNode box = Plotly.trace(traces, "box", g);
      box.set("y", Plotly.numbers(values.get(g).stream().mapToDouble(Double::doubleValue).toArray()));
      box.set("text", Plotly.texts(names.get(g)));
      box.put("boxpoints", "all").put("jitter", 0.35).put("pointpos", -1.6);
      box.put("hovertemplate", "%{text} %{y:,.0f}<extra>" + Html.escape(g) + "</extra>");
      box.putObject("marker").put("size", 5).put("opacity", 0.7);
      if (byYear) {
        box.with("marker").put("color", Plotly.GROUP);
      }
    }
    ResultInfo info = Footer.infoOf(table);
    String axis = Units.column(value, info, language);
    String what = info != null && Units.isMainFigure(value)
        ? Units.scope(info, language) + ": " + Units.unit(info, language)
        : Character.toUpperCase(axis.charAt(0)) + axis.substring(1);
    String title = what + language.text(" by ", " efter ") + decapitalized(Units.column(group, info, language));
    String subtitle = language.text("Box: median and quartiles; whiskers to 1.5 × IQR; each point a municipality; ",
        "Boks: median og kvartiler; knurhår til 1,5 × IQR; hvert punkt en kommune; ")
        + groups.size() + (byYear ? language.text(" years, ", " år, ") : language.text(" groups, ", " grupper, ")) + values.values().stream().mapToInt(List::size).sum()
        + language.text(" values", " værdier");
    ObjectNode layout = Plotly.layout(title, subtitle, language, 580);
    Plotly.axis(layout, "xaxis", Units.column(group, info, language));
    Plotly.axis(layout, "yaxis", axis).put("tickformat", ",.0f");
    layout.put("showlegend", false);
    return new Chart(title, traces, layout, Footer.of(table, language));
  }

  /** "year" from "Year", but "DST municipality group" kept: a label in the middle of a title. */
  private static String decapitalized(String label) {
    boolean acronym = label.length() > 1 && Character.isUpperCase(label.charAt(1));
    return acronym ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
  }

  private static double median(List<Double> values) {
    return new Median().evaluate(values.stream().mapToDouble(Double::doubleValue).toArray());
  }
}
