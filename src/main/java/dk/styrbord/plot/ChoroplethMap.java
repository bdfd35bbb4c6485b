package dk.styrbord.plot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.styrbord.WorkbenchException;
import dk.styrbord.analysis.ResultInfo;
import dk.styrbord.data.Municipalities;
import dk.styrbord.data.Suggestions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * A map of the municipalities coloured by a value: plotly's {@code choropleth} trace over the
 * bundled {@code boundaries} (one GeoJSON MultiPolygon per municipality), joined by municipality
 * (see {@link MapJoin}: code, kommune_code or a name column). The map fits the outlines ({@code
 * fitbounds: "locations"}) and draws no base map, so it needs no tiles and no network.
 * Municipalities without a value are drawn grey.
 *
 * <p>Example: {@code ChoroplethMap.of(level, "per_inhabitant", boundaries, municipalities, Language.ENGLISH)}.
 */
public final class ChoroplethMap {
  private ChoroplethMap() {}

  /**
   * The map of {@code valueColumn} in {@code values}, outlines from {@code boundaries} (code, name,
   * geometry), names resolved by {@code municipalities}.
   */
  public static Chart of(Table values, String valueColumn, Table boundaries, Municipalities municipalities, Language language) {
    if (!values.columnNames().contains(valueColumn)) {
      throw new WorkbenchException("The table " + values.name() + " has no column \"" + valueColumn + "\"."
          + Suggestions.didYouMean(valueColumn, values.columnNames()) + " Columns: " + String.join(", ", values.columnNames()) + ".");
    }
    MapJoin join = MapJoin.of(values, valueColumn, municipalities);
    Map<Integer, Double> byCode = join.byCode();
    ObjectNode geojson = Plotly.JSON.createObjectNode();
    geojson.put("type", "FeatureCollection");
    ArrayNode features = geojson.putArray("features");
    List<String> withValue = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<Double> z = new ArrayList<>();
    List<String> without = new ArrayList<>();
    List<String> withoutNames = new ArrayList<>();
    for (Row b : boundaries) {
      String id = String.valueOf(b.getInt("code"));
      ObjectNode feature = features.addObject();
      feature.put("type", "Feature");
      feature.put("id", id);
      feature.putObject("properties").put("code", id).put("name", b.getString("name"));
      feature.set("geometry", clockwise(parse(b.getString("geometry"))));
      Double v = byCode.get(b.getInt("code"));
      if (v == null || v.isNaN()) {
        without.add(id);
        withoutNames.add(b.getString("name"));
      } else {
        withValue.add(id);
        names.add(b.getString("name"));
        z.add(v);
      }
    }
    if (withValue.isEmpty()) {
      throw new WorkbenchException("No row of " + values.name() + " names a municipality in its column " + join.key()
          + " (codes like 101, 350 or names like København, Lejre).");
    }
    ResultInfo info = Footer.infoOf(values);
    String unit = Units.column(valueColumn, info, language);
    ArrayNode traces = Plotly.JSON.createArrayNode();
    ObjectNode map = region(traces, unit, geojson, withValue, names);
    map.set("z", Plotly.numbers(z.stream().mapToDouble(Double::doubleValue).toArray()));
    map.put("colorscale", "YlOrRd");
    map.put("reversescale", true);
    map.put("hovertemplate", "%{text}: %{z:,.1f}<extra></extra>");
    ObjectNode bar = map.putObject("colorbar");
    bar.putObject("title").put("text", unit.replace(", ", ",<br>").replace(" per ", "<br>per ").replace(" pr. ", "<br>pr. "));
    bar.put("tickformat", ",.0f").put("len", 0.75).put("thickness", 16);
    if (!without.isEmpty()) {
      ObjectNode missing = region(traces, language.text("No value", "Ingen værdi"), geojson, without, withoutNames);
      missing.set("z", Plotly.numbers(new double[without.size()]));
      missing.put("showscale", false);
      missing.set("colorscale", Plotly.JSON.valueToTree(new String[][] {{"0", "#d5d8dc"}, {"1", "#d5d8dc"}}));
      missing.put("hovertemplate", "%{text}: " + language.text("no value", "ingen værdi") + "<extra></extra>");
    }
    String what = info != null && Units.isMainFigure(valueColumn)
        ? Units.scope(info, language) + ": " + Units.unit(info, language)
        : Character.toUpperCase(unit.charAt(0)) + unit.substring(1);
    String year = join.year() != 0 ? String.valueOf(join.year()) : info == null ? "" : info.yearSpan();
    String title = what + (year.isEmpty() ? "" : ", " + year) + language.text(", by municipality", ", pr. kommune");
    String subtitle = withValue.size() + language.text(" municipalities", " kommuner")
        + (without.isEmpty() ? "" : language.text("; grey: no value (", "; grå: ingen værdi (") + without.size() + ")")
        + (join.leftOut() == 0 ? "" : language.text("; rows not about a municipality left out: ", "; rækker der ikke er en kommune, udeladt: ")
            + join.leftOut());
    ObjectNode layout = Plotly.layout(title, subtitle, language, 680);
    ObjectNode geo = layout.putObject("geo");
    geo.put("fitbounds", "locations").put("visible", false);
    geo.putObject("projection").put("type", "mercator");
    layout.with("margin").put("l", 10).put("r", 10).put("b", 10);
    return new Chart(title, traces, layout, Footer.of(values, language)
        + language.text(" Map: DAGI municipality boundaries 2014 (Geodatastyrelsen & Danske Kommuner), simplified.",
            " Kort: DAGI kommunegrænser 2014 (Geodatastyrelsen & Danske Kommuner), forenklet."));
  }

  private static ObjectNode region(ArrayNode traces, String name, ObjectNode geojson, List<String> codes, List<String> names) {
    ObjectNode trace = Plotly.trace(traces, "choropleth", name);
    trace.set("geojson", geojson);
    trace.put("featureidkey", "properties.code");
    trace.set("locations", Plotly.texts(codes));
    trace.set("text", Plotly.texts(names));
    trace.putObject("marker").putObject("line").put("color", "white").put("width", 0.5);
    return trace;
  }

  /**
   * The polygon rings wound as plotly's map projection (d3-geo) needs them: exterior rings
   * clockwise, holes counter-clockwise. GeoJSON (RFC 7946) winds them the other way, and d3-geo
   * reads a counter-clockwise exterior as "the whole globe except this", which fills the map.
   * Orientation is the sign of the ring's shoelace area in longitude/latitude.
   */
  static JsonNode clockwise(JsonNode geometry) {
    for (JsonNode polygon : geometry.path("coordinates")) {
      for (int ring = 0; ring < polygon.size(); ring++) {
        ArrayNode points = (ArrayNode) polygon.get(ring);
        boolean isClockwise = signedArea(points) < 0;
        if (isClockwise != (ring == 0)) {
          reverse(points);
        }
      }
    }
    return geometry;
  }

  private static double signedArea(ArrayNode ring) {
    double sum = 0;
    for (int i = 0; i + 1 < ring.size(); i++) {
      sum += ring.get(i).get(0).asDouble() * ring.get(i + 1).get(1).asDouble()
          - ring.get(i + 1).get(0).asDouble() * ring.get(i).get(1).asDouble();
    }
    return sum / 2;
  }

  private static void reverse(ArrayNode ring) {
    List<JsonNode> points = new ArrayList<>();
    ring.forEach(points::add);
    ring.removeAll();
    for (int i = points.size() - 1; i >= 0; i--) {
      ring.add(points.get(i));
    }
  }

  private static JsonNode parse(String geometry) {
    try {
      return Plotly.JSON.readTree(geometry);
    } catch (JsonProcessingException e) {
      throw new WorkbenchException("A municipality outline in boundaries is not valid GeoJSON: " + e.getOriginalMessage(), e);
    }
  }
}
