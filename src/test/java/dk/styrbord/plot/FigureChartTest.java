package dk.styrbord.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.styrbord.WorkbenchException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.api.LinePlot;
import tech.tablesaw.plotly.api.ScatterPlot;
import tech.tablesaw.plotly.api.VerticalBarPlot;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.traces.ScatterTrace;

class FigureChartTest {
  /** A name with every character jsplot's templates escape. */
  private static final String AWKWARD = "Lejre & 'Roskilde' <b>\"x\"";

  /** Per chart div: the traces and bars plotly drew, its title and y tick labels; written into #counts as JSON. */
  private static final String COUNT_SCRIPT = """
      <pre id="counts"></pre><script>
      window.addEventListener('load', function () { setTimeout(function () {
        var out = {errors: window.chartErrors || []};
        document.querySelectorAll('div.js-plotly-plot').forEach(function (div) {
          function n(selector) { return div.querySelectorAll(selector).length; }
          function texts(selector) { return Array.prototype.map.call(div.querySelectorAll(selector), function (e) { return e.textContent; }); }
          out[div.id] = {
            scatterTraces: n('.scatterlayer g.trace'), points: n('.scatterlayer path.point'), barTraces: n('.barlayer g.trace'),
            bars: Array.prototype.filter.call(div.querySelectorAll('.barlayer g.point path'), function (p) {
              var box = p.getBBox(); return box.width > 0 && box.height > 0; }).length,
            title: texts('.gtitle').join(''), legend: texts('.legend .traces text.legendtext'), xTicks: texts('.xtick text'), yTicks: texts('.ytick text')
          };
        });
        document.getElementById('counts').textContent = JSON.stringify(out);
      }, 2000); });
      </script>""";
  private static final String ERROR_HOOK =
      "<script>window.chartErrors=[];window.addEventListener('error',function(e){window.chartErrors.push(String(e.message));});</script>";

  private static Table costs() {
    return Table.create("costs", IntColumn.create("year", 2020, 2021, 2022, 2023),
        DoubleColumn.create("cost", 1.25, 2.5, Double.NaN, 3.75),
        StringColumn.create("who", AWKWARD, "B", AWKWARD, "C"));
  }

  @Test
  void aLinePlotKeepsItsPointsWithTheGapAsNull() {
    Chart chart = FigureChart.of(LinePlot.create("Cost", costs(), "year", "cost"), Language.ENGLISH);

    assertEquals(1, chart.data().size());
    JsonNode trace = chart.data().get(0);
    assertEquals("scatter", trace.get("type").asText());
    assertEquals("lines", trace.get("mode").asText());
    List<Double> y = new ArrayList<>();
    trace.get("y").forEach(v -> y.add(v.isNull() || v.asText().equals("null") ? null : v.asDouble()));
    assertEquals(java.util.Arrays.asList(1.25, 2.5, null, 3.75), y);
    assertEquals("Cost", chart.title());
    assertEquals("Cost", chart.layout().at("/title/text").asText());
    assertEquals("year", chart.layout().at("/xaxis/title/text").asText(), "an axis title as plotly 2 reads it");
    assertEquals("cost", chart.layout().at("/yaxis/title/text").asText());
    assertEquals(600, chart.layout().get("height").asInt(), "LinePlot's own height");
    assertFalse(chart.layout().has("width"), "the page's width, not jsplot's fixed 800 pixels");
    assertEquals(1, chart.layout().at("/xaxis/dtick").asInt(), "one tick per year");
  }

  @Test
  void aBarPlotHasItsBarsAndTheLanguagesSeparators() {
    Table t = Table.create("t", StringColumn.create("area", "5.28", "5.38", "6.45"), DoubleColumn.create("dkk", 12_500.5, 8_000, 3_250));
    Chart chart = FigureChart.of(VerticalBarPlot.create("Spending", t, "area", "dkk"), Language.DANISH);

    JsonNode trace = chart.data().get(0);
    assertEquals("bar", trace.get("type").asText());
    assertEquals("[\"5.28\",\"5.38\",\"6.45\"]", trace.get("x").toString());
    assertEquals("[12500.5,8000.0,3250.0]", trace.get("y").toString());
    assertEquals(",.", chart.layout().get("separators").asText());
    assertFalse(chart.layout().path("xaxis").has("dtick"), "5.28 is a function, not a year");
    assertEquals(".,", FigureChart.of(VerticalBarPlot.create("Spending", t, "area", "dkk"), Language.ENGLISH)
        .layout().get("separators").asText());
  }

  @Test
  void namesAndTitlesShowAsTheUserWroteThem() {
    Chart chart = FigureChart.of(ScatterPlot.create(AWKWARD, costs(), "year", "cost", "who"), Language.ENGLISH);

    assertEquals(AWKWARD, chart.title(), "the page's title and file name");
    // plotly reads & < > in labels as markup; written as entities it shows them as they are, and &quot; it would show literally
    assertEquals("Lejre &amp; 'Roskilde' &lt;b&gt;\"x\"", chart.layout().at("/title/text").asText());
    assertEquals("Lejre &amp; 'Roskilde' &lt;b&gt;\"x\"", chart.data().get(0).get("name").asText());
  }

  @Test
  void aFigureBuiltFromTracesKeepsItsLayoutSettings() {
    ScatterTrace trace = ScatterTrace.builder(new double[] {1, 2, 3}, new double[] {4, 5, 6}).name("mine").build();
    Layout layout = Layout.builder("Built").height(300).showLegend(true).build();

    Chart chart = FigureChart.of(new Figure(layout, trace), Language.ENGLISH);

    assertEquals("mine", chart.data().get(0).get("name").asText());
    List<Double> x = new ArrayList<>();
    chart.data().get(0).get("x").forEach(v -> x.add(v.asDouble()));
    assertEquals(List.of(1.0, 2.0, 3.0), x, "jsplot writes a trace's numbers as text, which plotly reads as numbers");
    assertEquals(300, chart.layout().get("height").asInt());
    assertTrue(chart.layout().get("showlegend").asBoolean());
  }

  @Test
  void aFigureWithoutTracesIsRefusedInOneLine() {
    WorkbenchException e = assertThrows(WorkbenchException.class,
        () -> FigureChart.of(new Figure(Layout.builder("Empty").build()), Language.ENGLISH));
    assertEquals("The figure has no traces to draw: give it one, e.g. new Figure(layout, ScatterTrace.builder(x, y).build()).", e.getMessage());
  }

  @Test
  void lineBarAndScatterPlotsDrawOfflineInDanish(@TempDir Path dir) throws Exception {
    Table t = Table.create("t", StringColumn.create("area", "5.28", "5.38", "6.45"), DoubleColumn.create("dkk", 12_500.5, 8_000, 3_250));
    StringBuilder body = new StringBuilder(ERROR_HOOK);
    body.append(FigureChart.of(LinePlot.create("Cost", costs(), "year", "cost"), Language.DANISH).html("line"));
    body.append(FigureChart.of(VerticalBarPlot.create("Spending", t, "area", "dkk"), Language.DANISH).html("bar"));
    body.append(FigureChart.of(ScatterPlot.create(AWKWARD, costs(), "year", "cost", "who"), Language.DANISH).html("scatter"));
    String page = OfflinePage.page("Tablesaw figures", body + COUNT_SCRIPT);
    assertFalse(page.contains("cdn." + "plot.ly"), "no CDN"); // split, so OfflineSourcesTest does not find it here
    Path html = dir.resolve("figures.html");
    Files.writeString(html, page, StandardCharsets.UTF_8);

    JsonNode counts = countsIn(Chromium.dumpDom(html));

    assertEquals(0, counts.get("errors").size(), "script errors: " + counts.get("errors"));
    assertEquals(1, counts.at("/line/scatterTraces").asInt());
    assertEquals("Cost", counts.at("/line/title").asText());
    List<String> ticks = new ArrayList<>();
    counts.at("/line/yTicks").forEach(tick -> ticks.add(tick.asText()));
    assertTrue(ticks.contains("1,5") && ticks.contains("3,5"), "Danish decimal commas on the axis: " + ticks);
    assertEquals("[\"2020\",\"2021\",\"2022\",\"2023\"]", counts.at("/line/xTicks").toString(), "whole years, no 2.020,5");
    assertEquals(1, counts.at("/bar/barTraces").asInt());
    List<String> barTicks = new ArrayList<>();
    counts.at("/bar/yTicks").forEach(tick -> barTicks.add(tick.asText()));
    assertTrue(barTicks.contains("10.000"), "a Danish thousands point, not 10k: " + barTicks);
    assertEquals(3, counts.at("/bar/bars").asInt(), "one bar per area");
    // three groups (AWKWARD, B, C), the NaN row drops out of AWKWARD's points
    assertEquals(3, counts.at("/scatter/scatterTraces").asInt());
    assertEquals(3, counts.at("/scatter/points").asInt());
    assertEquals(AWKWARD, counts.at("/scatter/title").asText(), "the title as written");
    assertEquals(AWKWARD, counts.at("/scatter/legend/0").asText(), "a group's name as written");
  }

  private static JsonNode countsIn(String dom) throws Exception {
    Matcher m = Pattern.compile("<pre id=\"counts\">(.*?)</pre>", Pattern.DOTALL).matcher(dom);
    assertTrue(m.find(), "the page wrote no counts");
    return new ObjectMapper().readTree(m.group(1).replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"));
  }
}
