package dk.styrbord.analysis.stats;

import dk.styrbord.WorkbenchException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.commons.math3.stat.StatUtils;
import tech.tablesaw.api.Table;

/**
 * One-way analysis of variance: do k groups share one mean?
 *
 * <p>F = (SS_between/(k − 1)) / (SS_within/(N − k)) on k − 1 and N − k df, with SS_between =
 * Σ nᵢ(x̄ᵢ − x̄)² and SS_within = ΣΣ(xᵢⱼ − x̄ᵢ)² (Montgomery, <i>Design and Analysis of
 * Experiments</i>, 8th ed., 2013, §3.3), p the F upper tail (see {@link Tails}), as R's
 * {@code summary(aov(value ~ group))}. A group of one value is allowed, as in R, when the others
 * leave N − k &gt; 0 within-group df. Effect size: η² = SS_between / SS_total. Assumes equal
 * variances; missing (NaN) values are dropped.
 *
 * <p>Example: {@code OneWayAnovaTest.test(costs, "spendingPerInhabitant", "region")}.
 */
public final class OneWayAnovaTest {
  private OneWayAnovaTest() {}

  /**
   * Tests whether the groups have equal means, at the 0.05 level.
   *
   * <p>Example: {@code OneWayAnovaTest.test(new double[] {1, 2, 3}, new double[] {4, 5, 6})}.
   */
  public static TestResult test(double[]... groups) {
    Map<String, double[]> named = new LinkedHashMap<>();
    IntStream.range(0, groups.length).forEach(i -> named.put("group " + (i + 1), groups[i]));
    return test(named, 0.05);
  }

  /**
   * Compares {@code value} across the groups of {@code group}, at the 0.05 level.
   *
   * <p>Example: {@code OneWayAnovaTest.test(costs, "spendingPerInhabitant", "region")}.
   */
  public static TestResult test(Table table, String value, String group) {
    return test(table, value, group, 0.05);
  }

  /**
   * Compares {@code value} across the groups of {@code group}, at level {@code alpha}.
   *
   * <p>Example: {@code OneWayAnovaTest.test(costs, "spendingPerInhabitant", "region", 0.01)}.
   */
  public static TestResult test(Table table, String value, String group, double alpha) {
    return test(Groups.split(table, value, group), alpha);
  }

  private static TestResult test(Map<String, double[]> withGaps, double alpha) {
    TestResult.checkAlpha(alpha);
    Map<String, double[]> groups = new LinkedHashMap<>();
    withGaps.forEach((name, values) -> groups.put(name, Groups.present(values)));
    if (groups.size() < 2) {
      throw new WorkbenchException("ANOVA needs at least two groups; got " + groups.size() + ".");
    }
    groups.forEach((name, values) -> Groups.checkSize(name, values, 1));
    double[] all = groups.values().stream().flatMapToDouble(Arrays::stream).toArray();
    int dfBetween = groups.size() - 1;
    int dfWithin = all.length - groups.size();
    if (dfWithin == 0) {
      throw new WorkbenchException("Every group has one value, so there is no within-group"
          + " variation to compare with; ANOVA needs at least one group with two or more values.");
    }
    double grandMean = StatUtils.mean(all);
    double between = groups.values().stream()
        .mapToDouble(g -> g.length * Math.pow(StatUtils.mean(g) - grandMean, 2)).sum();
    double within = groups.values().stream()
        .mapToDouble(g -> StatUtils.variance(g) * (g.length - 1)).sum();
    if (within == 0) {
      throw new WorkbenchException("Every group is constant inside, so there is no within-group"
          + " variation to compare with. Report the group means instead.");
    }
    Map<String, Double> estimates = new LinkedHashMap<>();
    groups.forEach((name, values) -> estimates.put("mean of " + name, StatUtils.mean(values)));
    double f = (between / dfBetween) / (within / dfWithin);
    return TestResult.of("One-way ANOVA", "the group means differ", "F", f, dfBetween, dfWithin,
        Tails.f(f, dfBetween, dfWithin), EffectSize.etaSquared(between / (between + within)),
        alpha, estimates, List.of());
  }
}
