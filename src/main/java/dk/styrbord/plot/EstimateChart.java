package dk.styrbord.plot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.styrbord.WorkbenchException;
import dk.styrbord.analysis.HypothesisTest;
import dk.styrbord.analysis.stats.TestResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a hypothesis test's estimates allow to be drawn, and no more. A test with a confidence
 * interval (Welch, paired) shows its estimate as a point with the interval as an error bar and a
 * line at 0, the value of no difference; a test without one (Mann-Whitney, ANOVA) shows the group
 * means or medians it reports as bars. The conclusion is the subtitle.
 *
 * <p>Example: {@code EstimateChart.of(welch(new double[] {1, 2, 3}, new double[] {4, 5, 6}), Language.ENGLISH)}.
 */
public final class EstimateChart {
  private EstimateChart() {}

  /**
   * A helper's test: the same chart, the groups' axis in the unit of what was tested and the
   * footer saying what the test was run on, synthetic data included. Example: {@code EstimateChart.of(anova(level("5.38", 2024), "per_inhabitant", "dst_group"), Language.ENGLISH)}.
   */
  public static Chart of(HypothesisTest test, Language language) {
    Chart chart = of(test.test(), language);
    if ("bar".equals(chart.data().path(0).path("type").asText())) {
      ObjectNode title = chart.layout().with("yaxis").with("title");
      title.put("text", title.path("text").asText() + " (" + language.text(test.info().unitLine(), test.info().unitLineDanish()) + ")");
    }
    return new Chart(chart.title(), chart.data(), chart.layout(), Footer.of(test.info(), language));
  }

  /** The estimate with its interval, or the group summaries, of a test whose data are not recorded. Example: {@code EstimateChart.of(WelchTTest.test(a, b), Language.ENGLISH)}. */
  public static Chart of(TestResult test, Language language) {
    List<String> names = new ArrayList<>(test.estimates().keySet());
    int low = indexEnding(names, " low");
    if (low > 0 && names.size() > low + 1 && names.get(low + 1).endsWith(" high")) {
      return interval(test, names.get(low - 1), names.get(low), names.get(low + 1), language);
    }
    List<String> groups = names.stream().filter(n -> n.startsWith("mean of ") || n.startsWith("median of ")).toList();
    if (groups.isEmpty()) {
      throw new WorkbenchException(test.test() + " reports no estimate with an interval and no group means to draw;"
          + " print it instead.");
    }
    return groups(test, groups, language);
  }

  private static Chart interval(TestResult test, String estimate, String lowName, String highName, Language language) {
    Map<String, Double> e = test.estimates();
    double value = e.get(estimate);
    double lo = e.get(lowName);
    double hi = e.get(highName);
    ArrayNode traces = Plotly.JSON.createArrayNode();
    ObjectNode point = Plotly.trace(traces, "scatter", estimate);
    point.put("mode", "markers");
    point.set("x", Plotly.numbers(value));
    point.set("y", Plotly.texts(List.of(estimate)));
    point.putObject("marker").put("size", 14).put("color", Plotly.CHOSEN);
    point.putObject("error_x").put("type", "data").put("symmetric", false).put("thickness", 3)
        .put("width", 12).put("color", Plotly.CHOSEN);
    point.with("error_x").set("array", Plotly.numbers(hi - value));
    point.with("error_x").set("arrayminus", Plotly.numbers(value - lo));
    point.put("hovertemplate", Html.escape(estimate) + ": %{x:,.3f}<br>" + Html.escape(lowName.replace(" low", "")) + ": "
        + language.number(lo, 3) + " – " + language.number(hi, 3) + "<extra></extra>");
    String title = test.test() + ": " + estimate + language.text(" with its ", " med ") + lowName.replace(" low", "");
    ObjectNode layout = layout(title, test, language, 480);
    double span = Math.max(Math.abs(lo), Math.abs(hi)) * 1.15;
    Plotly.axis(layout, "xaxis", estimate + language.text(" (0 = no difference)", " (0 = ingen forskel)"))
        .put("zeroline", true).put("zerolinewidth", 2).put("zerolinecolor", Plotly.REFERENCE).set("range", Plotly.numbers(-span, span));
    Plotly.axis(layout, "yaxis", "").put("showticklabels", false);
    return new Chart(title, traces, layout, footer(language));
  }

  private static Chart groups(TestResult test, List<String> groups, Language language) {
    ArrayNode traces = Plotly.JSON.createArrayNode();
    ObjectNode bars = Plotly.trace(traces, "bar", test.test());
    bars.set("x", Plotly.texts(groups.stream().map(g -> g.replaceFirst("^(mean|median) of ", "")).toList()));
    bars.set("y", Plotly.numbers(groups.stream().mapToDouble(g -> test.estimates().get(g)).toArray()));
    bars.put("texttemplate", "%{y:,.4~r}").put("textposition", "outside");
    bars.putObject("marker").put("color", Plotly.GROUP);
    String what = groups.get(0).startsWith("median") ? language.text("medians", "medianer") : language.text("means", "gennemsnit");
    String title = test.test() + ": " + language.text("the groups' ", "gruppernes ") + what;
    ObjectNode layout = layout(title, test, language, 520);
    Plotly.axis(layout, "xaxis", "");
    Plotly.axis(layout, "yaxis", what).put("rangemode", "tozero").put("tickformat", ",~r");
    return new Chart(title, traces, layout, footer(language));
  }

  private static ObjectNode layout(String title, TestResult test, Language language, int height) {
    String evidence = test.statisticName() + " = " + language.number(test.statistic(), 3) + ", p = " + language.number(test.pValue(), 4)
        + ", " + test.effectSize().name() + " = " + language.number(test.effectSize().value(), 2)
        + " (" + test.effectSize().magnitude() + ")"
        + (test.significant() ? language.text(": significant at ", ": signifikant på ") : language.text(": not significant at ", ": ikke signifikant på "))
        + language.number(test.alpha(), 2);
    ObjectNode layout = Plotly.layout(title, evidence, language, height);
    layout.put("showlegend", false);
    return layout;
  }

  private static String footer(Language language) {
    return language.text("Data: the numbers passed to the test; the test does not record their source.",
        "Data: tallene givet til testen; testen gemmer ikke deres kilde.");
  }

  private static int indexEnding(List<String> names, String suffix) {
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).endsWith(suffix)) {
        return i;
      }
    }
    return -1;
  }
}
