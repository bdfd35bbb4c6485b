package dk.styrbord.plot;

import dk.styrbord.WorkbenchException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Self-contained HTML for charts: plotly.js (the minified bundle of npm's {@code
 * plotly.js-dist-min}, fetched by the build into {@code plotly/} beside this class) goes into the page gzip-compressed and base64-encoded,
 * and the browser unpacks it with {@code DecompressionStream}, so a page opens without a network,
 * never calls a CDN, and carries 1.8 MB of plotly instead of 10.8 MB.
 *
 * <p>Example: {@code OfflinePage.page("Lejre", chart.html("c1"))}.
 */
public final class OfflinePage {
  /** The plotly.js version kept beside this class. */
  public static final String PLOTLY_VERSION = "2.35.3";

  /** The promise a chart's script waits for: resolved once plotly.js is unpacked and run. */
  static final String READY = "window.styrbordPlotly";

  /** Unpacked by the build from npm's plotly.js-dist-min (see pom.xml). */
  private static final String RESOURCE = "plotly/plotly.min.js";
  private static volatile String plotly;
  private static volatile String packedTag;

  /**
   * An empty world outline for plotly's geo charts. plotly fetches the outline of the world from
   * its CDN before it draws any map, even one drawn from our own GeoJSON with the base map hidden
   * ({@code visible: false}), and draws nothing when the fetch fails; an empty outline of the name it
   * looks for stops the fetch.
   */
  private static final String NO_BASE_MAP = "window.PlotlyGeoAssets=window.PlotlyGeoAssets||{topojson:{}};"
      + "['world','europe'].forEach(function(s){['110m','50m'].forEach(function(r){"
      + "window.PlotlyGeoAssets.topojson[s+'_'+r]={type:'Topology',objects:{},arcs:[]};});});";

  /**
   * {@code styrbordPaper(gd)}: gives a drawn chart's SVG layers a view box of their own size, so the
   * print style can scale the chart as drawn for the screen down to the paper's width (plotly's
   * SVG has a fixed pixel width that the page's edge would otherwise cut); kept after each redraw.
   */
  private static final String ON_PAPER = "window.styrbordPaper=function(gd){function fit(){var l=gd._fullLayout;"
      + "if(!l){return;}gd.querySelectorAll('svg.main-svg').forEach(function(s){s.setAttribute('viewBox','0 0 '+l.width+' '+l.height);});"
      + "var c=gd.querySelector('.svg-container');if(c){c.style.setProperty('--chart-ratio',l.width+'/'+l.height);}}"
      + "gd.on('plotly_afterplot',fit);fit();return gd;};";

  /** The print style that goes with {@link #ON_PAPER}: the chart at the page's width, its toolbar hidden. */
  public static final String PRINT_STYLE = "@media print{.js-plotly-plot .svg-container{width:100%!important;"
      + "height:auto!important;aspect-ratio:var(--chart-ratio)}.js-plotly-plot svg.main-svg{width:100%;height:100%}"
      + ".modebar-container{display:none}figure.chart>div{min-height:0!important}figure.chart{break-inside:avoid}}";

  /** Unpacks plotly.js in the browser, or says which browsers can when this one cannot. */
  private static final String UNPACK = READY + "=(function(z){if(!window.DecompressionStream){return Promise.reject("
      + "new Error('This browser cannot unpack the charts: open the report in Chrome or Edge 80+, Firefox 113+ or Safari 16.4+.'));}"
      + "var b=atob(z),a=new Uint8Array(b.length);for(var i=0;i<b.length;i++){a[i]=b.charCodeAt(i);}"
      + "return new Response(new Blob([a]).stream().pipeThrough(new DecompressionStream('gzip'))).text()"
      + ".then(function(js){var s=document.createElement('script');s.text=js;document.head.appendChild(s);});})";

  private OfflinePage() {}

  /** plotly.js as one inline {@code <script>} element: packed, unpacked by the browser, maps set up to need no network. */
  public static String plotlyScriptTag() {
    String tag = packedTag;
    if (tag == null) {
      tag = "<script>" + UNPACK + "(\"" + Base64.getEncoder().encodeToString(gzip(plotlyScript() + "\n" + ON_PAPER))
          + "\");</script>";
      packedTag = tag;
    }
    return tag;
  }

  /** plotly.js with maps set up to need no network, as a script file's text (the live notebook serves it). */
  public static String plotlyScript() {
    return plotly() + "\n" + NO_BASE_MAP;
  }

  /** A whole HTML page: UTF-8, the title escaped, plotly.js packed in, then the body as given. */
  public static String page(String title, String bodyHtml) {
    return "<!DOCTYPE html>\n<html lang=\"da\"><head><meta charset=\"utf-8\"><title>" + Html.escape(title)
        + "</title>\n<style>" + PRINT_STYLE + "</style>\n" + plotlyScriptTag() + "\n</head><body>\n" + bodyHtml + "\n</body></html>\n";
  }

  private static byte[] gzip(String text) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length() / 3);
    try (GZIPOutputStream out = new GZIPOutputStream(bytes) {
      {
        def.setLevel(Deflater.BEST_COMPRESSION);
      }
    }) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("gzip into memory cannot fail", e);
    }
    return bytes.toByteArray();
  }

  private static String plotly() {
    String js = plotly;
    if (js == null) {
      try (InputStream in = OfflinePage.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new WorkbenchException("plotly.js " + PLOTLY_VERSION + " is not on the class path; rebuild with ./workbench.");
        }
        js = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new WorkbenchException("Could not read plotly.js from the workbench's jar: " + e.getMessage(), e);
      }
      plotly = js;
    }
    return js;
  }
}
