package dk.styrbord.analysis.stats;

import dk.styrbord.WorkbenchException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The summary of a {@link LinearModel}, in the shape of R's {@code summary(lm(...))}.
 *
 * <p>R² = 1 − RSS/TSS; adjusted R² = 1 − (1 − R²)(n − 1)/(n − p − 1); F = ((TSS − RSS)/p) /
 * (RSS/(n − p − 1)) on p and n − p − 1 df; its p-value and the coefficients' are upper tails
 * computed directly (see {@link Tails}). Residual quartiles use R's default type-7 quantiles.
 *
 * <p>Example: {@code LinearModel.fit(costs, "spending", "needIndex").summary()}.
 */
public record LinearModelSummary(
    String formula,
    int n,
    int droppedRows,
    List<Double> residualQuartiles,
    List<Coefficient> coefficients,
    double residualStandardError,
    int residualDf,
    double rSquared,
    double adjustedRSquared,
    double fStatistic,
    int fNumeratorDf,
    int fDenominatorDf,
    double fPValue) {

  /** Keeps the lists immutable. */
  public LinearModelSummary {
    residualQuartiles = List.copyOf(residualQuartiles);
    coefficients = List.copyOf(coefficients);
  }

  /** The summary of {@code model}. */
  static LinearModelSummary of(LinearModel model) {
    int p = model.predictors().size();
    int df = model.residualDf();
    double r2 = model.rSquared();
    double f = (r2 / p) / ((1 - r2) / df);
    return new LinearModelSummary(
        model.formula(), model.n(), model.droppedRows(), quartiles(model.residuals()),
        coefficientRows(model), model.residualStandardError(), df, r2,
        1 - (1 - r2) * (model.n() - 1) / df, f, p, df, Tails.f(f, p, df));
  }

  /**
   * The coefficient row for {@code term} ("(Intercept)" or a predictor name).
   *
   * <p>Example: {@code summary.coefficient("needIndex").estimate()}.
   */
  public Coefficient coefficient(String term) {
    return coefficients.stream()
        .filter(c -> c.term().equals(term))
        .findFirst()
        .orElseThrow(() -> new WorkbenchException(
            "No term \"" + term + "\" in " + formula + ". Choose one of: "
                + String.join(", ", coefficients.stream().map(Coefficient::term).toList()) + "."));
  }

  /**
   * The coefficient table: term, estimate, std_error, t_value, p_value, ci_low, ci_high, signif,
   * beta, vif.
   */
  public Table asTable() {
    Table table = Table.create("coefficients: " + formula,
        StringColumn.create("term"), DoubleColumn.create("estimate"),
        DoubleColumn.create("std_error"), DoubleColumn.create("t_value"),
        DoubleColumn.create("p_value"), DoubleColumn.create("ci_low"),
        DoubleColumn.create("ci_high"), StringColumn.create("signif"),
        DoubleColumn.create("beta"), DoubleColumn.create("vif"));
    for (Coefficient c : coefficients) {
      table.stringColumn("term").append(c.term());
      table.doubleColumn("estimate").append(c.estimate());
      table.doubleColumn("std_error").append(c.standardError());
      table.doubleColumn("t_value").append(c.tValue());
      table.doubleColumn("p_value").append(c.pValue());
      table.doubleColumn("ci_low").append(c.ciLow());
      table.doubleColumn("ci_high").append(c.ciHigh());
      table.stringColumn("signif").append(c.stars());
      table.doubleColumn("beta").append(c.beta());
      table.doubleColumn("vif").append(c.vif());
    }
    return table;
  }

  /** The report R users know: residual quartiles, coefficients with stars, fit statistics. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    out.append("Linear model: ").append(formula).append('\n');
    out.append("n = ").append(n);
    if (droppedRows > 0) {
      out.append(" (").append(droppedRows).append(" rows with missing values dropped)");
    }
    out.append("\n\nResiduals:\n");
    out.append(String.format(Locale.ROOT, "%10s %10s %10s %10s %10s%n",
        "Min", "1Q", "Median", "3Q", "Max"));
    residualQuartiles.forEach(
        q -> out.append(String.format(Locale.ROOT, "%10s ", Format.number(q))));
    out.append("\n\nCoefficients:\n").append(coefficientLines()).append(Format.STARS_LEGEND);
    out.append("\n\nResidual standard error: ").append(Format.number(residualStandardError))
        .append(" on ").append(residualDf).append(" degrees of freedom\n");
    out.append("Multiple R-squared: ").append(Format.number(rSquared))
        .append(",  Adjusted R-squared: ").append(Format.number(adjustedRSquared)).append('\n');
    out.append("F-statistic: ").append(Format.number(fStatistic)).append(" on ")
        .append(fNumeratorDf).append(" and ").append(fDenominatorDf).append(" DF,  p-value: ")
        .append(Format.pValue(fPValue));
    return out.toString();
  }

  private String coefficientLines() {
    int width = Math.max(12,
        coefficients.stream().mapToInt(c -> c.term().length()).max().orElse(0) + 1);
    String row = "%-" + width + "s %11s %11s %8s %10s %-3s %11s %11s %8s %7s%n";
    StringBuilder lines = new StringBuilder(String.format(Locale.ROOT, row, "", "Estimate",
        "Std. Error", "t value", "Pr(>|t|)", "", "2.5 %", "97.5 %", "beta", "VIF"));
    for (Coefficient c : coefficients) {
      lines.append(String.format(Locale.ROOT, row, c.term(), Format.number(c.estimate()),
          Format.number(c.standardError()), Format.number(c.tValue()),
          Format.pValue(c.pValue()), c.stars(), Format.number(c.ciLow()),
          Format.number(c.ciHigh()), blankIfNaN(c.beta()), blankIfNaN(c.vif())));
    }
    return lines.append("---\n").toString();
  }

  private static String blankIfNaN(double value) {
    return Double.isNaN(value) ? "" : Format.number(value);
  }

  private static List<Coefficient> coefficientRows(LinearModel model) {
    double[] estimates = model.coefficients();
    double[] errors = model.standardErrors();
    double[] betas = model.standardizedCoefficients();
    double[] vifs = model.varianceInflationFactors();
    TDistribution t = new TDistribution(model.residualDf());
    double critical = t.inverseCumulativeProbability(0.975);
    List<Coefficient> rows = new ArrayList<>();
    for (int j = 0; j < estimates.length; j++) {
      double tValue = estimates[j] / errors[j];
      rows.add(new Coefficient(
          j == 0 ? "(Intercept)" : model.predictors().get(j - 1),
          estimates[j], errors[j], tValue, Tails.tTwoSided(tValue, model.residualDf()),
          estimates[j] - critical * errors[j], estimates[j] + critical * errors[j],
          j == 0 ? Double.NaN : betas[j - 1], j == 0 ? Double.NaN : vifs[j - 1]));
    }
    return rows;
  }

  private static List<Double> quartiles(double[] residuals) {
    Percentile percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
    percentile.setData(residuals);
    return List.of(StatUtils.min(residuals), percentile.evaluate(25),
        percentile.evaluate(50), percentile.evaluate(75), percentile.evaluate(100));
  }
}
