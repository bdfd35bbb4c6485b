package dk.styrbord.analysis.casework;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * Sample percentiles by linear interpolation between order statistics, as R's {@code quantile}
 * default (type 7) and pandas: the p-th percentile of n sorted values sits at position
 * 1 + p·(n − 1) (Hyndman &amp; Fan 1996, "Sample quantiles in statistical packages", The American
 * Statistician 50(4)).
 */
final class Percentiles {
  private Percentiles() {}

  /**
   * The percentiles of {@code values} at {@code percents} (each 0–100); NaN for no values.
   * Example: {@code type7(new double[] {1, 2, 3, 4}, 25)} gives {@code [1.75]}.
   */
  static double[] type7(double[] values, double... percents) {
    Percentile estimator = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
    estimator.setData(values);
    double[] out = new double[percents.length];
    for (int i = 0; i < percents.length; i++) {
      out[i] = values.length == 0 ? Double.NaN : estimator.evaluate(percents[i]);
    }
    return out;
  }
}
