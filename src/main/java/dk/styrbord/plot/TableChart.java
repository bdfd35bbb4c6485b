package dk.styrbord.plot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.styrbord.WorkbenchException;
import dk.styrbord.analysis.ResultInfo;
import dk.styrbord.data.Suggestions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Plain line, bar and scatter charts of any table, the user's own too: one column on x, a number
 * column on y, and optionally a column whose values make one trace each. Axes are labelled by the
 * columns' names, or by the result's unit when the table is a helper's result.
 *
 * <p>Example: {@code TableChart.line(recipientRates("§85"), "year", "per_1000", "municipality", Language.ENGLISH)}.
 */
public final class TableChart {
  /** The kinds of plain chart. */
  public enum Kind {
    /** Lines through the points, in x order. */
    LINE,
    /** Bars, side by side when grouped. */
    BAR,
    /** Points only. */
    SCATTER
  }

  private TableChart() {}

  /** {@code y} against {@code x} as lines; {@code group} (or null) gives one line per value. */
  public static Chart line(Table t, String x, String y, String group, Language language) {
    return of(Kind.LINE, t, x, y, group, language);
  }

  /** {@code y} by {@code x} as bars; {@code group} (or null) gives one series per value. */
  public static Chart bar(Table t, String x, String y, String group, Language language) {
    return of(Kind.BAR, t, x, y, group, language);
  }

  /** {@code y} against {@code x} as points; {@code group} (or null) colours them by its values. */
  public static Chart scatter(Table t, String x, String y, String group, Language language) {
    return of(Kind.SCATTER, t, x, y, group, language);
  }

  /** A chart of {@code kind}: the one the three above draw. */
  public static Chart of(Kind kind, Table t, String x, String y, String group, Language language) {
    String helper = kind.name().toLowerCase(java.util.Locale.ROOT) + "Chart";
    require(t, x, helper);
    require(t, y, helper);
    if (group != null) {
      require(t, group, helper);
    }
    if (!(t.column(y) instanceof NumericColumn)) {
      throw new WorkbenchException(helper + " needs numbers on y; " + y + " in " + t.name() + " holds text. Number columns: "
          + String.join(", ", numberColumns(t)) + ".");
    }
    ArrayNode traces = Plotly.JSON.createArrayNode();
    Table rows = kind == Kind.LINE && t.column(x) instanceof NumericColumn ? t.sortAscendingOn(x) : t;
    for (Map.Entry<String, List<Row>> g : groups(rows, group == null ? List.of() : List.of(group)).entrySet()) {
      trace(traces, kind, g.getKey().isEmpty() ? y : g.getKey(), g.getValue(), x, y);
    }
    ResultInfo info = Footer.infoOf(t);
    String title = (info == null ? "" : Units.scope(info, language) + ": ") + y
        + (kind == Kind.SCATTER ? language.text(" against ", " mod ") : language.text(" by ", " efter ")) + x
        + (group == null ? "" : language.text(", one colour per ", ", én farve pr. ") + group);
    return chart(kind, t, title, x, Units.column(y, info, language), traces, language);
  }

  /**
   * A chart of a table whose shape is not known in advance (a casework result, say). With a time
   * column (a number column {@code year}, else the first date column): one line per value of the
   * text columns together when the table is long (several rows per time), else one line per number
   * column. Without one: bars by the first text column, one series per number column.
   */
  public static Chart of(Table t, Language language) {
    String time = timeColumn(t);
    List<String> values = numberColumns(t).stream().filter(c -> !c.equals(time) && !List.of("code", "rank", "month").contains(c)).toList();
    if (values.isEmpty()) {
      throw new WorkbenchException("Nothing to draw in " + t.name() + ": it has no number columns besides year and code."
          + " Columns: " + String.join(", ", t.columnNames()) + ". lineChart(table, x, y) draws the columns you name.");
    }
    List<String> texts = t.columnNames().stream()
        .filter(c -> !c.equals(time) && !(t.column(c) instanceof NumericColumn) && !(t.column(c) instanceof BooleanColumn)).toList();
    boolean isLong = time != null && !texts.isEmpty() && t.column(time).unique().size() < t.rowCount();
    Kind kind = time == null ? Kind.BAR : Kind.LINE;
    String x = time != null ? time : texts.isEmpty() ? t.columnNames().get(0) : texts.get(0);
    Table rows = time == null ? t : t.sortAscendingOn(time);
    ArrayNode traces = Plotly.JSON.createArrayNode();
    List<String> shown = isLong ? List.of(mainOfLong(values)) : values.size() > 8 ? values.subList(0, 8) : values;
    if (isLong) {
      groups(rows, texts).forEach((name, group) -> trace(traces, Kind.LINE, name, group, x, shown.get(0)));
    } else {
      List<Row> all = groups(rows, List.of()).get("");
      shown.forEach(y -> trace(traces, kind, y, all, x, y));
    }
    ResultInfo info = Footer.infoOf(t);
    String title = info == null ? t.name() : info.title();
    String yTitle = shown.size() == 1 ? Units.column(shown.get(0), info, language)
        : info == null ? language.text("value", "værdi") : Units.of(info, language);
    Chart chart = chart(kind, t, title, x, yTitle, traces, language);
    markIncomplete(chart.layout(), rows, x, language);
    return chart;
  }

  /**
   * Shades the rows a helper marks {@code complete = false} (years the data start makes
   * incomplete), so a build-up from the data's start is not read as a rise.
   */
  private static void markIncomplete(ObjectNode layout, Table rows, String x, Language language) {
    if (!(rows.columnNames().contains("complete") && rows.column("complete") instanceof BooleanColumn complete)) {
      return;
    }
    Table incomplete = rows.where(complete.isFalse());
    if (incomplete.isEmpty()) {
      return;
    }
    boolean years = x.equals("year");
    String from = years ? String.valueOf(incomplete.numberColumn(x).min() - 0.5) : incomplete.column(x).getString(0);
    String to = years ? String.valueOf(incomplete.numberColumn(x).max() + 0.5)
        : incomplete.column(x).getString(incomplete.rowCount() - 1);
    ObjectNode band = layout.withArray("shapes").addObject();
    band.put("type", "rect").put("xref", "x").put("yref", "paper").put("y0", 0).put("y1", 1).put("layer", "below")
        .put("fillcolor", "rgba(127,127,127,0.15)");
    band.putObject("line").put("width", 0);
    band.put("x0", from).put("x1", to);
    ObjectNode label = layout.withArray("annotations").addObject();
    label.put("xref", "x").put("x", from).put("xanchor", "left").put("yref", "paper").put("y", 1).put("yanchor", "top")
        .put("showarrow", false).put("align", "left")
        .put("text", Html.escape(language.text("Incomplete: the data start here, so citizens already on a measure are missing",
            "Ufuldstændigt: data begynder her, så borgere, der allerede havde en indsats, mangler")));
    label.putObject("font").put("size", 11).put("color", Plotly.REFERENCE);
  }

  /** The figure a long table is drawn by: its first rate ("… per …"), else its first number column. */
  private static String mainOfLong(List<String> values) {
    return values.stream().filter(v -> v.contains(" per ") || v.contains("_per_")).findFirst().orElse(values.get(0));
  }

  /** A number column called year, else the first date column, else null. */
  private static String timeColumn(Table t) {
    if (t.columnNames().contains("year") && t.column("year") instanceof NumericColumn) {
      return "year";
    }
    return t.columns().stream().filter(c -> c instanceof DateColumn).map(Column::name).findFirst().orElse(null);
  }

  private static Chart chart(Kind kind, Table t, String title, String x, String yTitle, ArrayNode traces, Language language) {
    ObjectNode layout = Plotly.layout(title, "", language, 540);
    ResultInfo info = Footer.infoOf(t);
    ObjectNode xAxis = Plotly.axis(layout, "xaxis", Units.column(x, info, language));
    if (x.equals("year")) {
      xAxis.put("dtick", 1);
    } else if (!(t.column(x) instanceof DateColumn)) {
      xAxis.put("tickformat", ",~r");
    }
    Plotly.axis(layout, "yaxis", yTitle).put("rangemode", kind == Kind.SCATTER ? "normal" : "tozero").put("tickformat", ",~r");
    if (kind == Kind.BAR) {
      layout.put("barmode", "group");
    }
    if (traces.size() > 1) {
      Plotly.legendOnTop(layout);
    } else {
      layout.put("showlegend", false);
    }
    return new Chart(title, traces, layout, Footer.of(t, language));
  }

  private static void trace(ArrayNode traces, Kind kind, String name, List<Row> rows, String x, String y) {
    ObjectNode trace = Plotly.trace(traces, kind == Kind.BAR ? "bar" : "scatter", name);
    if (kind != Kind.BAR) {
      trace.put("mode", kind == Kind.LINE ? "lines+markers" : "markers");
    }
    ArrayNode xs = trace.putArray("x");
    List<Double> values = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    boolean named = !rows.isEmpty() && rows.get(0).columnNames().contains("municipality");
    for (Row r : rows) {
      Object v = r.getObject(x);
      if (v instanceof Number n) {
        xs.add(n.doubleValue());
      } else {
        xs.add(String.valueOf(v));
      }
      values.add(r.getNumber(y));
      labels.add(named ? r.getString("municipality") : "");
    }
    trace.set("y", Plotly.numbers(values.stream().mapToDouble(Double::doubleValue).toArray()));
    if (named && kind == Kind.SCATTER) {
      trace.set("text", Plotly.texts(labels));
      trace.put("hovertemplate", "%{text}: %{x}, %{y:,.2f}<extra>%{fullData.name}</extra>");
    }
  }

  /** The rows by the values of {@code columns} together, e.g. "voksne · §85"; all rows under "" for no columns. */
  private static Map<String, List<Row>> groups(Table t, List<String> columns) {
    Map<String, List<Row>> groups = new LinkedHashMap<>();
    for (Row r : t) {
      String key = columns.stream().map(c -> String.valueOf(r.getObject(c))).collect(java.util.stream.Collectors.joining(" · "));
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(t.row(r.getRowNumber()));
    }
    return groups;
  }

  private static void require(Table t, String column, String helper) {
    if (!t.columnNames().contains(column)) {
      throw new WorkbenchException(helper + ": no column \"" + column + "\" in " + t.name() + "."
          + Suggestions.didYouMean(column, t.columnNames()) + " Columns: " + String.join(", ", t.columnNames()) + ".");
    }
  }

  private static List<String> numberColumns(Table t) {
    return t.columns().stream().filter(c -> c instanceof NumericColumn).map(Column::name).toList();
  }
}
