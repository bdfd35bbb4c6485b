package dk.styrbord.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Where to put the names of labelled points so they do not cover each other: each label, in
 * order, takes the first of plotly's text positions (above or below first, then beside) whose box
 * overlaps the labels already placed and the labelled points least (preferably not at all). Boxes are estimated on a plot of about
 * 1,000 × 430 pixels with 11-pixel text.
 */
final class LabelPlacement {
  private static final double WIDTH = 1000;
  private static final double HEIGHT = 430;
  private static final double CHAR = 6.6;
  private static final double LINE = 14;
  private static final double GAP = 6;

  private LabelPlacement() {}

  /** plotly {@code textposition} for each of {@code points}; {@code above} says which prefer to sit above their point. */
  static List<String> positions(double[] x, double[] y, List<Integer> points, List<String> labels, IntPredicate above) {
    double[] xs = scale(x, WIDTH);
    double[] ys = scale(y, HEIGHT);
    List<double[]> taken = new ArrayList<>();
    for (int i : points) {
      taken.add(new double[] {xs[i] - 5, ys[i] - 5, xs[i] + 5, ys[i] + 5});
    }
    List<String> positions = new ArrayList<>();
    for (int k = 0; k < points.size(); k++) {
      int i = points.get(k);
      double w = CHAR * labels.get(k).length();
      String[] order = above.test(i)
          ? new String[] {"top center", "middle right", "middle left", "bottom center", "top right", "top left"}
          : new String[] {"bottom center", "middle right", "middle left", "top center", "bottom right", "bottom left"};
      String chosen = order[0];
      double least = Double.POSITIVE_INFINITY;
      for (String candidate : order) {
        double[] box = box(candidate, xs[i], ys[i], w);
        double overlap = taken.stream().mapToDouble(t -> overlap(t, box)).sum();
        if (overlap < least) {
          least = overlap;
          chosen = candidate;
        }
      }
      taken.add(box(chosen, xs[i], ys[i], w));
      positions.add(chosen);
    }
    return positions;
  }

  private static double[] box(String position, double px, double py, double w) {
    double x0 = position.endsWith("center") ? px - w / 2 : position.endsWith("right") ? px + GAP : px - GAP - w;
    double y0 = position.startsWith("top") ? py + GAP : position.startsWith("bottom") ? py - GAP - LINE : py - LINE / 2;
    return new double[] {x0, y0, x0 + w, y0 + LINE};
  }

  private static double overlap(double[] a, double[] b) {
    return Math.max(0, Math.min(a[2], b[2]) - Math.max(a[0], b[0])) * Math.max(0, Math.min(a[3], b[3]) - Math.max(a[1], b[1]));
  }

  private static double[] scale(double[] values, double size) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    double[] scaled = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      scaled[i] = max == min ? size / 2 : (values[i] - min) / (max - min) * size;
    }
    return scaled;
  }
}
