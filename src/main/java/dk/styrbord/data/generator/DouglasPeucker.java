package dk.styrbord.data.generator;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Simplifies a line with the Douglas–Peucker algorithm: keep both ends; find the point farthest from
 * the segment joining them; if it lies more than the tolerance away, keep it and repeat on both halves,
 * otherwise drop every point in between. The distance is to the segment (so a closed line, whose ends
 * coincide, is measured from its start point). Points must be in a plane with equal units on both axes.
 *
 * <p>Reference: D. H. Douglas and T. K. Peucker (1973), "Algorithms for the reduction of the number of
 * points required to represent a digitized line or its caricature", The Canadian Cartographer 10(2),
 * 112–122.
 *
 * <p>Example: {@code DouglasPeucker.keep(new double[][] {{0, 0}, {1, 0.1}, {2, 0}}, 0.5)} is
 * {@code [true, false, true]}.
 */
final class DouglasPeucker {
  private DouglasPeucker() {}

  /** Which points to keep: a point is kept when it lies more than {@code tolerance} from the segment. */
  static boolean[] keep(double[][] points, double tolerance) {
    boolean[] kept = new boolean[points.length];
    if (points.length == 0) {
      return kept;
    }
    kept[0] = true;
    kept[points.length - 1] = true;
    double limit = tolerance * tolerance;
    Deque<int[]> spans = new ArrayDeque<>();
    spans.push(new int[] {0, points.length - 1});
    while (!spans.isEmpty()) {
      int[] span = spans.pop();
      int farthest = -1;
      double farthestDistance = limit;
      for (int i = span[0] + 1; i < span[1]; i++) {
        double d = squaredDistance(points[i], points[span[0]], points[span[1]]);
        if (d > farthestDistance) {
          farthest = i;
          farthestDistance = d;
        }
      }
      if (farthest >= 0) {
        kept[farthest] = true;
        spans.push(new int[] {span[0], farthest});
        spans.push(new int[] {farthest, span[1]});
      }
    }
    return kept;
  }

  private static double squaredDistance(double[] p, double[] a, double[] b) {
    double dx = b[0] - a[0];
    double dy = b[1] - a[1];
    double px = p[0] - a[0];
    double py = p[1] - a[1];
    double length = dx * dx + dy * dy;
    double t = length == 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / length));
    double ex = px - t * dx;
    double ey = py - t * dy;
    return ex * ex + ey * ey;
  }
}
