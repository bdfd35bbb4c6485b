package dk.styrbord.analysis.stats;

import dk.styrbord.WorkbenchException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.StatUtils;
import tech.tablesaw.api.Table;

/**
 * The Mann–Whitney U (Wilcoxon rank-sum) test that two samples come from the same distribution,
 * two-sided, with R's {@code wilcox.test(a, b)} default method: the exact distribution of W when
 * both samples have fewer than 50 values and no value is tied, else the normal approximation with
 * tie and continuity corrections. The result's name says which was used.
 *
 * <p>W = R₁ − n₁(n₁ + 1)/2 with R₁ the rank sum of {@code a} (ties get average ranks; −0.0 ties
 * with 0.0). Exact: p = min(1, 2·min(P(W ≤ w), P(W ≥ w))) from {@link RankSumDistribution}.
 * Normal: z = (W − n₁n₂/2 − ½·sign(W − n₁n₂/2)) / σ with σ² = (n₁n₂/12)·[(n + 1) − Σ(tⱼ³ −
 * tⱼ)/(n(n − 1))] over the tie groups tⱼ, p = erfc(|z|/√2) (Hollander &amp; Wolfe,
 * <i>Nonparametric Statistical Methods</i>, 2nd ed., 1999, §4.1). Effect size: rank-biserial r =
 * 2W/(n₁n₂) − 1, positive when {@code a} tends to be larger (Kerby, Comprehensive Psychology 3,
 * 2014). Written here because Commons Math's {@code MannWhitneyUTest} has neither the exact
 * distribution nor the continuity correction. Missing (NaN) values are dropped.
 *
 * <p>Example: {@code MannWhitneyTest.test(cases, "daysToDecision", "team")}.
 */
public final class MannWhitneyTest {
  /** R's limit: the exact distribution for samples of fewer than 50 values each. */
  private static final int EXACT_BELOW = 50;

  private static final String EXACT = "Mann–Whitney U test (exact)";
  private static final String NORMAL =
      "Mann–Whitney U test (normal approximation with continuity correction)";

  private MannWhitneyTest() {}

  /**
   * Tests whether {@code a} and {@code b} come from the same distribution, at the 0.05 level.
   *
   * <p>Example: {@code MannWhitneyTest.test(new double[] {1, 2, 4}, new double[] {4, 7, 8})}.
   */
  public static TestResult test(double[] a, double[] b) {
    return test(a, b, 0.05);
  }

  /**
   * Tests whether {@code a} and {@code b} come from the same distribution, at level
   * {@code alpha}.
   *
   * <p>Example: {@code MannWhitneyTest.test(a, b, 0.01)}.
   */
  public static TestResult test(double[] a, double[] b, double alpha) {
    return test("a", a, "b", b, alpha);
  }

  /**
   * Compares {@code value} between the two groups of {@code group}, at the 0.05 level.
   *
   * <p>Example: {@code MannWhitneyTest.test(cases, "daysToDecision", "team")}.
   */
  public static TestResult test(Table table, String value, String group) {
    return test(table, value, group, 0.05);
  }

  /**
   * Compares {@code value} between the two groups of {@code group}, at level {@code alpha}.
   *
   * <p>Example: {@code MannWhitneyTest.test(cases, "daysToDecision", "team", 0.01)}.
   */
  public static TestResult test(Table table, String value, String group, double alpha) {
    Iterator<Map.Entry<String, double[]>> groups =
        Groups.two(table, value, group, "the Mann–Whitney test").entrySet().iterator();
    Map.Entry<String, double[]> first = groups.next();
    Map.Entry<String, double[]> second = groups.next();
    return test(first.getKey(), first.getValue(), second.getKey(), second.getValue(), alpha);
  }

  private static TestResult test(String nameA, double[] withGaps, String nameB,
      double[] otherWithGaps, double alpha) {
    TestResult.checkAlpha(alpha);
    double[] a = Groups.present(withGaps);
    double[] b = Groups.present(otherWithGaps);
    Groups.checkSize(nameA, a, 1);
    Groups.checkSize(nameB, b, 1);
    double n1 = a.length;
    double n2 = b.length;
    double[] pooled = new double[a.length + b.length];
    System.arraycopy(a, 0, pooled, 0, a.length);
    System.arraycopy(b, 0, pooled, a.length, b.length);
    if (Ranks.tieSizes(pooled).length == 1) {
      throw new WorkbenchException("Every value is " + pooled[0]
          + ", so ranks cannot tell the groups apart. There is nothing to test.");
    }
    double[] ranks = Ranks.average(pooled);
    double w = StatUtils.sum(Arrays.copyOf(ranks, a.length)) - n1 * (n1 + 1) / 2;
    Map<String, Double> estimates = new LinkedHashMap<>();
    estimates.put("median of " + nameA, StatUtils.percentile(a, 50));
    estimates.put("median of " + nameB, StatUtils.percentile(b, 50));
    estimates.put("W (R's statistic)", w);
    boolean exact = a.length < EXACT_BELOW && b.length < EXACT_BELOW
        && Ranks.tieSizes(pooled).length == pooled.length;
    if (!exact) {
      estimates.put("z", z(w, pooled, n1, n2));
    }
    double p = exact ? RankSumDistribution.twoSided((int) Math.round(w), a.length, b.length)
        : Tails.normalTwoSided(estimates.get("z"));
    return TestResult.of(exact ? EXACT : NORMAL, "the two distributions differ", "W", w,
        Double.NaN, Double.NaN, Math.min(1, p), EffectSize.rankBiserial(2 * w / (n1 * n2) - 1),
        alpha, estimates, List.of());
  }

  /** The continuity-corrected z of W. */
  private static double z(double w, double[] pooled, double n1, double n2) {
    double shift = w - n1 * n2 / 2;
    return (shift - 0.5 * Math.signum(shift)) / sigma(pooled, n1, n2);
  }

  private static double sigma(double[] pooled, double n1, double n2) {
    double n = n1 + n2;
    double ties = Arrays.stream(Ranks.tieSizes(pooled))
        .mapToDouble(t -> (double) t * t * t - t).sum();
    return Math.sqrt(n1 * n2 / 12 * ((n + 1) - ties / (n * (n - 1))));
  }
}
