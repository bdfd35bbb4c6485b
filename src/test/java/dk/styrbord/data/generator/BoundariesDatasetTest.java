package dk.styrbord.data.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.styrbord.data.Catalog;
import dk.styrbord.data.DatasetLoader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class BoundariesDatasetTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final List<Map<String, String>> rows = BundledCsv.read("boundaries.csv");

  @Test
  void oneRowPerMunicipalityWithDstCodesAndNames() {
    List<Map<String, String>> municipalities = BundledCsv.read("municipalities.csv");
    assertEquals(98, rows.size());
    assertEquals(column(municipalities, "code"), column(rows, "code"));
    assertEquals(column(municipalities, "name"), column(rows, "name"));
  }

  @Test
  void loadsThroughTheCatalogDespiteLongGeometryFields() {
    Table boundaries = DatasetLoader.load(Catalog.bundled(), "boundaries");
    assertEquals(98, boundaries.rowCount());
    assertEquals(350, boundaries.intColumn("code").get(boundaries.stringColumn("name").indexOf("Lejre")));
    assertTrue(boundaries.stringColumn("geometry").asList().stream().anyMatch(g -> g.length() > 4096),
        "some geometry is longer than Tablesaw's default field limit");
  }

  @Test
  void everyGeometryIsAMultiPolygonOfClosedRings() throws Exception {
    for (Map<String, String> row : rows) {
      JsonNode geometry = JSON.readTree(row.get("geometry"));
      assertEquals("MultiPolygon", geometry.get("type").asText(), row.get("name"));
      int positions = 0;
      for (JsonNode polygon : geometry.get("coordinates")) {
        for (JsonNode ring : polygon) {
          assertTrue(ring.size() >= 4, row.get("name") + " has a ring of " + ring.size() + " positions");
          assertEquals(ring.get(0), ring.get(ring.size() - 1), row.get("name") + " has an open ring");
          positions += ring.size();
        }
      }
      assertEquals(BundledCsv.integer(row, "points"), positions, row.get("name"));
    }
  }

  @Test
  void everyPositionLiesInDenmark() throws Exception {
    for (Map<String, String> row : rows) {
      for (double[] p : positions(row)) {
        assertTrue(p[0] >= 8.0 && p[0] <= 15.2 && p[1] >= 54.5 && p[1] <= 57.8,
            row.get("name") + " has a position outside Denmark: " + p[0] + ", " + p[1]);
      }
    }
  }

  @Test
  void exteriorRingsRunCounterClockwiseAndHolesClockwise() throws Exception {
    int holes = 0;
    for (Map<String, String> row : rows) {
      for (JsonNode polygon : JSON.readTree(row.get("geometry")).get("coordinates")) {
        assertTrue(signedArea(polygon.get(0)) > 0, row.get("name") + " has a clockwise exterior ring");
        for (int r = 1; r < polygon.size(); r++) {
          assertTrue(signedArea(polygon.get(r)) < 0, row.get("name") + " has a counter-clockwise hole");
          holes++;
        }
      }
    }
    assertEquals(1, holes, "only København has a hole: Frederiksberg");
  }

  @Test
  void islandMunicipalitiesKeepTheirIsland() throws Exception {
    for (String name : List.of("Læsø", "Fanø", "Samsø", "Ærø", "Bornholm")) {
      Map<String, String> row = rows.stream().filter(r -> r.get("name").equals(name)).findFirst().orElseThrow();
      assertTrue(JSON.readTree(row.get("geometry")).get("coordinates").size() >= 1, name);
    }
  }

  @Test
  void douglasPeuckerDropsAZigZagWithinToleranceAndKeepsAPeak() {
    // The five inner points lie 0.2 from the line y = 0 and are all dropped at tolerance 0.5.
    double[][] zigZag = {{0, 0}, {1, 0.2}, {2, -0.2}, {3, 0.2}, {4, -0.2}, {5, 0.2}, {6, 0}};
    assertArrayEquals(new boolean[] {true, false, false, false, false, false, true}, DouglasPeucker.keep(zigZag, 0.5));
    // Worked by hand at tolerance 0.5: the peak (3, 2) is 2 from the base and is kept. Against (0,0)-(3,2),
    // |2x - 3y| / √13 gives 0.47 for (1, 0.1), then 1.19 for (2, -0.1), which is kept; (1, 0.1) is then
    // 0.15 from (0,0)-(2,-0.1) and dropped. Against (3,2)-(6,0), |2(x-3) + 3(y-2)| / √13 gives 1.03 for
    // (4, 0.1), kept, and (5, -0.1) is then 0.15 from (4,0.1)-(6,0) and dropped.
    double[][] peak = {{0, 0}, {1, 0.1}, {2, -0.1}, {3, 2}, {4, 0.1}, {5, -0.1}, {6, 0}};
    assertArrayEquals(new boolean[] {true, false, true, true, true, false, true}, DouglasPeucker.keep(peak, 0.5));
  }

  @Test
  void topologyDecodesQuantizedDeltaArcsAndReversedReferences() {
    // Two unit squares side by side, 10..11 and 11..12 °E, 55..56 °N, on a grid of 0.5° × 0.25°.
    // Arc 0 is their common border (11,55)→(11,56); the right square walks it backwards as ~0 = -1.
    // The first position of an arc carries a z value, as in the DAGI file; it must be ignored.
    String json = """
        {"type":"Topology","transform":{"scale":[0.5,0.25],"translate":[10,55]},
         "objects":{"o":{"type":"GeometryCollection","geometries":[
           {"type":"Polygon","properties":{"KOMKODE":"0001"},"arcs":[[0,1]]},
           {"type":"Polygon","properties":{"KOMKODE":"0002"},"arcs":[[-1,2]]}]}},
         "arcs":[[[2,0,-999],[0,4]],
                 [[2,4,-999],[-2,0],[0,-4],[2,0]],
                 [[2,0,-999],[2,0],[0,4],[-2,0]]]}
        """;
    Topology topology = Topology.parse(json, "o");
    assertEquals(Map.of("KOMKODE", "0002"), topology.polygons().get(1).properties());
    List<double[]> left = Topology.ring(topology.polygons().get(0).rings().get(0), topology.arcs());
    List<double[]> right = Topology.ring(topology.polygons().get(1).rings().get(0), topology.arcs());
    assertPositions(new double[][] {{11, 55}, {11, 56}, {10, 56}, {10, 55}, {11, 55}}, left);
    assertPositions(new double[][] {{11, 56}, {11, 55}, {12, 55}, {12, 56}, {11, 56}}, right);
  }

  @Test
  void neighboursShareTheSameSimplifiedBorder() throws Exception {
    Map<String, String> lejre = rows.stream().filter(r -> r.get("code").equals("350")).findFirst().orElseThrow();
    Map<String, String> roskilde = rows.stream().filter(r -> r.get("code").equals("265")).findFirst().orElseThrow();
    Set<List<Double>> shared = pointSet(lejre);
    shared.retainAll(pointSet(roskilde));
    assertTrue(shared.size() >= 10, "Lejre and Roskilde share only " + shared.size() + " points");
    // Every segment of one that joins two common points is a segment of the other: one border, no slivers.
    assertEquals(edgesWithin(lejre, shared), edgesWithin(roskilde, shared));
    assertTrue(edgesWithin(lejre, shared).size() >= shared.size() - 2);
  }

  private static List<String> column(List<Map<String, String>> table, String name) {
    return table.stream().map(r -> r.get(name)).collect(Collectors.toList());
  }

  private static List<double[]> positions(Map<String, String> row) throws Exception {
    List<double[]> positions = new ArrayList<>();
    for (JsonNode polygon : JSON.readTree(row.get("geometry")).get("coordinates")) {
      for (JsonNode ring : polygon) {
        for (JsonNode p : ring) {
          positions.add(new double[] {p.get(0).asDouble(), p.get(1).asDouble()});
        }
      }
    }
    return positions;
  }

  private static Set<List<Double>> pointSet(Map<String, String> row) throws Exception {
    return positions(row).stream().map(p -> List.of(p[0], p[1])).collect(Collectors.toCollection(HashSet::new));
  }

  /** The undirected segments of a geometry whose both ends are in the given set. */
  private static Set<Set<List<Double>>> edgesWithin(Map<String, String> row, Set<List<Double>> points) throws Exception {
    Set<Set<List<Double>>> edges = new HashSet<>();
    for (JsonNode polygon : JSON.readTree(row.get("geometry")).get("coordinates")) {
      for (JsonNode ring : polygon) {
        for (int i = 0; i + 1 < ring.size(); i++) {
          List<Double> a = List.of(ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble());
          List<Double> b = List.of(ring.get(i + 1).get(0).asDouble(), ring.get(i + 1).get(1).asDouble());
          if (points.contains(a) && points.contains(b)) {
            edges.add(Set.of(a, b));
          }
        }
      }
    }
    return edges;
  }

  /** Shoelace formula: positive for a counter-clockwise ring in longitude (east) / latitude (north). */
  private static double signedArea(JsonNode ring) {
    double sum = 0;
    for (int i = 0; i + 1 < ring.size(); i++) {
      sum += ring.get(i).get(0).asDouble() * ring.get(i + 1).get(1).asDouble()
          - ring.get(i + 1).get(0).asDouble() * ring.get(i).get(1).asDouble();
    }
    return sum / 2;
  }

  private static void assertPositions(double[][] expected, List<double[]> actual) {
    assertEquals(expected.length, actual.size());
    for (int i = 0; i < expected.length; i++) {
      assertArrayEquals(expected[i], actual.get(i), 1e-12, "position " + i);
    }
  }
}
