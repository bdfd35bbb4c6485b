package dk.styrbord.analysis.stats;

/**
 * The exact null distribution of the Mann–Whitney statistic W (the number of pairs in which the
 * first sample's value is larger) for samples of m and n values without ties.
 *
 * <p>Counts c(w; m, n) of the C(m + n, m) equally likely orderings with W = w follow from the
 * recursion c(w; m, n) = c(w − n; m − 1, n) + c(w; m, n − 1), as the largest value belongs to the
 * first sample or not (Mann &amp; Whitney, Ann. Math. Statist. 18, 1947), kept here one n at a
 * time for every m. R's {@code pwilcox} gives the same tails.
 *
 * <p>Example: {@code RankSumDistribution.twoSided(0, 3, 3)} is 0.1.
 */
final class RankSumDistribution {
  private RankSumDistribution() {}

  /**
   * The two-sided p-value of W = {@code w} as R's {@code wilcox.test} computes it: twice the
   * smaller tail, P(W ≤ w) below the centre mn/2 and P(W ≥ w) above it, at most 1. The upper
   * tail is read as the lower tail of mn − w (W is symmetric), so small p-values keep their digits.
   */
  static double twoSided(int w, int m, int n) {
    double[] counts = counts(m, n);
    int nearer = Math.min(w, m * n - w);
    double tail = 0;
    double total = 0;
    for (int v = 0; v < counts.length; v++) {
      tail += v <= nearer ? counts[v] : 0;
      total += counts[v];
    }
    return Math.min(1, 2 * tail / total);
  }

  /** c(w; m, n) for w = 0 … mn. Doubles: C(98, 49) ≈ 2.5e28 passes long's range. */
  static double[] counts(int m, int n) {
    double[][] byM = new double[m + 1][];
    for (int i = 0; i <= m; i++) {
      byM[i] = new double[i * n + 1];
      byM[i][0] = 1;
    }
    for (int k = 1; k <= n; k++) {
      for (int i = 1; i <= m; i++) {
        for (int w = i * k; w >= k; w--) {
          byM[i][w] += byM[i - 1][w - k];
        }
      }
    }
    return byM[m];
  }
}
