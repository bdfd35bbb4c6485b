package dk.styrbord.plot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.styrbord.WorkbenchException;
import dk.styrbord.analysis.CostDrivers;
import dk.styrbord.analysis.ResultInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import tech.tablesaw.api.Table;

/**
 * Scatter plots of municipalities with a line and the outliers labelled: spending against one
 * background factor with its least-squares line (ŷ = a + b·x, Commons Math {@code
 * SimpleRegression}), or actual against expected spending from a cost-driver model with the line
 * actual = expected. The points farthest from the line carry their names.
 *
 * <p>Example: {@code ScatterChart.actualVsExpected(costDrivers, Language.ENGLISH)}.
 */
public final class ScatterChart {
  /** How many points farthest from the line are labelled. */
  static final int LABELLED = 8;

  private ScatterChart() {}

  /** Spending per inhabitant against {@code factor}, with the simple least-squares line. */
  public static Chart driver(CostDrivers drivers, String factor, Language language) {
    Table data = drivers.data();
    if (!data.columnNames().contains(factor)) {
      throw new WorkbenchException("No factor \"" + factor + "\" in the cost-driver data. Factors: "
          + String.join(", ", CostDrivers.FACTORS) + ".");
    }
    double[] x = data.numberColumn(factor).asDoubleArray();
    double[] y = data.numberColumn("per_inhabitant").asDoubleArray();
    SimpleRegression fit = new SimpleRegression();
    IntStream.range(0, x.length).forEach(i -> fit.addData(x[i], y[i]));
    ResultInfo info = drivers.info();
    String xTitle = Units.column(factor, info, language);
    String title = language.text("Spending on ", "Udgift til ") + Units.scope(info, language)
        + language.text(" against ", " mod ") + xTitle.split(",")[0];
    String subtitle = language.text("Least-squares line: ", "Mindste kvadraters linje: ") + "ŷ = "
        + language.number(fit.getIntercept(), 0) + (fit.getSlope() < 0 ? " − " : " + ") + language.number(Math.abs(fit.getSlope()), 1)
        + " · x,  R² = " + language.number(fit.getRSquare(), 2) + ",  n = " + x.length;
    return chart(title, subtitle, data.stringColumn("municipality").asList(), x, y, xTitle,
        Units.of(info, language), fit.getIntercept(), fit.getSlope(),
        language.text("Least-squares line", "Mindste kvadraters linje"), info, language);
  }

  /** Actual against expected spending per municipality, with the line actual = expected. */
  public static Chart actualVsExpected(CostDrivers drivers, Language language) {
    Table t = drivers.expected();
    ResultInfo info = drivers.info();
    String unit = Units.of(info, language);
    String title = language.text("Actual against expected spending on ", "Faktisk mod forventet udgift til ")
        + Units.scope(info, language) + " " + Units.perWhom(info, language) + ", " + info.yearSpan();
    String subtitle = language.text("Expected from ", "Forventet ud fra ")
        + String.join(", ", drivers.model().predictors()) + " (R² = " + language.number(drivers.model().rSquared(), 2)
        + language.text("). Above the line: spends more than the factors explain.", "). Over linjen: bruger mere end faktorerne forklarer.");
    return chart(title, subtitle, t.stringColumn("municipality").asList(), t.numberColumn("expected").asDoubleArray(),
        t.numberColumn("actual").asDoubleArray(), language.text("Expected, ", "Forventet, ") + unit,
        language.text("Actual, ", "Faktisk, ") + unit, 0, 1, language.text("Actual = expected", "Faktisk = forventet"),
        info, language);
  }

  private static Chart chart(String title, String subtitle, List<String> names, double[] x, double[] y, String xTitle,
      String yTitle, double intercept, double slope, String lineName, ResultInfo info, Language language) {
    ArrayNode traces = Plotly.JSON.createArrayNode();
    ObjectNode points = Plotly.trace(traces, "scatter", language.text("Municipality", "Kommune"));
    points.put("mode", "markers");
    points.set("x", Plotly.numbers(x));
    points.set("y", Plotly.numbers(y));
    points.set("text", Plotly.texts(names));
    points.put("hovertemplate", "%{text}: x = %{x:,.2f}, y = %{y:,.0f}<extra></extra>");
    points.putObject("marker").put("color", Plotly.GROUP).put("size", 8).put("opacity", 0.75);

    List<Integer> outliers = IntStream.range(0, x.length).boxed()
        .sorted(Comparator.comparingDouble((Integer i) -> -Math.abs(y[i] - intercept - slope * x[i]))).limit(LABELLED).toList();
    List<String> labels = new ArrayList<>();
    outliers.forEach(i -> labels.add(names.get(i)));
    List<String> positions = LabelPlacement.positions(x, y, outliers, labels,
        i -> y[i] >= intercept + slope * x[i]);
    ObjectNode named = Plotly.trace(traces, "scatter", language.text("Farthest from the line", "Længst fra linjen"));
    named.put("mode", "markers+text");
    named.set("x", Plotly.numbers(outliers.stream().mapToDouble(i -> x[i]).toArray()));
    named.set("y", Plotly.numbers(outliers.stream().mapToDouble(i -> y[i]).toArray()));
    named.set("text", Plotly.texts(labels));
    named.set("textposition", Plotly.texts(positions));
    named.put("hovertemplate", "%{text}: x = %{x:,.2f}, y = %{y:,.0f}<extra></extra>");
    named.putObject("marker").put("color", Plotly.CHOSEN).put("size", 9);
    named.putObject("textfont").put("size", 11).put("color", "#333");

    double low = Arrays.stream(x).min().orElse(0);
    double high = Arrays.stream(x).max().orElse(1);
    ObjectNode line = Plotly.trace(traces, "scatter", lineName);
    line.put("mode", "lines");
    line.set("x", Plotly.numbers(low, high));
    line.set("y", Plotly.numbers(intercept + slope * low, intercept + slope * high));
    line.putObject("line").put("color", Plotly.REFERENCE).put("width", 2);
    line.put("hoverinfo", "skip");

    ObjectNode layout = Plotly.layout(title, subtitle, language, 600);
    Plotly.axis(layout, "xaxis", xTitle).put("zeroline", false).put("tickformat", Math.abs(high - low) >= 100 ? ",.0f" : ",.2~f");
    Plotly.axis(layout, "yaxis", yTitle).put("tickformat", ",.0f").put("zeroline", false);
    layout.putObject("legend").put("x", 0.01).put("y", 0.99).put("bgcolor", "rgba(255,255,255,0.85)");
    return new Chart(title, traces, layout, Footer.of(info, language));
  }
}
