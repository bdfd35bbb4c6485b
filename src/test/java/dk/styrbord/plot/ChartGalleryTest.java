package dk.styrbord.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.styrbord.data.Catalog;
import dk.styrbord.data.Datasets;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of chart drawn by headless Chromium from one {@code file://} page with the network
 * off: after plotly drew, a script on the page counts what is in each chart's SVG (traces, bars
 * with a shape, boxes, waterfall bars, Sankey nodes and links, map regions, titles) and the test
 * compares the counts with the data the chart was built from.
 */
class ChartGalleryTest {
  /** Counts, per chart div, the SVG elements plotly drew; written into #counts as JSON. */
  private static final String COUNT_SCRIPT = """
      <pre id="counts"></pre><script>
      window.addEventListener('load', function () { setTimeout(function () {
        var out = {errors: window.chartErrors || []};
        document.querySelectorAll('div.js-plotly-plot').forEach(function (div) {
          function n(selector) { return div.querySelectorAll(selector).length; }
          function drawn(selector) {
            return Array.prototype.filter.call(div.querySelectorAll(selector), function (p) {
              var box = p.getBBox(); return box.width > 0 && box.height > 0;
            }).length;
          }
          function text(selector) { var e = div.querySelector(selector); return e ? e.textContent : ''; }
          out[div.id] = {
            scatterTraces: n('.scatterlayer g.trace'), scatterPoints: n('.scatterlayer path.point'),
            textLabels: n('.scatterlayer g.textpoint text'), barTraces: n('.barlayer g.trace'),
            bars: drawn('.barlayer g.point path'), boxes: n('.boxlayer path.box'), boxPoints: n('.boxlayer path.point'),
            waterfallBars: drawn('.waterfalllayer g.point path'), sankeyNodes: n('.sankey-node'), sankeyLinks: n('.sankey-link'),
            regions: n('path.choroplethlocation'), heatmaps: n('.hm'), shapes: n('.shapelayer path'),
            title: text('.gtitle'), xTitle: text('.g-xtitle'), yTitle: text('.g-ytitle'),
            legend: n('.legend .traces')
          };
        });
        document.getElementById('counts').textContent = JSON.stringify(out);
      }, 2000); });
      </script>""";
  private static final String ERROR_HOOK =
      "<script>window.chartErrors=[];window.addEventListener('error',function(e){window.chartErrors.push(String(e.message));});</script>";

  private static Map<String, Chart> charts;
  private static Datasets datasets;

  @BeforeAll
  static void buildCharts() {
    datasets = Datasets.of(Catalog.bundled());
    charts = ChartGallery.charts(datasets, Language.ENGLISH);
  }

  @Test
  void everyChartKindDrawsWhatItsDataHold(@TempDir Path dir) throws Exception {
    StringBuilder body = new StringBuilder(ERROR_HOOK);
    charts.forEach((name, chart) -> body.append(chart.html(name)).append('\n'));
    String page = OfflinePage.page("All charts", body + COUNT_SCRIPT);
    assertOnlyInlineResources(page);
    Path html = dir.resolve("all.html");
    Files.writeString(html, page, StandardCharsets.UTF_8);

    JsonNode counts = countsIn(Chromium.dumpDom(html));

    assertEquals(0, counts.get("errors").size(), "script errors: " + counts.get("errors"));
    JsonNode trend = counts.get("trend");
    int groupLines = (int) charts.get("trend").data().size() - 2;
    assertTrue(groupLines >= 5, "comparison group lines: " + groupLines);
    assertEquals(groupLines + 2, trend.get("scatterTraces").asInt(), "group lines + national + own");
    assertEquals(9, trend.get("scatterPoints").asInt(), "markers on the own line, 2016-2024");
    assertTrue(trend.get("title").asText().startsWith("Hørsholm: spending on 5.38 (adults) per 18–64-year-old, fixed 2024 prices"),
        trend.get("title").asText());
    assertEquals("DKK per 18–64-year-old, fixed 2024 prices", trend.get("yTitle").asText());
    assertEquals(3, trend.get("legend").asInt(), "group, national level, own");

    JsonNode rank = counts.get("rank");
    assertEquals(98, rank.get("bars").asInt());
    assertEquals(3, rank.get("barTraces").asInt(), "others, comparison group, chosen");

    for (String scatter : new String[] {"driver", "expected"}) {
      JsonNode s = counts.get(scatter);
      assertEquals(3, s.get("scatterTraces").asInt(), scatter + ": points, labelled points, line");
      assertEquals(98 + ScatterChart.LABELLED, s.get("scatterPoints").asInt(), scatter + ": 98 municipalities and the labelled again");
      assertEquals(ScatterChart.LABELLED, s.get("textLabels").asInt(), scatter);
    }
    assertTrue(counts.get("expected").get("xTitle").asText().startsWith("Expected, DKK per 18–64-year-old"));

    JsonNode box = counts.get("box");
    assertEquals(5, box.get("boxes").asInt(), "one box per DST municipality group");
    assertEquals(98, box.get("boxPoints").asInt());

    assertEquals(charts.get("waterfall").data().get(0).get("x").size(), counts.get("waterfall").get("waterfallBars").asInt());
    assertEquals(9, counts.get("waterfall").get("waterfallBars").asInt(), "reference, 5 volume effects, price, not split, own");

    JsonNode ladder = counts.get("ladder");
    JsonNode link = charts.get("ladder").data().get(0).get("link");
    assertEquals(7, link.get("value").size(), "routes in transitionsByStep");
    assertEquals(7, ladder.get("sankeyLinks").asInt());
    assertEquals(8, ladder.get("sankeyNodes").asInt(), "4 steps moved from, 4 moved to");

    JsonNode budget = counts.get("budget");
    assertEquals(4, budget.get("scatterTraces").asInt(), "cumulative budget, actual, two forecast paths");
    assertEquals(12 + 10, budget.get("bars").asInt(), "12 monthly budgets, 10 booked months");

    assertEquals(98, counts.get("map").get("regions").asInt());
    assertEquals(98, counts.get("map-names").get("regions").asInt(), "4 named municipalities coloured, 94 grey");

    assertEquals(98, counts.get("benchmark").get("bars").asInt());
    assertEquals(2, counts.get("benchmark").get("shapes").asInt(), "national level and the group's level");
    assertEquals(98, counts.get("level").get("bars").asInt());
    assertEquals(9, counts.get("spread").get("boxes").asInt(), "one box per year 2016-2024");
    assertEquals(2, counts.get("rate").get("bars").asInt(), "own and group");
    assertEquals(3 * 4, counts.get("rates").get("bars").asInt(), "3 measures × own and group × 2 years");
    assertEquals(2, counts.get("turnaround").get("scatterTraces").asInt());
    assertEquals(2, counts.get("turnaround").get("shapes").asInt(), "the years after, shaded, and the intervention line");
    for (String heat : new String[] {"correlations", "chisquare"}) {
      assertEquals(1, counts.get(heat).get("heatmaps").asInt(), heat);
    }
    assertEquals(1, counts.get("welch").get("scatterPoints").asInt(), "the estimate");
    assertEquals(5, counts.get("anova").get("bars").asInt(), "one mean per DST group");
    assertEquals(4, counts.get("forecast").get("bars").asInt(), "budget, actual, two forecasts");
    assertEquals(2, counts.get("line").get("scatterTraces").asInt(), "one line per team");
    assertEquals(6, counts.get("bar").get("bars").asInt(), "3 years × 2 teams");
    assertEquals(98, counts.get("scatter").get("scatterPoints").asInt());
    assertEquals("Year", counts.get("line").get("xTitle").asText());
    assertEquals("cases", counts.get("line").get("yTitle").asText(), "a plain table's axis is its column");
    for (String name : charts.keySet()) {
      assertFalse(counts.get(name).get("title").asText().isBlank(), name + " has a title");
    }
  }

  private static JsonNode countsIn(String dom) throws Exception {
    Matcher m = Pattern.compile("<pre id=\"counts\">(.*?)</pre>", Pattern.DOTALL).matcher(dom);
    assertTrue(m.find(), "the page wrote no counts");
    return new ObjectMapper().readTree(m.group(1).replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"));
  }

  /** Outside its inline scripts, the page loads nothing: no src, href or url(...) at all. */
  private static void assertOnlyInlineResources(String page) {
    String markup = page.replaceAll("(?s)<script>.*?</script>", "<script></script>");
    for (String reference : new String[] {"src=", "href=", "url(", "http:", "https:", "//cdn"}) {
      assertFalse(markup.contains(reference), "the page references " + reference);
    }
  }
}
