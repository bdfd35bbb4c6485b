package dk.styrbord.data.generator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A decoded TopoJSON topology (https://github.com/topojson/topojson-specification): every arc as
 * absolute longitude/latitude positions, and the polygons of one named object as rings of arc
 * references.
 *
 * <p>Decoding: a quantized arc lists integer positions whose first is absolute and the rest are
 * differences to the previous one (delta encoding); the absolute integers map to coordinates by
 * {@code x × scale + translate}. A third value on a position (this source's placeholder z) is ignored.
 * In a ring, reference {@code i ≥ 0} is arc {@code i}; a negative reference {@code ~i} (= −i − 1) is
 * arc {@code i} reversed. Consecutive arcs of a ring share their end and start position.
 *
 * <p>Example: {@code Topology.read(Path.of("data/sources/kommuner.topojson"), "stdin").polygons().size()} is 311.
 *
 * @param arcs every arc of the topology, each a list of {@code [longitude, latitude]} positions
 * @param polygons the {@code Polygon} geometries of the object, in file order
 */
record Topology(List<List<double[]>> arcs, List<TopoPolygon> polygons) {

  /**
   * One {@code Polygon} geometry of a topology.
   *
   * @param properties its properties as text, in file order
   * @param rings its rings as arc references, the exterior ring first
   */
  record TopoPolygon(Map<String, String> properties, List<int[]> rings) {}

  /** Reads a TopoJSON file and decodes the polygons of the named object. */
  static Topology read(Path file, String object) {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), object);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read source " + file, e);
    }
  }

  /** Decodes TopoJSON text; only {@code Polygon} geometries of the named object are kept. */
  static Topology parse(String json, String object) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException("Not TopoJSON: " + e.getMessage(), e);
    }
    List<List<double[]>> arcs = decodeArcs(root.get("arcs"), root.get("transform"));
    List<TopoPolygon> polygons = new ArrayList<>();
    for (JsonNode geometry : root.path("objects").path(object).path("geometries")) {
      if (geometry.path("type").asText().equals("Polygon")) {
        polygons.add(new TopoPolygon(properties(geometry.path("properties")), rings(geometry.get("arcs"))));
      }
    }
    return new Topology(List.copyOf(arcs), List.copyOf(polygons));
  }

  /**
   * Joins the arcs a ring refers to into one closed list of positions, reversing {@code ~i}
   * references and dropping the position each following arc repeats. Works on any arcs of the same
   * topology, e.g. simplified ones.
   */
  static <P> List<P> ring(int[] references, List<List<P>> arcs) {
    List<P> ring = new ArrayList<>();
    for (int reference : references) {
      List<P> arc = reference >= 0 ? arcs.get(reference) : reversed(arcs.get(~reference));
      ring.addAll(ring.isEmpty() ? arc : arc.subList(1, arc.size()));
    }
    return ring;
  }

  private static List<List<double[]>> decodeArcs(JsonNode arcs, JsonNode transform) {
    double scaleX = transform.get("scale").get(0).asDouble();
    double scaleY = transform.get("scale").get(1).asDouble();
    double translateX = transform.get("translate").get(0).asDouble();
    double translateY = transform.get("translate").get(1).asDouble();
    List<List<double[]>> decoded = new ArrayList<>();
    for (JsonNode arc : arcs) {
      List<double[]> positions = new ArrayList<>();
      long x = 0;
      long y = 0;
      for (JsonNode delta : arc) {
        x += delta.get(0).asLong();
        y += delta.get(1).asLong();
        positions.add(new double[] {x * scaleX + translateX, y * scaleY + translateY});
      }
      decoded.add(List.copyOf(positions));
    }
    return decoded;
  }

  private static Map<String, String> properties(JsonNode node) {
    Map<String, String> properties = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      properties.put(field.getKey(), field.getValue().asText());
    }
    return properties;
  }

  private static List<int[]> rings(JsonNode node) {
    List<int[]> rings = new ArrayList<>();
    for (JsonNode ring : node) {
      int[] references = new int[ring.size()];
      for (int i = 0; i < references.length; i++) {
        references[i] = ring.get(i).asInt();
      }
      rings.add(references);
    }
    return rings;
  }

  private static <P> List<P> reversed(List<P> arc) {
    List<P> copy = new ArrayList<>(arc);
    Collections.reverse(copy);
    return copy;
  }
}
