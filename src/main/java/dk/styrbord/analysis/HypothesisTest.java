package dk.styrbord.analysis;

import dk.styrbord.analysis.stats.TestResult;
import tech.tablesaw.api.Table;

/**
 * A hypothesis test (Welch, Mann-Whitney, paired, ANOVA) with what it was run on: a test on
 * {@code level("5.38", 2024)} says that the level includes synthetic data, a test on arrays says
 * they are your own numbers.
 *
 * <p>Example: {@code anova(level("5.38", 2024), "per_inhabitant", "dst_group").info().provenance().status()} is MIXED.
 *
 * @param info what the test was run on: the input's municipality, group, scope, years, unit and source
 * @param test the statistic, p-value, effect size and conclusion
 */
public record HypothesisTest(ResultInfo info, TestResult test) implements Result {

  /**
   * A test of numbers the user passed as arrays. Example: {@code HypothesisTest.ofNumbers(WelchTTest.test(a, b))}.
   */
  public static HypothesisTest ofNumbers(TestResult test) {
    return new HypothesisTest(TestedData.numbers(test.test() + " of your numbers"), test);
  }

  /**
   * A test of {@code value} across the groups of {@code group} in {@code table}, in the table's
   * unit when it is a helper's result. Example: {@code HypothesisTest.of(OneWayAnovaTest.test(t, "x", "g"), t, "x", "g")}.
   */
  public static HypothesisTest of(TestResult test, Table table, String value, String group) {
    return new HypothesisTest(TestedData.of(table, test.test() + " of " + value + " by " + group, Unit.of(value, value)), test);
  }

  /** The p-value. */
  public double pValue() {
    return test.pValue();
  }

  /** Whether p &lt; alpha. */
  public boolean significant() {
    return test.significant();
  }

  /** The one-line conclusion in plain English. */
  public String conclusion() {
    return test.conclusion();
  }

  /** One row: test, statistic, df, p, effect size, alpha, significant, conclusion. */
  @Override
  public Table table() {
    return test.asTable();
  }

  @Override
  public String toString() {
    return info.title() + "\n" + test + "\n" + info.describe();
  }
}
