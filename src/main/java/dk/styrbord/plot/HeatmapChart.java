package dk.styrbord.plot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.styrbord.analysis.stats.ChiSquareIndependence;
import dk.styrbord.analysis.Correlations;
import dk.styrbord.analysis.IndependenceTest;
import dk.styrbord.analysis.stats.CorrelationMatrix;
import dk.styrbord.analysis.stats.CorrelationPair;
import java.util.List;

/**
 * A grid of coloured cells with their numbers written in: a correlation matrix (r from −1 blue to
 * +1 red, the p-value on hover), or a chi-square test's observed counts, coloured by the Pearson
 * residual (observed − expected) ÷ √expected so that red cells hold more than independence would
 * give and blue cells fewer.
 *
 * <p>Example: {@code HeatmapChart.of(correlations("5.38", 2024), Language.ENGLISH)}.
 */
public final class HeatmapChart {
  private static final String DIVERGING = "RdBu";

  private HeatmapChart() {}

  /** The correlations of a helper's result, its title and footer from its info. */
  public static Chart of(Correlations c, Language language) {
    Chart chart = of(c.matrix(), language);
    String title = c.info().title();
    String text = chart.layout().with("title").path("text").asText();
    chart.layout().with("title").put("text", Html.escape(title) + text.substring(Math.max(0, text.indexOf("<br>"))));
    return new Chart(title, chart.data(), chart.layout(), Footer.of(c.info(), language));
  }

  /** The matrix of correlation coefficients, 1 on the diagonal. */
  public static Chart of(CorrelationMatrix m, Language language) {
    List<String> vars = m.variables();
    ArrayNode z = Plotly.JSON.createArrayNode();
    ArrayNode text = Plotly.JSON.createArrayNode();
    ArrayNode hover = Plotly.JSON.createArrayNode();
    for (String row : vars) {
      ArrayNode zr = z.addArray();
      ArrayNode tr = text.addArray();
      ArrayNode hr = hover.addArray();
      for (String column : vars) {
        CorrelationPair p = row.equals(column) ? null : m.pair(row, column);
        double r = p == null ? 1 : p.r();
        zr.add(r);
        tr.add(language.number(r, 2));
        hr.add(p == null ? "" : "p = " + language.number(p.pValue(), 4) + ", n = " + p.n());
      }
    }
    ArrayNode traces = Plotly.JSON.createArrayNode();
    ObjectNode heat = heatmap(traces, language.text("r", "r"), vars, vars, z, text, hover);
    heat.put("zmin", -1).put("zmax", 1);
    heat.putObject("colorbar").putObject("title").put("text", "r");
    String title = m.method() + language.text(" correlations", "-korrelationer");
    String subtitle = language.text("Pairwise-complete; hover a cell for its p-value and n", "Parvis komplette; hold musen over en celle for p-værdi og n");
    return new Chart(title, traces, layout(title, subtitle, language), language.text(
        "Data: the correlations as computed; the matrix does not record its source, see the call that made it.",
        "Data: korrelationerne som beregnet; matricen gemmer ikke sin kilde, se kaldet der lavede den."));
  }

  /**
   * A helper's chi-square test: its counts, the footer saying what table was counted, synthetic
   * data included. Example: {@code HeatmapChart.of(chiSquare(cases, "team", "decision"), Language.ENGLISH)}.
   */
  public static Chart of(IndependenceTest test, Language language) {
    Chart chart = of(test.test(), language);
    return new Chart(chart.title(), chart.data(), chart.layout(), Footer.of(test.info(), language));
  }

  /** The observed counts of a chi-square test whose data are not recorded, coloured by how far each is from its expected count. */
  public static Chart of(ChiSquareIndependence test, Language language) {
    long[][] observed = test.observed();
    double[][] expected = test.expected();
    ArrayNode z = Plotly.JSON.createArrayNode();
    ArrayNode text = Plotly.JSON.createArrayNode();
    ArrayNode hover = Plotly.JSON.createArrayNode();
    double largest = 0;
    for (int i = 0; i < observed.length; i++) {
      ArrayNode zr = z.addArray();
      ArrayNode tr = text.addArray();
      ArrayNode hr = hover.addArray();
      for (int j = 0; j < observed[i].length; j++) {
        double residual = (observed[i][j] - expected[i][j]) / Math.sqrt(expected[i][j]);
        largest = Math.max(largest, Math.abs(residual));
        zr.add(residual);
        tr.add(language.number(observed[i][j], 0));
        hr.add(language.text("expected ", "forventet ") + language.number(expected[i][j], 1)
            + language.text(", residual ", ", residual ") + language.number(residual, 2));
      }
    }
    ArrayNode traces = Plotly.JSON.createArrayNode();
    ObjectNode heat = heatmap(traces, language.text("observed", "observeret"), test.columnLabels(), test.rowLabels(), z, text, hover);
    heat.put("zmin", -Math.max(largest, 1)).put("zmax", Math.max(largest, 1));
    heat.putObject("colorbar").putObject("title").put("text", language.text("Pearson<br>residual", "Pearson-<br>residual"));
    String title = language.text("Observed counts, coloured by the distance from independence",
        "Observerede antal, farvet efter afstanden fra uafhængighed");
    String subtitle = test.result().statisticName() + " = " + language.number(test.result().statistic(), 2)
        + ", p = " + language.number(test.result().pValue(), 4) + ", " + test.result().effectSize().name() + " = "
        + language.number(test.result().effectSize().value(), 2) + language.text("; red: more than expected, blue: fewer",
            "; rød: flere end forventet, blå: færre");
    return new Chart(title, traces, layout(title, subtitle, language), language.text(
        "Data: the counts of the table tested; the test does not record its source, see the call that made it.",
        "Data: antallene i den testede tabel; testen gemmer ikke sin kilde, se kaldet der lavede den."));
  }

  private static ObjectNode heatmap(ArrayNode traces, String name, List<String> x, List<String> y, ArrayNode z,
      ArrayNode text, ArrayNode hover) {
    ObjectNode heat = Plotly.trace(traces, "heatmap", name);
    heat.set("x", Plotly.texts(x));
    heat.set("y", Plotly.texts(y));
    heat.set("z", z);
    heat.set("text", text);
    heat.put("texttemplate", "%{text}");
    heat.putObject("textfont").put("size", 14);
    heat.set("customdata", hover);
    heat.put("hovertemplate", "%{y} × %{x}: %{text}<br>%{customdata}<extra></extra>");
    heat.put("colorscale", DIVERGING);
    heat.put("xgap", 2).put("ygap", 2);
    return heat;
  }

  private static ObjectNode layout(String title, String subtitle, Language language) {
    ObjectNode layout = Plotly.layout(title, subtitle, language, 600);
    Plotly.axis(layout, "xaxis", "").put("side", "bottom").put("tickangle", -30);
    Plotly.axis(layout, "yaxis", "").put("autorange", "reversed");
    layout.with("margin").put("l", 200).put("b", 140);
    return layout;
  }
}
