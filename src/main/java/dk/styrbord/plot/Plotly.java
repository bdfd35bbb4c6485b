package dk.styrbord.plot;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;

/**
 * The plotly JSON every chart shares: a layout with the title and axis titles as {@code {text: …}}
 * objects (plotly 3 ignores plain strings), the language's number separators, and a quiet style.
 */
final class Plotly {
  static final ObjectMapper JSON = new ObjectMapper();

  /** The colour of the chosen municipality. */
  static final String CHOSEN = "#c0392b";
  /** The colour of its comparison group. */
  static final String GROUP = "#2e86c1";
  /** The colour of everything else. */
  static final String OTHERS = "#bfc5cc";
  /** Lines for reference levels (national average, budget). */
  static final String REFERENCE = "#34495e";

  private Plotly() {}

  /**
   * A layout with the title (and a smaller second line when {@code subtitle} is not empty), the
   * language's separators and a white background.
   */
  static ObjectNode layout(String title, String subtitle, Language language, int height) {
    ObjectNode layout = JSON.createObjectNode();
    ObjectNode t = layout.putObject("title");
    t.put("text", text(title) + (subtitle.isEmpty() ? "" : "<br><sup>" + text(subtitle) + "</sup>"));
    t.put("x", 0.01);
    t.put("xanchor", "left");
    t.put("yref", "container");
    t.put("y", 1 - 16.0 / height);
    t.put("yanchor", "top");
    t.putObject("font").put("size", 18);
    layout.put("separators", language.separators());
    layout.put("height", height);
    layout.putObject("font").put("family", "DejaVu Sans, Arial, sans-serif").put("size", 13);
    layout.put("paper_bgcolor", "white");
    layout.put("plot_bgcolor", "white");
    layout.putObject("margin").put("l", 80).put("r", 30).put("t", 70).put("b", 70);
    layout.putObject("hoverlabel").putObject("font").put("family", "DejaVu Sans, Arial, sans-serif");
    return layout;
  }

  /**
   * Text for plotly's labels, which read a few HTML tags and entities: {@code & < >} escaped, so
   * the text shows as it is. Not {@link Html#escape}: plotly shows its {@code &quot;} literally.
   */
  static String text(String plain) {
    return plain.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** An axis with a title and light grid lines. */
  static ObjectNode axis(ObjectNode layout, String name, String title) {
    ObjectNode axis = layout.putObject(name);
    axis.putObject("title").put("text", title);
    axis.put("gridcolor", "#e5e8eb");
    axis.put("zerolinecolor", "#aab2bd");
    axis.put("automargin", true);
    return axis;
  }

  /** A legend above the plot, below the title, laid out horizontally. */
  static void legendOnTop(ObjectNode layout) {
    layout.putObject("legend").put("orientation", "h").put("x", 0).put("y", 1.01).put("yanchor", "bottom");
    layout.with("margin").put("t", 105);
  }

  static ArrayNode numbers(double... values) {
    ArrayNode a = JSON.createArrayNode();
    for (double v : values) {
      if (Double.isNaN(v)) {
        a.addNull();
      } else {
        a.add(v);
      }
    }
    return a;
  }

  static ArrayNode texts(Collection<String> values) {
    ArrayNode a = JSON.createArrayNode();
    values.forEach(a::add);
    return a;
  }

  /** A trace of {@code type}. */
  static ObjectNode trace(ArrayNode traces, String type, String name) {
    ObjectNode trace = traces.addObject();
    trace.put("type", type);
    trace.put("name", name);
    return trace;
  }
}
