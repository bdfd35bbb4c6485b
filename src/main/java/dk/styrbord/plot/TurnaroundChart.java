package dk.styrbord.plot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.styrbord.analysis.ResultInfo;
import dk.styrbord.analysis.Turnaround;
import dk.styrbord.analysis.stats.DifferenceInDifferences;
import tech.tablesaw.api.Table;

/**
 * Was a turnaround real? The municipality's recipients per 1,000 year by year (bold) against its
 * comparison group's (a ratio of sums), with a vertical line at the intervention year and the years
 * after it shaded, and the difference-in-differences estimate in the subtitle. The lines show
 * whether the two moved in parallel before: the assumption the estimate rests on.
 *
 * <p>Example: {@code TurnaroundChart.of(did("Morsø", "§85", 2019), Language.ENGLISH)}.
 */
public final class TurnaroundChart {
  private TurnaroundChart() {}

  /** The own and group lines around the intervention year. */
  public static Chart of(Turnaround turnaround, Language language) {
    ResultInfo info = turnaround.info();
    Table t = turnaround.table();
    DifferenceInDifferences test = turnaround.test();
    int intervention = test.firstYearInEffect() - 1;
    String own = info.municipality() == null ? test.treatedUnit() : info.municipality().name();
    String group = info.group() == null ? language.text("Comparison group", "Sammenligningsgruppe") : info.group().name();
    ArrayNode traces = Plotly.JSON.createArrayNode();
    String hover = "%{fullData.name} %{x}: %{y:,.2f}<extra></extra>";
    line(traces, group, t, "group", Plotly.GROUP, 2.5, hover);
    line(traces, own, t, "own", Plotly.CHOSEN, 4, hover);

    String title = own + ": " + Units.scope(info, language) + language.text(" against ", " mod ") + group
        + language.text(", before and after ", ", før og efter ") + intervention;
    String subtitle = language.text("Difference-in-differences ", "Forskel-i-forskelle ") + signed(test.estimate(), language)
        + language.text(" per 1,000", " pr. 1.000") + " (SE " + language.number(test.standardError(), 2) + ", p = " + language.number(test.pValue(), 3)
        + language.text("; fragile with one treated municipality: a description, not proof)",
            "; skrøbelig med én kommune: en beskrivelse, ikke et bevis)");
    ObjectNode layout = Plotly.layout(title, subtitle, language, 560);
    Plotly.axis(layout, "xaxis", language.text("Year", "År")).put("dtick", 1);
    Plotly.axis(layout, "yaxis", Units.unit(info, language)).put("rangemode", "tozero");
    Plotly.legendOnTop(layout);
    interventionMarks(layout, intervention, (int) t.intColumn("year").max(), language);
    return new Chart(title, traces, layout, Footer.of(info, language));
  }

  private static void line(ArrayNode traces, String name, Table t, String column, String colour, double width, String hover) {
    ObjectNode trace = Plotly.trace(traces, "scatter", name);
    trace.put("mode", "lines+markers");
    ArrayNode x = trace.putArray("x");
    t.intColumn("year").forEach(x::add);
    trace.set("y", Plotly.numbers(t.doubleColumn(column).asDoubleArray()));
    trace.put("hovertemplate", hover);
    trace.putObject("line").put("color", colour).put("width", width);
    trace.putObject("marker").put("size", 7).put("color", colour);
  }

  private static void interventionMarks(ObjectNode layout, int year, int lastYear, Language language) {
    ArrayNode shapes = layout.withArray("shapes");
    ObjectNode after = shapes.addObject();
    after.put("type", "rect").put("xref", "x").put("x0", year).put("x1", lastYear + 0.3).put("yref", "paper").put("y0", 0).put("y1", 1)
        .put("fillcolor", "rgba(52,73,94,0.07)").put("layer", "below");
    after.putObject("line").put("width", 0);
    ObjectNode line = shapes.addObject();
    line.put("type", "line").put("xref", "x").put("x0", year).put("x1", year).put("yref", "paper").put("y0", 0).put("y1", 1);
    line.putObject("line").put("color", Plotly.REFERENCE).put("width", 2).put("dash", "dash");
    ObjectNode label = layout.withArray("annotations").addObject();
    label.put("xref", "x").put("x", year).put("xanchor", "left").put("yref", "paper").put("y", 0.02).put("yanchor", "bottom")
        .put("showarrow", false).put("text", language.text(" Intervention " + year + "; shaded: the years after",
            " Indsats " + year + "; skygge: årene efter"));
    label.putObject("font").put("color", Plotly.REFERENCE);
  }

  private static String signed(double value, Language language) {
    return (value > 0 ? "+" : "") + language.number(value, 2);
  }
}
