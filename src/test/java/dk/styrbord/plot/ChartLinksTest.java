package dk.styrbord.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** A link in a data value is drawn as text, never as a live link, in a chart as a page shows it. */
class ChartLinksTest {
  private static final String LINK = "<a href=\"https://example.org/phish\">Lejre</A>";

  @Test
  void aLinkInADataValueIsShownAsTextAndLeadsNowhere(@TempDir Path dir) throws Exception {
    Table t = Table.create("spending by " + LINK,
        StringColumn.create("kommune", LINK, "Lolland"), DoubleColumn.create("dkk", 1200, 900));
    Chart chart = Charts.ofTable(t, Language.ENGLISH);
    Path html = dir.resolve("links.html");
    Files.writeString(html, OfflinePage.page("links", chart.html("c")
        + "<script>window.styrbordPlotly.then(function(){setTimeout(function(){var p=document.createElement('pre');"
        + "p.id='found';var svg=document.querySelector('#c svg.main-svg').parentNode;"
        + "var n=0;svg.querySelectorAll('a').forEach(function(a){if((a.getAttribute('href')||a.getAttribute('xlink:href')||'').indexOf('example.org')>=0)n++;});"
        + "p.textContent=JSON.stringify({links:n,text:svg.textContent});"
        + "document.body.appendChild(p);},500);});</script>"), StandardCharsets.UTF_8);
    String dom = Chromium.dumpDom(html);
    int at = dom.indexOf("<pre id=\"found\">");
    assertTrue(at >= 0, "the chart was drawn");
    String found = dom.substring(at, dom.indexOf("</pre>", at));
    assertTrue(found.contains("\"links\":0"), found);
    assertTrue(found.contains("&lt;a href=\\\"https://example.org/phish\\\"&gt;Lejre&lt;/A&gt;Lolland"), "a value shown as the text it is: " + found);
    assertTrue(found.contains("spending by &lt;a href=\\\"https://example.org/phish\\\"&gt;Lejre&lt;/A&gt;"), "the title too: " + found);
    assertFalse(dom.contains("<a href=\"https://example.org"), "no live link anywhere in the page");
    assertEquals(-1, dom.indexOf("xlink:href=\"https://example.org"));
  }
}
