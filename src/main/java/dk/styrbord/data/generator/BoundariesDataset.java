package dk.styrbord.data.generator;

import dk.styrbord.data.generator.Topology.TopoPolygon;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Makes {@code boundaries.csv} (OFFICIAL, simplified): one GeoJSON MultiPolygon per municipality for
 * choropleth maps, from DAGI's boundaries in {@code kommuner.topojson}, named as DST names them.
 *
 * <p>Method: decode the topology ({@link Topology}); simplify every arc once with
 * {@link DouglasPeucker} at {@link #TOLERANCE_METRES} in a local equirectangular plane (longitude ×
 * cos 56° and latitude, in metres), so two neighbours share the very same simplified border; round to
 * 4 decimals (about 10 m); join the arcs into rings; drop rings that collapse (fewer than 4 positions
 * or no area); orient exterior rings counter-clockwise and holes clockwise (RFC 7946 §3.1.6); group the
 * polygons by {@code KOMKODE} without Christiansø (0411); drop islands whose exterior ring encloses less
 * than {@link #MIN_ISLAND_KM2}, but never a municipality's largest polygon; list the polygons largest
 * first. Areas are measured in the same plane, within ± 5 % across Denmark.
 *
 * <p>Example: {@code java -cp target/classes dk.styrbord.data.generator.GenerateData data}.
 */
final class BoundariesDataset {
  /** Douglas–Peucker tolerance: a border point closer than this to the simplified line is dropped. */
  static final double TOLERANCE_METRES = 100;
  /** Islands smaller than this are dropped unless they are the municipality's largest polygon. */
  static final double MIN_ISLAND_KM2 = 0.5;

  private static final int CHRISTIANSOE = 411;
  private static final String SOURCE = "kommuner.topojson";
  private static final double METRES_PER_DEGREE = 6_371_008.8 * Math.PI / 180;
  private static final double COS_56 = StrictMath.cos(StrictMath.toRadians(56));
  /** Coordinates are kept as integers in units of 1e-4 degree: exact, and written with 4 decimals. */
  private static final double UNITS_PER_DEGREE = 10_000;

  /** A position in 1e-4 degrees. */
  private record Position(long lon, long lat) {}

  /** A polygon's rings (exterior first, each closed) and the area its exterior ring encloses. */
  private record Polygon(List<List<Position>> rings, double areaKm2) {}

  private BoundariesDataset() {}

  static CsvTable table(Path sources, MunicipalitiesDataset register) {
    Topology topology = Topology.read(sources.resolve(SOURCE), "stdin");
    List<List<Position>> arcs = simplifiedArcs(topology.arcs());
    Map<Integer, List<Polygon>> byCode = new TreeMap<>();
    for (TopoPolygon source : topology.polygons()) {
      int code = Integer.parseInt(source.properties().get("KOMKODE"));
      Polygon polygon = polygon(source, arcs);
      if (code != CHRISTIANSOE && polygon != null) {
        byCode.computeIfAbsent(code, c -> new ArrayList<>()).add(polygon);
      }
    }
    List<Integer> codes = register.all().stream().map(Municipality::code).toList();
    if (!List.copyOf(byCode.keySet()).equals(codes)) {
      throw new IllegalStateException(SOURCE + " has codes " + byCode.keySet() + ", not the 98 municipalities");
    }
    CsvTable t = CsvTable.of("boundaries.csv", "code", "name", "geometry", "points");
    for (Municipality m : register.all()) {
      List<Polygon> polygons = withoutTinyIslands(byCode.get(m.code()));
      t.add(m.code(), m.name(), geoJson(polygons), positions(polygons));
    }
    return t;
  }

  private static List<List<Position>> simplifiedArcs(List<List<double[]>> arcs) {
    List<List<Position>> simplified = new ArrayList<>();
    for (List<double[]> arc : arcs) {
      double[][] plane = new double[arc.size()][];
      for (int i = 0; i < plane.length; i++) {
        double[] p = arc.get(i);
        plane[i] = new double[] {p[0] * COS_56 * METRES_PER_DEGREE, p[1] * METRES_PER_DEGREE};
      }
      boolean[] kept = DouglasPeucker.keep(plane, TOLERANCE_METRES);
      List<Position> positions = new ArrayList<>();
      for (int i = 0; i < kept.length; i++) {
        if (kept[i]) {
          positions.add(rounded(arc.get(i)));
        }
      }
      simplified.add(List.copyOf(positions));
    }
    return simplified;
  }

  private static Position rounded(double[] lonLat) {
    return new Position(Math.round(lonLat[0] * UNITS_PER_DEGREE), Math.round(lonLat[1] * UNITS_PER_DEGREE));
  }

  /** The simplified polygon, or null when its exterior ring collapsed. */
  private static Polygon polygon(TopoPolygon source, List<List<Position>> arcs) {
    List<List<Position>> rings = new ArrayList<>();
    for (int[] references : source.rings()) {
      List<Position> ring = Topology.ring(references, arcs);
      long doubleArea = doubleSignedArea(ring);
      boolean exterior = rings.isEmpty();
      if (ring.size() < 4 || doubleArea == 0) {
        if (exterior) {
          return null;
        }
        continue;
      }
      if (exterior != doubleArea > 0) {
        Collections.reverse(ring);
      }
      rings.add(ring);
    }
    double squareDegrees = Math.abs(doubleSignedArea(rings.get(0))) / 2.0 / (UNITS_PER_DEGREE * UNITS_PER_DEGREE);
    double km2 = squareDegrees * COS_56 * METRES_PER_DEGREE * METRES_PER_DEGREE / 1e6;
    return new Polygon(rings, km2);
  }

  /** Twice the signed area by the shoelace formula, positive for counter-clockwise rings. */
  private static long doubleSignedArea(List<Position> ring) {
    long sum = 0;
    for (int i = 0; i + 1 < ring.size(); i++) {
      Position a = ring.get(i);
      Position b = ring.get(i + 1);
      sum += a.lon() * b.lat() - b.lon() * a.lat();
    }
    return sum;
  }

  private static List<Polygon> withoutTinyIslands(List<Polygon> polygons) {
    List<Polygon> largestFirst = new ArrayList<>(polygons);
    largestFirst.sort(Comparator.comparingDouble(Polygon::areaKm2).reversed());
    List<Polygon> kept = new ArrayList<>(largestFirst.subList(0, 1));
    for (Polygon p : largestFirst.subList(1, largestFirst.size())) {
      if (p.areaKm2() >= MIN_ISLAND_KM2) {
        kept.add(p);
      }
    }
    return kept;
  }

  private static String geoJson(List<Polygon> polygons) {
    StringBuilder json = new StringBuilder("{\"type\":\"MultiPolygon\",\"coordinates\":[");
    for (int p = 0; p < polygons.size(); p++) {
      json.append(p > 0 ? ",[" : "[");
      List<List<Position>> rings = polygons.get(p).rings();
      for (int r = 0; r < rings.size(); r++) {
        json.append(r > 0 ? ",[" : "[");
        List<Position> ring = rings.get(r);
        for (int i = 0; i < ring.size(); i++) {
          json.append(i > 0 ? ",[" : "[")
              .append(degrees(ring.get(i).lon())).append(',')
              .append(degrees(ring.get(i).lat())).append(']');
        }
        json.append(']');
      }
      json.append(']');
    }
    return json.append("]}").toString();
  }

  /** Fixed 4 decimals, no locale: 123456 → {@code 12.3456}. Danish coordinates are positive. */
  private static String degrees(long units) {
    String digits = String.format(Locale.ROOT, "%05d", units);
    return digits.substring(0, digits.length() - 4) + '.' + digits.substring(digits.length() - 4);
  }

  private static int positions(List<Polygon> polygons) {
    return polygons.stream().flatMap(p -> p.rings().stream()).mapToInt(List::size).sum();
  }
}
