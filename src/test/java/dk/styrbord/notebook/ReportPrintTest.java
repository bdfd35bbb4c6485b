package dk.styrbord.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every shipped notebook's report, from one run of them all, in headless Chromium with the network
 * off: it is at most 3 MB, its charts draw from the plotly.js packed into it, and printed on A4
 * (print media, the page's width inside the report's A4 margins) no text runs out of its box.
 */
class ReportPrintTest {
  /** A4's 210 mm less the report's 2 × 12 mm side margins, in CSS pixels (96 per inch). */
  private static final int A4_CONTENT_WIDTH = (int) Math.floor((210 - 24) / 25.4 * 96);
  private static final long MAX_BYTES = 3_000_000;
  private static final Pattern NEW_PLOT = Pattern.compile("Plotly\\.newPlot\\(\"([^\"]+)\",");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Block boxes whose content is wider than they are, and any box past the page's right edge. */
  private static final String OVERFLOWING = """
      var bad = [], width = document.documentElement.clientWidth;
      document.querySelectorAll('body *').forEach(function (e) {
        if (e.closest('.js-plotly-plot') && !e.classList.contains('js-plotly-plot')) return;
        if (e.closest('details:not([open])') || e.tagName === 'SCRIPT' || e.tagName === 'STYLE') return;
        var box = e.getBoundingClientRect(), inline = getComputedStyle(e).display === 'inline';
        var what = e.tagName.toLowerCase() + (e.className ? '.' + e.className : '') + ' "'
            + e.textContent.trim().slice(0, 50) + '"';
        if (!inline && e.scrollWidth > e.clientWidth + 1) bad.push(what + ': content ' + e.scrollWidth + ' px in ' + e.clientWidth);
        else if (box.right > width + 1) bad.push(what + ': right edge at ' + Math.round(box.right) + ' px of ' + width);
      });
      return bad;""";

  @TempDir static Path dir;
  private static Map<String, Path> reports;
  private static ChromeDriver driver;

  @BeforeAll
  static void runEveryShippedNotebookOnce() throws Exception {
    List<String> args = new ArrayList<>();
    ShippedNotebooksTest.shipped().forEach(p -> args.add(p.toString()));
    args.addAll(List.of("--out-dir", dir.toString()));
    Runs.Run run = Runs.command(args);
    assertEquals(0, run.exit(), run.err());
    reports = new LinkedHashMap<>();
    for (String name : ShippedNotebooksTest.SHIPPED) {
      reports.put(name, dir.resolve(name + ".html"));
    }
    driver = HeadlessChromium.start(A4_CONTENT_WIDTH, 1100);
  }

  @AfterAll
  static void quit() {
    if (driver != null) {
      driver.quit();
    }
  }

  @Test
  void everyReportIsAtMostThreeMegabytesAndItsChartsDrawOffline() throws Exception {
    int charts = 0;
    for (Map.Entry<String, Path> report : reports.entrySet()) {
      String html = Files.readString(report.getValue(), StandardCharsets.UTF_8);
      long bytes = Files.size(report.getValue());
      assertTrue(bytes <= MAX_BYTES, report.getKey() + " is " + bytes + " bytes");
      Runs.assertOffline(html);
      Map<String, Integer> traces = tracesInScripts(html);
      open(report.getValue());
      assertEquals(traces, drawnTraces(), report.getKey() + ": traces drawn per chart");
      charts += traces.size();
    }
    assertTrue(charts >= 10, "the shipped reports hold charts: " + charts);
  }

  @Test
  void printedOnA4NoTextRunsOutOfItsBox() {
    for (Map.Entry<String, Path> report : reports.entrySet()) {
      open(report.getValue());
      driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
      assertEquals("true", String.valueOf(driver.executeScript("return matchMedia('print').matches")));
      assertEquals(List.of(), driver.executeScript(OVERFLOWING), report.getKey() + " printed on A4");
      driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
  }

  /** Opens the page and waits until plotly has drawn every chart on it (or said why not). */
  private static void open(Path page) {
    driver.get(page.toUri().toString());
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(driver.executeScript(
        "return Array.prototype.every.call(document.querySelectorAll('figure.chart > div'),"
            + " function (d) { return d._fullData && d.querySelector('svg.main-svg') || d.textContent; })")));
  }

  /** Per chart div, how many traces plotly holds after drawing (-1 where it drew nothing). */
  private static Map<String, Integer> drawnTraces() {
    @SuppressWarnings("unchecked")
    List<List<Object>> drawn = (List<List<Object>>) driver.executeScript(
        "return Array.prototype.map.call(document.querySelectorAll('figure.chart > div'),"
            + " function (d) { return [d.id, d._fullData ? d._fullData.length : -1]; })");
    Map<String, Integer> out = new LinkedHashMap<>();
    drawn.forEach(pair -> out.put((String) pair.get(0), ((Number) pair.get(1)).intValue()));
    return out;
  }

  /** Per chart div, the number of traces in the JSON its script hands to plotly, read here from the page's text. */
  private static Map<String, Integer> tracesInScripts(String html) throws Exception {
    Map<String, Integer> out = new LinkedHashMap<>();
    Matcher m = NEW_PLOT.matcher(html);
    while (m.find()) {
      try (JsonParser data = JSON.getFactory().createParser(html.substring(m.end(), html.indexOf("</script>", m.end())))) {
        JsonNode traces = JSON.readTree(data);
        out.put(m.group(1), traces.size());
      }
    }
    return out;
  }
}
