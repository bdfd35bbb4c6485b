package dk.styrbord.plot;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dk.styrbord.WorkbenchException;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.traces.Trace;

/**
 * A Tablesaw jsplot {@link Figure} (what {@code LinePlot.create}, {@code VerticalBarPlot.create},
 * {@code ScatterPlot.create} … return) as the workbench's {@link Chart}, so it is drawn by the
 * plotly packed into the page and needs no network; jsplot's own pages load plotly from a CDN.
 *
 * <p>jsplot writes each trace and the layout as a JavaScript object literal (unquoted keys,
 * single-quoted strings HTML-escaped by its Pebble templates, trailing commas, {@code NaN}); they
 * are read here as lenient JSON, so every trace and layout setting jsplot writes carries over
 * without reading its private fields. On top of that the chart gets the workbench's look: its title
 * placement, font and grid lines, y ticks with thousands separators (12.500, not 12.5k), one tick
 * per year on an x axis of years, the language's number separators, and the page's width (jsplot
 * fixes every figure at 700–900 pixels). Titles and names stay as the user wrote them. A figure's
 * {@code Config} and event handlers (JavaScript of their own) are not carried over.
 *
 * <p>Example: {@code FigureChart.of(LinePlot.create("Cost", table, "year", "cost"), Language.DANISH)}.
 */
public final class FigureChart {
  private static final ObjectMapper LENIENT = new ObjectMapper(JsonFactory.builder()
      .enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES, JsonReadFeature.ALLOW_SINGLE_QUOTES,
          JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS,
          JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
      .build());

  /** Layout keys that hold an axis: xaxis, yaxis, yaxis2 …, also inside a 3-D scene. */
  private static final Pattern AXIS = Pattern.compile("[xyz]axis\\d*");

  /** The entities jsplot's Pebble templates write for {@code & < > " '}; {@code &amp;} last. */
  private static final List<Map.Entry<String, String>> ENTITIES = List.of(Map.entry("&lt;", "<"), Map.entry("&gt;", ">"),
      Map.entry("&quot;", "\""), Map.entry("&#34;", "\""), Map.entry("&#39;", "'"), Map.entry("&amp;", "&"));

  /** The years an x axis of whole numbers in this range is taken to hold. */
  private static final int FIRST_YEAR = 1900;
  private static final int LAST_YEAR = 2100;

  /** Height when the figure sets none, as the workbench's own charts. */
  private static final int HEIGHT = 480;

  private FigureChart() {}

  /** The figure as a chart in {@code language}'s number format. */
  public static Chart of(Figure figure, Language language) {
    if (figure == null) {
      throw new WorkbenchException("The figure is null: pass what LinePlot.create(...), VerticalBarPlot.create(...) or new Figure(layout, traces) returns.");
    }
    Trace[] traces = figure.getTraces();
    if (traces == null || traces.length == 0) {
      throw new WorkbenchException("The figure has no traces to draw: give it one, e.g. new Figure(layout, ScatterTrace.builder(x, y).build()).");
    }
    ArrayNode data = Plotly.JSON.createArrayNode();
    for (int i = 0; i < traces.length; i++) {
      data.add(plain(literal(traces[i].asJavascript(i), "trace " + (i + 1))));
    }
    Layout layout = figure.getLayout();
    String title = layout == null || layout.getTitle() == null ? "" : layout.getTitle();
    ObjectNode own = layout == null ? Plotly.JSON.createObjectNode() : (ObjectNode) plain(literal(layout.asJavascript(), "layout"));
    return new Chart(title, data, layout(title, own, data, language), "");
  }

  /** The workbench's layout with the figure's own settings over it; title and axis titles as plotly 2 reads them. */
  private static ObjectNode layout(String title, ObjectNode own, ArrayNode data, Language language) {
    own.remove("title");
    own.remove("width");
    ObjectNode layout = Plotly.layout(title, "", language, own.path("height").asInt(HEIGHT));
    ObjectNode xAxis = Plotly.axis(layout, "xaxis", "");
    Plotly.axis(layout, "yaxis", "").put("tickformat", ",~r");
    moveTitleFont(own, layout.with("title"));
    axisTitles(own);
    if (xIsYears(data)) {
      xAxis.put("dtick", 1);
    }
    merge(layout, own);
    layout.put("separators", language.separators());
    return layout;
  }

  /**
   * Whether every trace's x values are whole numbers from 1900 to 2100 (jsplot writes them as
   * numbers or as text): years, which get one tick each, as lineChart's year axis, not 2.020,5.
   */
  private static boolean xIsYears(ArrayNode data) {
    boolean any = false;
    for (JsonNode trace : data) {
      for (JsonNode x : trace.path("x")) {
        double year;
        try {
          year = x.isNumber() ? x.doubleValue() : Double.parseDouble(x.asText());
        } catch (NumberFormatException notANumber) {
          return false;
        }
        if (year != Math.rint(year) || year < FIRST_YEAR || year > LAST_YEAR) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  /** jsplot's {@code titlefont} (dropped by plotly 2) as {@code title.font}. */
  private static void moveTitleFont(ObjectNode from, ObjectNode title) {
    JsonNode font = from.remove("titlefont");
    if (font != null) {
      title.set("font", font);
    }
  }

  /** Every axis title as {@code {text: …}}, with its font, in the layout and its 3-D scene. */
  private static void axisTitles(ObjectNode layout) {
    layout.fields().forEachRemaining(field -> {
      if (AXIS.matcher(field.getKey()).matches() && field.getValue() instanceof ObjectNode axis) {
        JsonNode text = axis.remove("title");
        ObjectNode title = axis.putObject("title");
        title.put("text", text == null ? "" : text.asText());
        moveTitleFont(axis, title);
      } else if (field.getKey().equals("scene") && field.getValue() instanceof ObjectNode scene) {
        axisTitles(scene);
      }
    });
  }

  /** {@code over}'s fields into {@code base}, objects field by field, anything else replaced. */
  private static void merge(ObjectNode base, ObjectNode over) {
    over.fields().forEachRemaining(field -> {
      JsonNode mine = base.get(field.getKey());
      if (mine instanceof ObjectNode m && field.getValue() instanceof ObjectNode o) {
        merge(m, o);
      } else {
        base.set(field.getKey(), field.getValue());
      }
    });
  }

  /** The object literal in jsplot's {@code var trace0 = {…};}, read leniently. */
  private static JsonNode literal(String javascript, String what) {
    int start = javascript.indexOf('{');
    if (start < 0) {
      throw unreadable(what, "no object in it");
    }
    try (JsonParser parser = LENIENT.createParser(javascript.substring(start))) {
      JsonNode node = LENIENT.readTree(parser);
      if (!(node instanceof ObjectNode)) {
        throw unreadable(what, "not an object");
      }
      return node;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw unreadable(what, e.getOriginalMessage());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("reading a string cannot fail", e);
    }
  }

  private static WorkbenchException unreadable(String what, String why) {
    return new WorkbenchException("The Tablesaw figure's " + what + " is not readable JavaScript (" + why
        + "); draw the table with lineChart, barChart or scatterChart instead.");
  }

  /**
   * The values as plotly should get them: text as the user wrote it (jsplot's HTML entities
   * undone), then escaped for plotly's labels so it shows as written; {@code NaN} as a gap.
   */
  private static JsonNode plain(JsonNode node) {
    if (node.isTextual()) {
      return TextNode.valueOf(Plotly.text(unescape(node.asText())));
    }
    if (node.isNumber() && !Double.isFinite(node.doubleValue())) {
      return Plotly.JSON.nullNode();
    }
    if (node instanceof ObjectNode object) {
      for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        field.setValue(plain(field.getValue()));
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        array.set(i, plain(array.get(i)));
      }
    }
    return node;
  }

  private static String unescape(String text) {
    String plain = text;
    for (Map.Entry<String, String> entity : ENTITIES) {
      plain = plain.replace(entity.getKey(), entity.getValue());
    }
    return plain;
  }
}
