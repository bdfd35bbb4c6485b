package dk.styrbord.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.styrbord.plot.Chromium;
import dk.styrbord.plot.OfflinePage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code chart(...)} at the prompt: it compiles and draws for every kind of result a helper returns. */
class PlotPromptTest {
  /** Each helper call with the plotly trace type its chart starts with. */
  private static final Map<String, String> RESULTS = new LinkedHashMap<>();

  static {
    RESULTS.put("level(\"5.38\", 2024)", "bar");
    RESULTS.put("perInhabitant(\"5.38\")", "box");
    RESULTS.put("recipientRates(\"§85\")", "box");
    RESULTS.put("benchmark(\"Lejre\", \"5.38\", 2024)", "bar");
    RESULTS.put("benchmark(\"Lejre\", \"5.38\", 2024, \"Roskilde\", \"Køge\", \"Holbæk\")", "bar");
    RESULTS.put("trend(\"Lejre\", \"5.38\")", "scatter");
    RESULTS.put("trend(\"Lejre\", \"5.38\", \"current\")", "scatter");
    RESULTS.put("priceVolume(\"Lolland\", \"adults\", 2024)", "waterfall");
    RESULTS.put("priceVolume(\"Morsø\", \"adults\", 2019, 2021)", "waterfall");
    RESULTS.put("compareRates(\"Morsø\", \"§85\", 2021)", "bar");
    RESULTS.put("compareRates(\"Morsø\", 2019, 2021, \"§85\", \"§107\", \"§103+§104\")", "bar");
    RESULTS.put("did(\"Morsø\", \"§85\", 2019)", "scatter");
    RESULTS.put("costDrivers(\"5.38\", 2024)", "scatter");
    RESULTS.put("needVsPractice(\"Hørsholm\", \"5.38\", 2016, 2024)", "waterfall");
    RESULTS.put("benchmarkByFunction(\"Lejre\", \"5.38\", 2024)", "bar");
    RESULTS.put("correlations(\"5.28\", 2024)", "heatmap");
    RESULTS.put("welch(new double[] {1, 2, 3, 4}, new double[] {3, 4, 5, 6, 7})", "scatter");
    RESULTS.put("paired(new double[] {10, 12, 9, 14}, new double[] {8, 11, 9, 10})", "scatter");
    RESULTS.put("mannWhitney(new double[] {1, 2, 3, 4}, new double[] {3, 4, 5, 6, 7})", "bar");
    RESULTS.put("anova(level(\"5.38\", 2024), \"per_inhabitant\", \"dst_group\")", "bar");
    RESULTS.put("chiSquare(cases, \"team\", \"decision\")", "heatmap");
    RESULTS.put("forecast(\"adults\")", "bar");
    RESULTS.put("ladder()", "scatter");
    RESULTS.put("transitions()", "scatter");
    RESULTS.put("transitionsByStep()", "sankey");
    RESULTS.put("processingTimes()", "scatter");
    RESULTS.put("rapidResponse()", "scatter");
    RESULTS.put("caseload()", "scatter");
    RESULTS.put("deadlines()", "scatter");
    RESULTS.put("inflow()", "scatter");
    RESULTS.put("doubleMeasures()", "scatter");
    RESULTS.put("budgetMonths(\"adults\")", "scatter");
  }

  private static Shell shell;

  @BeforeAll
  static void start() {
    shell = new Shell();
    shell.eval(StartupScript.forPrompt());
    shell.eval("int points(Chart c) { int n = 0; for (String k : java.util.List.of(\"x\", \"y\", \"z\", \"value\"))"
        + " { for (var v : c.data().findValues(k)) { n += v.size(); } } return n; }");
  }

  @AfterAll
  static void stop() {
    shell.close();
  }

  @Test
  void chartCompilesAndDrawsEveryResultAHelperReturns() {
    for (Map.Entry<String, String> e : RESULTS.entrySet()) {
      String call = "chart(" + e.getKey() + ")";
      assertTrue(Integer.parseInt(value("points(" + call + ")", call)) > 0, call + " has a trace with data");
      assertEquals("\"" + e.getValue() + "\"", value(call + ".data().get(0).path(\"type\").asText()", call), call);
    }
  }

  @Test
  void plainChartsTakeAnyTableYourOwnToo() {
    shell.eval("Table mine = Table.create(\"mine\", IntColumn.create(\"year\", new int[] {2023, 2024, 2023, 2024}),"
        + " StringColumn.create(\"team\", new String[] {\"a\", \"a\", \"b\", \"b\"}), DoubleColumn.create(\"cases\", new double[] {3, 4, 5, 6}));");
    assertEquals("2", value("lineChart(mine, \"year\", \"cases\", \"team\").data().size()", "lineChart"));
    assertEquals("1", value("barChart(mine, \"team\", \"cases\").data().size()", "barChart"));
    assertEquals("2", value("scatterChart(mine, \"year\", \"cases\", \"team\").data().size()", "scatterChart"));
    assertEquals("\"Data: your table «mine»; its source is yours to state.\"", value("lineChart(mine, \"year\", \"cases\").footer()", "footer"));
    assertEquals("\"DKK per 18–64-year-old, current prices\"",
        value("scatterChart(level(\"5.38\", 2024), \"population\", \"per_inhabitant\").layout().at(\"/yaxis/title/text\").asText()", "unit"));
  }

  @Test
  void aTestAtThePromptSaysWhatItWasRunOnAndItsChartToo() {
    String anova = "anova(level(\"5.38\", 2024), \"per_inhabitant\", \"dst_group\")";
    assertEquals("MIXED", value(anova + ".info().provenance().status()", "anova's status"));
    assertEquals("\"DKK per 18–64-year-old\"", value(anova + ".info().unit().english()", "anova's unit"));
    assertTrue(value("chart(" + anova + ").footer()", "anova's footer").contains("Includes synthetic data: for training, not for decisions"));
    String welch = "welch(new double[] {1, 2, 3, 4}, new double[] {3, 4, 5, 6, 7})";
    assertTrue(value(welch + ".toString()", "welch").contains("your own data"), "welch says your own data");
    assertTrue(value("chart(" + welch + ").footer()", "welch's footer").contains("your own data"));
    assertTrue(value("chart(WelchTTest.test(new double[] {1, 2, 3}, new double[] {4, 5, 6})).footer()", "direct")
        .contains("does not record their source"), "a direct stats call still says its source is not recorded");
  }

  @Test
  void showAndPlotShowOfATablesawFigureAtThePromptWriteAPageThatDrawsOffline() throws Exception {
    String out;
    try {
      out = PipedPrompt.run("""
          var t = Table.create("t", IntColumn.create("year", 2020, 2021, 2022), DoubleColumn.create("cost", 1.25, 2.5, 3.75));
          danish(true)
          show(LinePlot.create("Udgift pr. år", t, "year", "cost"))
          Plot.show(VerticalBarPlot.create("Udgift", t, "year", "cost"))
          """, new HashMap<>());
    } finally {
      PlotPrompt.danish(false);
    }
    Matcher wrote = Pattern.compile("No display here: wrote (.+?\\.html);").matcher(out);
    assertTrue(wrote.find(), out);
    String line = countDrawn(Path.of(wrote.group(1)), "Udgift pr. år");
    assertEquals(1, count(line, "class=\"trace scatter"), "the line plot's one trace");
    assertTrue(line.contains("data-unformatted=\"1,5\""), "Danish decimal commas on the axis");
    assertTrue(wrote.find(), out);
    String bars = countDrawn(Path.of(wrote.group(1)), "Udgift");
    assertEquals(1, count(bars, "class=\"trace bars"), "the bar plot's one trace");
    assertEquals(3, count(bars, "class=\"point\""), "a bar per year");
  }

  /** The DOM of the page at {@code file} after headless Chromium drew it with the network off, checked for its title and for plotly inlined. */
  private static String countDrawn(Path file, String title) throws Exception {
    String page = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(page.contains(OfflinePage.plotlyScriptTag()), "plotly is packed into the page");
    assertFalse(page.contains("cdn." + "plot.ly"), "no CDN"); // split, so OfflineSourcesTest does not find it here
    String dom = Chromium.dumpDom(file);
    assertTrue(dom.contains("data-unformatted=\"" + title + "\""), "the title as written: " + title);
    return dom;
  }

  private static int count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }

  private static String value(String source, String what) {
    List<SnippetEvent> events = shell.eval(source);
    SnippetEvent last = events.get(events.size() - 1);
    String problems = shell.jshell.diagnostics(last.snippet()).map(d -> d.getMessage(null)).collect(Collectors.joining("; "));
    assertEquals(Snippet.Status.VALID, last.status(), what + " does not compile: " + problems);
    assertNull(last.exception(), what + " threw " + last.exception());
    return last.value();
  }

  @Test
  void danishSwitchesPrintedResultsTooAtThePrompt() {
    String out;
    try {
      out = PipedPrompt.run("compareRates(\"Morsø\", \"§85\", 2021)\ndanish(true)\ncompareRates(\"Morsø\", \"§85\", 2021)\n",
          new java.util.HashMap<>());
    } finally {
      PlotPrompt.danish(false);
    }
    List<String> lines = out.lines().map(String::strip).toList();
    int english = lines.indexOf("Morsø 2021: §85 recipients per 1,000 against Landkommuner");
    int danish = lines.indexOf("Morsø 2021: §85 modtagere pr. 1.000 mod Landkommuner");
    assertTrue(english >= 0 && danish > english, out);
    assertEquals("measure  |  year  |   own   |  group  |  index_group  |", lines.get(english + 1));
    assertEquals("ydelse  |   år   |  egen   |  gruppe  |  indeks_gruppe  |", lines.get(danish + 1));
    // the same figures, written with a decimal comma: 11.40 and 14.53 become 11,40 and 14,53
    String englishRow = lines.get(english + 3);
    assertTrue(englishRow.matches("§85 +\\| +2021 +\\| +11\\.40 +\\| +14\\.53 +\\| +78 +\\|"), englishRow);
    assertEquals(englishRow.replace("11.40", "11,40").replace("14.53", "14,53").replaceAll(" +", " "),
        lines.get(danish + 3).replaceAll(" +", " "));
    assertEquals(List.of("Enhed: modtagere pr. 1.000 18–64-årige", "Sammenligningsgruppe: Landkommuner (31 kommuner)",
        "Data: recipients, population (indeholder syntetiske data): til træning, ikke til beslutninger"),
        lines.subList(danish + 4, danish + 7));
    assertTrue(lines.get(danish + 7).startsWith("Kilde: "), lines.get(danish + 7));
  }

}
