package dk.styrbord.plot;

import dk.styrbord.analysis.Trend;
import tech.tablesaw.api.Table;

/**
 * A trend as one line of block characters (▁▂▃▄▅▆▇█), lowest value the lowest block: the shape of
 * a series in the terminal. Each value v maps to block round((v − min) ÷ (max − min) × 7); a flat
 * series is all middle blocks and a missing value a space.
 *
 * <p>Example: {@code Sparkline.of(new double[] {1, 3, 2, 5})} is "▁▄▃█".
 */
public final class Sparkline {
  private static final char[] BLOCKS = "▁▂▃▄▅▆▇█".toCharArray();

  private Sparkline() {}

  /** The blocks for {@code values}. */
  public static String of(double... values) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
    StringBuilder s = new StringBuilder(values.length);
    for (double v : values) {
      if (Double.isNaN(v)) {
        s.append(' ');
      } else if (max == min) {
        s.append(BLOCKS[3]);
      } else {
        s.append(BLOCKS[(int) Math.round((v - min) / (max - min) * (BLOCKS.length - 1))]);
      }
    }
    return s.toString();
  }

  /**
   * The trend in its price basis (fixed prices unless current were asked for) with its first and
   * last year and value and the annual growth, and the national level's line in the same basis beneath.
   */
  public static TextChart of(Trend trend, Language language) {
    Table t = trend.table();
    int first = t.intColumn("year").get(0);
    int last = t.intColumn("year").get(t.rowCount() - 1);
    boolean fixed = trend.info().priceBasis().isFixed();
    double[] own = t.doubleColumn(fixed ? "per_inhabitant_fixed" : "per_inhabitant").asDoubleArray();
    double[] national = t.doubleColumn("national").asDoubleArray();
    double growth = fixed ? trend.growthFixed() : trend.growthCurrent();
    String unit = Units.of(trend.info(), language);
    int width = Math.max(trend.municipality().length(), language.text("National", "Landsniveau").length());
    String line = "%-" + width + "s %d %s %d  %s → %s  (%s %% %s)%n";
    return new TextChart(String.format(line, trend.municipality(), first, of(own), last, language.number(own[0], 0),
            language.number(own[own.length - 1], 0), signed(growth, language), language.text("a year", "om året"))
        + String.format(line, language.text("National", "Landsniveau"), first, of(national), last,
            language.number(national[0], 0), language.number(national[national.length - 1], 0),
            signed(growth(national, last - first), language), language.text("a year", "om året"))
        + unit + language.text("; each line scaled to its own range", "; hver linje skaleret til sit eget spænd"));
  }

  private static String signed(double percent, Language language) {
    return (percent >= 0 ? "+" : "") + language.number(percent, 1);
  }

  private static double growth(double[] values, int years) {
    return years == 0 ? Double.NaN : 100 * (Math.pow(values[values.length - 1] / values[0], 1.0 / years) - 1);
  }
}
