package dk.styrbord.analysis.stats;

import dk.styrbord.WorkbenchException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.inference.TTest;
import tech.tablesaw.api.Table;

/**
 * Welch's two-sample t-test of equal means, not assuming equal variances.
 *
 * <p>t = (x̄₁ − x̄₂) / √(s₁²/n₁ + s₂²/n₂) on the Welch–Satterthwaite df = (s₁²/n₁ + s₂²/n₂)² /
 * [(s₁²/n₁)²/(n₁ − 1) + (s₂²/n₂)²/(n₂ − 1)], two-sided (Welch, Biometrika 34, 1947); t from
 * Commons Math's {@link TTest}, p the two-sided t tail (see {@link Tails}), as R's
 * {@code t.test(a, b)}. Effect size: Cohen's d =
 * (x̄₁ − x̄₂)/s_p with the pooled s_p = √(((n₁ − 1)s₁² + (n₂ − 1)s₂²)/(n₁ + n₂ − 2)).
 *
 * Missing (NaN) values are dropped.
 *
 * <p>Example: {@code WelchTTest.test(costs, "spending", "region")}.
 */
public final class WelchTTest {
  private static final String NAME = "Welch two-sample t-test";

  private WelchTTest() {}

  /**
   * Tests whether {@code a} and {@code b} have equal means, at the 0.05 level.
   *
   * <p>Example: {@code WelchTTest.test(new double[] {1, 2, 3}, new double[] {4, 5, 7})}.
   */
  public static TestResult test(double[] a, double[] b) {
    return test(a, b, 0.05);
  }

  /**
   * Tests whether {@code a} and {@code b} have equal means, at level {@code alpha}.
   *
   * <p>Example: {@code WelchTTest.test(a, b, 0.01)}.
   */
  public static TestResult test(double[] a, double[] b, double alpha) {
    return test("a", a, "b", b, alpha);
  }

  /**
   * Compares {@code value} between the two groups of {@code group}, at the 0.05 level.
   *
   * <p>Example: {@code WelchTTest.test(costs, "spending", "region")}.
   */
  public static TestResult test(Table table, String value, String group) {
    return test(table, value, group, 0.05);
  }

  /**
   * Compares {@code value} between the two groups of {@code group}, at level {@code alpha}.
   *
   * <p>Example: {@code WelchTTest.test(costs, "spending", "region", 0.01)}.
   */
  public static TestResult test(Table table, String value, String group, double alpha) {
    Iterator<Map.Entry<String, double[]>> groups =
        Groups.two(table, value, group, "a t-test").entrySet().iterator();
    Map.Entry<String, double[]> first = groups.next();
    Map.Entry<String, double[]> second = groups.next();
    return test(first.getKey(), first.getValue(), second.getKey(), second.getValue(), alpha);
  }

  private static TestResult test(String nameA, double[] withGaps, String nameB,
      double[] otherWithGaps, double alpha) {
    TestResult.checkAlpha(alpha);
    double[] a = Groups.present(withGaps);
    double[] b = Groups.present(otherWithGaps);
    Groups.checkSize(nameA, a, 2);
    Groups.checkSize(nameB, b, 2);
    double va = StatUtils.variance(a) / a.length;
    double vb = StatUtils.variance(b) / b.length;
    if (va + vb == 0) {
      throw new WorkbenchException("Both groups are constant (" + nameA + " is always " + a[0]
          + ", " + nameB + " always " + b[0] + "), so there is no variation to test their"
          + " difference against. Report the difference itself.");
    }
    double df = (va + vb) * (va + vb) / (va * va / (a.length - 1) + vb * vb / (b.length - 1));
    double difference = StatUtils.mean(a) - StatUtils.mean(b);
    double margin = new TDistribution(df).inverseCumulativeProbability(1 - alpha / 2)
        * Math.sqrt(va + vb);
    Map<String, Double> estimates = new LinkedHashMap<>();
    estimates.put("mean of " + nameA, StatUtils.mean(a));
    estimates.put("mean of " + nameB, StatUtils.mean(b));
    estimates.put("difference", difference);
    estimates.put(Intervals.label(alpha) + " low", difference - margin);
    estimates.put(Intervals.label(alpha) + " high", difference + margin);
    double t = new TTest().t(a, b);
    return TestResult.of(NAME, "the means differ", "Welch t", t, df, Double.NaN,
        Tails.tTwoSided(t, df), EffectSize.cohensD(difference / pooledSd(a, b)), alpha, estimates,
        List.of());
  }

  private static double pooledSd(double[] a, double[] b) {
    double sum = (a.length - 1) * StatUtils.variance(a) + (b.length - 1) * StatUtils.variance(b);
    return Math.sqrt(sum / (a.length + b.length - 2));
  }
}
