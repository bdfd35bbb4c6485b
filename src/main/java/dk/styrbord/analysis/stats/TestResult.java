package dk.styrbord.analysis.stats;

import dk.styrbord.WorkbenchException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The outcome of a hypothesis test: its statistic, degrees of freedom (NaN where the test has
 * none; {@code df2} is the denominator df of an F-test), p-value, a named effect size, the
 * significance level, estimates (group means, medians, intervals) and warnings, and a one-line
 * conclusion in plain English.
 *
 * <p>Example: {@code WelchTTest.test(a, b).conclusion()}.
 */
public record TestResult(
    String test,
    String statisticName,
    double statistic,
    double df,
    double df2,
    double pValue,
    EffectSize effectSize,
    double alpha,
    Map<String, Double> estimates,
    List<String> warnings,
    String conclusion) {

  /** Keeps the map (in its given order) and the list immutable. */
  public TestResult {
    estimates = Collections.unmodifiableMap(new LinkedHashMap<>(estimates));
    warnings = List.copyOf(warnings);
  }

  /**
   * A result whose conclusion says {@code finding} (e.g. "the means differ") when p &lt; alpha and
   * that there is no significant evidence for it otherwise.
   */
  static TestResult of(String test, String finding, String statisticName, double statistic,
      double df, double df2, double pValue, EffectSize effect, double alpha,
      Map<String, Double> estimates, List<String> warnings) {
    String evidence = String.format(Locale.ROOT, "%s = %s%s, p = %s %s %s", statisticName,
        Format.brief(statistic), dfText(df, df2), Format.pValue(pValue),
        pValue < alpha ? "<" : "≥", Format.level(alpha));
    String claim = pValue < alpha
        ? Character.toUpperCase(finding.charAt(0)) + finding.substring(1)
        : "No significant evidence that " + finding;
    return new TestResult(test, statisticName, statistic, df, df2, pValue, effect, alpha,
        estimates, warnings, claim + " (" + evidence + "); " + effect + ".");
  }

  /** The significance level after checking it lies strictly between 0 and 1. */
  static double checkAlpha(double alpha) {
    if (!(alpha > 0 && alpha < 1)) {
      throw new WorkbenchException(
          "The significance level must lie between 0 and 1, e.g. 0.05; got " + alpha + ".");
    }
    return alpha;
  }

  /** Whether p &lt; alpha. */
  public boolean significant() {
    return pValue < alpha;
  }

  /** One row: test, statistic, df, df2, p, effect size, alpha, significant, conclusion. */
  public Table asTable() {
    return Table.create(test,
        StringColumn.create("test", test), StringColumn.create("statistic_name", statisticName),
        DoubleColumn.create("statistic", statistic), DoubleColumn.create("df", df),
        DoubleColumn.create("df2", df2), DoubleColumn.create("p_value", pValue),
        StringColumn.create("effect_size_name", effectSize.name()),
        DoubleColumn.create("effect_size", effectSize.value()),
        StringColumn.create("magnitude", effectSize.magnitude()),
        DoubleColumn.create("alpha", alpha),
        BooleanColumn.create("significant", new boolean[] {significant()}),
        StringColumn.create("conclusion", conclusion));
  }

  /** The test name, the numbers, the estimates, any warnings and the conclusion. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(test).append('\n');
    out.append(String.format(Locale.ROOT, "  %s = %s%s, p-value = %s (alpha = %s)%n",
        statisticName, Format.number(statistic), dfText(df, df2), Format.pValue(pValue),
        Format.level(alpha)));
    out.append("  ").append(effectSize).append('\n');
    estimates.forEach((name, value) ->
        out.append("  ").append(name).append(": ").append(Format.number(value)).append('\n'));
    warnings.forEach(w -> out.append("  Warning: ").append(w).append('\n'));
    return out.append(conclusion).toString();
  }

  private static String dfText(double df, double df2) {
    if (Double.isNaN(df)) {
      return "";
    }
    String first = df == Math.rint(df) ? String.valueOf((long) df) : Format.brief(df);
    return Double.isNaN(df2) ? ", df = " + first : ", df = " + first + " and " + (long) df2;
  }
}
