package dk.styrbord.plot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One interactive chart: plotly's {@code data} (traces) and {@code layout} as JSON, a title, and a
 * footer naming the source and whether the data are synthetic. It draws itself into any HTML page
 * that has {@link OfflinePage#plotlyScriptTag()}, once plotly.js is unpacked.
 *
 * <p>Example: {@code OfflinePage.page(chart.title(), chart.html("chart1"))}.
 *
 * @param title the chart's title
 * @param data plotly traces, a JSON array
 * @param layout plotly layout, a JSON object
 * @param footer source and provenance, e.g. "Source: Statistics Denmark REGK31; synthetic data marked"
 */
public record Chart(String title, JsonNode data, ObjectNode layout, String footer) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * A {@code <figure>} with the chart's div, its footer as a caption, and the script that draws
   * it. Text is escaped; the JSON is embedded so that {@code </script>} in data cannot end the
   * script.
   */
  public String html(String divId) {
    String id = Html.escape(divId);
    return "<figure class=\"chart\"><div id=\"" + id + "\" style=\"width:100%;min-height:480px\"></div>"
        + "<figcaption>" + Html.escape(footer) + "</figcaption>"
        + "<script>" + OfflinePage.READY + ".then(function(){Plotly.newPlot(\"" + id + "\"," + scriptSafe(data) + ","
        + scriptSafe(layout) + ",{responsive:true,displaylogo:false}).then(styrbordPaper);},function(e){document.getElementById(\"" + id
        + "\").textContent=e.message;});</script></figure>";
  }

  /** A self-contained HTML page with this chart alone, as {@code save} and {@code png} write it. */
  public String page() {
    return page("");
  }

  /** The page with extra CSS rules. */
  String page(String css) {
    return OfflinePage.page(title, "<style>body{font-family:'DejaVu Sans',Arial,sans-serif;margin:12px}"
        + "figure{margin:0}figcaption{color:#555;font-size:13px;margin:4px 8px}" + css + "</style>\n" + html("chart"));
  }

  /** What the prompt shows: the title and the traces, not the JSON. */
  @Override
  public String toString() {
    Set<String> types = new LinkedHashSet<>();
    data.forEach(trace -> types.add(trace.path("type").asText("scatter")));
    return "Chart \"" + title + "\": " + data.size() + (data.size() == 1 ? " trace (" : " traces (")
        + String.join(", ", types) + "). show(chart) opens it; save(chart, \"file.html\") and png(chart, \"file.png\") write it.";
  }

  /** A plotly link tag in any text: {@code <a href=…>} and {@code </a>}, any case. */
  private static final java.util.regex.Pattern LINK = java.util.regex.Pattern.compile("(?i)<(/?a)(?=[\\s>/])");

  /**
   * The JSON as a script may hold it: {@code </script>} in data cannot end the script, and no text
   * is a live link. plotly draws {@code <a href="…">} in any label, title or hover text as a link,
   * so a link in a data value (a municipality's name in an extract, say) would take a reader
   * elsewhere; written as {@code &lt;a}, plotly shows it as the text it is. The charts' own markup
   * ({@code <br>}, {@code <sup>}, {@code <b>}) stays.
   */
  private static String scriptSafe(JsonNode node) {
    try {
      String json = LINK.matcher(JSON.writeValueAsString(node)).replaceAll("&lt;$1");
      return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("A JSON tree always serialises", e);
    }
  }
}
