package dk.styrbord.plot;

import dk.styrbord.WorkbenchException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Self-contained HTML for charts: plotly.js is read from the {@code org.webjars.npm:plotly.js-dist}
 * jar on the class path and inlined, so a page opens without a network and never calls a CDN.
 *
 * <p>Example: {@code OfflinePage.page("Lejre", chart.html("c1"))}.
 */
public final class OfflinePage {
  /** The plotly.js version the webjar in the pom carries. */
  public static final String PLOTLY_VERSION = "2.35.3";

  private static final String RESOURCE = "/META-INF/resources/webjars/plotly.js-dist/" + PLOTLY_VERSION + "/plotly.js";
  private static volatile String plotly;

  private OfflinePage() {}

  /**
   * An empty world outline for plotly's geo charts. plotly fetches the outline of the world from
   * its CDN before it draws any map, even one drawn from our own GeoJSON with the base map hidden
   * ({@code visible: false}), and draws nothing when the fetch fails; an empty outline of the name it
   * looks for stops the fetch.
   */
  private static final String NO_BASE_MAP = "window.PlotlyGeoAssets=window.PlotlyGeoAssets||{topojson:{}};"
      + "['world','europe'].forEach(function(s){['110m','50m'].forEach(function(r){"
      + "window.PlotlyGeoAssets.topojson[s+'_'+r]={type:'Topology',objects:{},arcs:[]};});});";

  /** plotly.js as one inline {@code <script>} element, with maps set up to need no network. */
  public static String plotlyScriptTag() {
    return "<script>" + plotlyScript() + "</script>";
  }

  /** plotly.js with maps set up to need no network, as a script file's text (the live notebook serves it). */
  public static String plotlyScript() {
    return plotly() + "\n" + NO_BASE_MAP;
  }

  /** A whole HTML page: UTF-8, the title escaped, plotly.js inlined, then the body as given. */
  public static String page(String title, String bodyHtml) {
    return "<!DOCTYPE html>\n<html lang=\"da\"><head><meta charset=\"utf-8\"><title>" + Html.escape(title)
        + "</title>\n" + plotlyScriptTag() + "\n</head><body>\n" + bodyHtml + "\n</body></html>\n";
  }

  private static String plotly() {
    String js = plotly;
    if (js == null) {
      try (InputStream in = OfflinePage.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new WorkbenchException("plotly.js " + PLOTLY_VERSION + " is not on the class path; rebuild with ./workbench (Maven fetches org.webjars.npm:plotly.js-dist).");
        }
        js = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new WorkbenchException("Could not read plotly.js from its webjar: " + e.getMessage(), e);
      }
      plotly = js;
    }
    return js;
  }
}
