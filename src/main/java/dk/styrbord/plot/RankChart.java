package dk.styrbord.plot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.styrbord.WorkbenchException;
import dk.styrbord.analysis.Benchmark;
import dk.styrbord.analysis.ResultInfo;
import dk.styrbord.data.ComparisonGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * All municipalities as bars, highest spending first, with the chosen municipality and its
 * comparison group in colour and the national level (and for a benchmark the group's level) as
 * dashed lines: where one stands among the 98 at a glance.
 *
 * <p>Example: {@code RankChart.of(benchmark("Lejre", "5.38", 2024), Language.ENGLISH)}.
 */
public final class RankChart {
  private RankChart() {}

  /**
   * Bars from a {@code level} table (code, municipality, rank, per_inhabitant, index_national, in
   * rank order), {@code municipality} and the other members of {@code group} in colour.
   */
  public static Chart of(Table level, String municipality, ComparisonGroup group, Language language) {
    int row = level.stringColumn("municipality").indexOf(municipality);
    if (row < 0) {
      throw new WorkbenchException(municipality + " is not in the table " + level.name() + ".");
    }
    Row chosen = level.row(row);
    String subtitle = municipality + language.text(" ranks ", " er nr. ") + chosen.getInt("rank")
        + language.text(" of ", " af ") + level.rowCount() + language.text(" (1 = highest): ", " (1 = højest): ")
        + language.number(chosen.getNumber("per_inhabitant"), 0) + unitAfter(Footer.infoOf(level), language) + ", "
        + language.text("index ", "indeks ")
        + language.number(chosen.getNumber("index_national"), 0);
    List<Line> lines = List.of(national(nationalLevel(chosen), language));
    return draw(level, Footer.infoOf(level), title(Footer.infoOf(level), language), municipality, group, lines, subtitle, language);
  }

  /** Bars from a {@code level} table with nobody marked: the whole ranking and the national level. */
  public static Chart of(Table level, Language language) {
    if (level.isEmpty()) {
      throw new WorkbenchException("The table " + level.name() + " has no rows to rank.");
    }
    Row top = level.row(0);
    Row bottom = level.row(level.rowCount() - 1);
    String subtitle = language.text("Highest ", "Højest ") + top.getString("municipality") + " "
        + language.number(top.getNumber("per_inhabitant"), 0) + language.text(", lowest ", ", lavest ")
        + bottom.getString("municipality") + " " + language.number(bottom.getNumber("per_inhabitant"), 0)
        + language.text("; ", "; ") + level.rowCount() + language.text(" municipalities", " kommuner");
    ResultInfo info = Footer.infoOf(level);
    return draw(level, info, title(info, language), null, null, List.of(national(nationalLevel(top), language)), subtitle, language);
  }

  /** A benchmark: its municipality among all, its group's other members, the group's level and the national level. */
  public static Chart of(Benchmark b, Language language) {
    String subtitle = b.municipality() + language.text(" ranks ", " er nr. ") + b.rank() + language.text(" of ", " af ")
        + b.count() + language.text(" (1 = highest); gap to the group's level ", " (1 = højest); forskel til gruppens niveau ")
        + (b.gapPerInhabitant() >= 0 ? "+" : "") + language.number(b.gapPerInhabitant(), 0) + " " + Units.unit(b.info(), language)
        + " = " + language.number(b.gapMillions(), 1) + language.text(" DKK million in total", " mio. kr. i alt");
    List<Line> lines = List.of(national(b.nationalLevel(), language),
        new Line(b.groupLevel(), language.text("Level of ", "Niveau for ") + b.groupName() + " " + language.number(b.groupLevel(), 0),
            Plotly.GROUP, "dashdot", 0.01, "left"));
    String what = title(b.info(), language).replace(language.text(": all municipalities", ": alle kommuner"), "");
    String title = b.municipality() + language.text(" against ", " mod ") + b.groupName() + ": "
        + Character.toLowerCase(what.charAt(0)) + what.substring(1);
    return draw(b.ranking(), b.info(), title, b.municipality(), b.info().group(), lines, subtitle, language);
  }

  /** A horizontal reference line, labelled at {@code x} (paper coordinates). */
  private record Line(double y, String label, String colour, String dash, double x, String anchor) {}

  private static Line national(double level, Language language) {
    return new Line(level, language.text("National level ", "Landsniveau ") + language.number(level, 0),
        Plotly.REFERENCE, "dash", 0.99, "right");
  }

  private static double nationalLevel(Row r) {
    return r.getNumber("per_inhabitant") * 100 / r.getNumber("index_national");
  }

  private static Chart draw(Table ranking, ResultInfo info, String title, String chosen, ComparisonGroup group, List<Line> lines,
      String subtitle, Language language) {
    ArrayNode traces = Plotly.JSON.createArrayNode();
    Predicate<Row> isChosen = r -> r.getString("municipality").equals(chosen);
    Predicate<Row> inGroup = r -> group != null && group.contains(r.getInt("code")) && !isChosen.test(r);
    String others = chosen == null ? language.text("Municipalities", "Kommuner") : language.text("Other municipalities", "Øvrige kommuner");
    bars(traces, ranking, others, chosen == null ? Plotly.GROUP : Plotly.OTHERS, inGroup.or(isChosen).negate());
    if (group != null) {
      bars(traces, ranking, language.text("Comparison group: ", "Sammenligningsgruppe: ") + group.name(), Plotly.GROUP, inGroup);
    }
    if (chosen != null) {
      bars(traces, ranking, chosen, Plotly.CHOSEN, isChosen);
    }
    ObjectNode layout = Plotly.layout(title, subtitle, language, 620);
    layout.put("barmode", "overlay");
    layout.put("bargap", 0.15);
    List<String> order = ranking.stringColumn("municipality").asList();
    ObjectNode x = Plotly.axis(layout, "xaxis", language.text("Municipality, highest spending first", "Kommune, højeste udgift først"));
    x.put("categoryorder", "array").set("categoryarray", Plotly.texts(order));
    x.put("tickmode", "array").set("tickvals", Plotly.texts(order));
    x.put("tickangle", -90);
    x.putObject("tickfont").put("size", 9);
    Plotly.axis(layout, "yaxis", Units.column("per_inhabitant", info, language)).put("tickformat", ",.0f");
    if (chosen == null) {
      layout.put("showlegend", false);
    } else {
      Plotly.legendOnTop(layout);
      layout.with("legend").put("x", 1).put("xanchor", "right");
    }
    lines.forEach(line -> referenceLine(layout, line));
    layout.with("margin").put("b", 120);
    return new Chart(title, traces, layout, info == null ? Footer.of(ranking, language) : Footer.of(info, language));
  }

  /** " DKK per 18–64-year-old" after a number, or nothing for a plain table. */
  private static String unitAfter(ResultInfo info, Language language) {
    return info == null ? "" : " " + Units.unit(info, language);
  }

  private static String title(ResultInfo info, Language language) {
    if (info == null) {
      return language.text("per_inhabitant by municipality, highest first", "per_inhabitant pr. kommune, højeste først");
    }
    return language.text("Spending on ", "Udgift til ") + Units.scope(info, language) + " " + Units.perWhom(info, language)
        + ", " + info.yearSpan() + language.text(": all municipalities", ": alle kommuner");
  }

  private static void bars(ArrayNode traces, Table ranking, String name, String colour, Predicate<Row> which) {
    List<String> names = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    for (Row r : ranking) {
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

  private static void referenceLine(ObjectNode layout, Line line) {
    ObjectNode shape = layout.withArray("shapes").addObject();
    shape.put("type", "line").put("xref", "paper").put("x0", 0).put("x1", 1).put("yref", "y").put("y0", line.y()).put("y1", line.y());
    shape.putObject("line").put("color", line.colour()).put("width", 1.5).put("dash", line.dash());
    ObjectNode label = layout.withArray("annotations").addObject();
    label.put("xref", "paper").put("x", line.x()).put("xanchor", line.anchor()).put("yref", "y").put("y", line.y())
        .put("yanchor", "bottom").put("showarrow", false).put("text", Html.escape(line.label()))
        .put("bgcolor", "rgba(255,255,255,0.8)");
    label.putObject("font").put("color", line.colour());
  }
}
