package dk.styrbord.analysis.stats;

import dk.styrbord.WorkbenchException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.inference.TTest;
import tech.tablesaw.api.Table;

/**
 * The paired t-test of no mean change between before and after measurements of the same units.
 *
 * <p>With differences dᵢ = afterᵢ − beforeᵢ: t = d̄ / (s_d/√n) on n − 1 df, two-sided (Student,
 * Biometrika 6, 1908); t from Commons Math's {@link TTest#pairedT}, p the two-sided t tail (see
 * {@link Tails}), as R's {@code t.test(after, before, paired = TRUE)}. Effect size: Cohen's
 * d_z = d̄ / s_d. Pairs with a missing (NaN) value on either side are dropped.
 *
 * <p>Example: {@code PairedTTest.test(caseload, "before", "after")}.
 */
public final class PairedTTest {
  private PairedTTest() {}

  /**
   * Tests whether the mean of {@code after − before} is zero, at the 0.05 level.
   *
   * <p>Example: {@code PairedTTest.test(new double[] {5, 7, 6}, new double[] {4, 5, 5})}.
   */
  public static TestResult test(double[] before, double[] after) {
    return test(before, after, 0.05);
  }

  /**
   * Tests whether the mean of {@code after − before} is zero, at level {@code alpha}.
   *
   * <p>Example: {@code PairedTTest.test(before, after, 0.01)}.
   */
  public static TestResult test(double[] before, double[] after, double alpha) {
    TestResult.checkAlpha(alpha);
    if (before.length != after.length) {
      throw new WorkbenchException("before has " + before.length + " values and after has "
          + after.length + "; a paired test needs one after value for each before value.");
    }
    int[] complete = IntStream.range(0, before.length)
        .filter(i -> Double.isFinite(before[i]) && Double.isFinite(after[i])).toArray();
    double[] b = IntStream.of(complete).mapToDouble(i -> before[i]).toArray();
    double[] a = IntStream.of(complete).mapToDouble(i -> after[i]).toArray();
    Groups.checkSize("pairs", a, 2);
    double[] change = IntStream.range(0, a.length).mapToDouble(i -> a[i] - b[i]).toArray();
    return result(b, a, change, alpha);
  }

  /**
   * Tests the change from column {@code before} to column {@code after}, at the 0.05 level.
   *
   * <p>Example: {@code PairedTTest.test(caseload, "caseload2022", "caseload2024")}.
   */
  public static TestResult test(Table table, String before, String after) {
    return test(table, before, after, 0.05);
  }

  /**
   * Tests the change from column {@code before} to column {@code after}, at level {@code alpha}.
   *
   * <p>Example: {@code PairedTTest.test(caseload, "caseload2022", "caseload2024", 0.01)}.
   */
  public static TestResult test(Table table, String before, String after, double alpha) {
    int[] rows = Columns.completeRows(table, List.of(before, after));
    return test(Columns.values(Columns.numeric(table, before), rows),
        Columns.values(Columns.numeric(table, after), rows), alpha);
  }

  private static TestResult result(double[] before, double[] after, double[] change,
      double alpha) {
    double sd = Math.sqrt(StatUtils.variance(change));
    if (sd == 0) {
      throw new WorkbenchException("Every pair changes by exactly " + change[0]
          + ", so there is no variation to test. Report the change itself.");
    }
    double mean = StatUtils.mean(change);
    double margin = new TDistribution(change.length - 1)
        .inverseCumulativeProbability(1 - alpha / 2) * sd / Math.sqrt(change.length);
    Map<String, Double> estimates = new LinkedHashMap<>();
    estimates.put("mean before", StatUtils.mean(before));
    estimates.put("mean after", StatUtils.mean(after));
    estimates.put("mean change (after − before)", mean);
    estimates.put(Intervals.label(alpha) + " low", mean - margin);
    estimates.put(Intervals.label(alpha) + " high", mean + margin);
    estimates.put("pairs", (double) change.length);
    double t = new TTest().pairedT(after, before);
    return TestResult.of("Paired t-test", "the mean change differs from zero", "paired t", t,
        change.length - 1, Double.NaN, Tails.tTwoSided(t, change.length - 1),
        EffectSize.cohensDz(mean / sd), alpha, estimates, List.of());
  }
}
