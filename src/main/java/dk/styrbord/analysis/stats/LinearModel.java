package dk.styrbord.analysis.stats;

import dk.styrbord.WorkbenchException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;

/**
 * An ordinary least squares fit of a response on named predictors with an intercept.
 *
 * <p>Minimises Σ(yᵢ − b₀ − Σⱼ bⱼxᵢⱼ)² through Commons Math's {@link OLSMultipleLinearRegression}
 * (QR decomposition); standard errors are √(σ̂²·[(XᵀX)⁻¹]ⱼⱼ) with σ̂² = RSS/(n − p − 1). See
 * Draper &amp; Smith, <i>Applied Regression Analysis</i>, 3rd ed., Wiley 1998, ch. 5. Rows with a
 * missing value (or NaN) in the response or any predictor are dropped and counted. The printed form
 * is {@link #summary()}, shaped like R's {@code summary(lm(...))}.
 *
 * <p>Example: {@code LinearModel.fit(spending, "perInhabitant", "needIndex", "share65plus")}.
 */
public final class LinearModel {
  private final String response;
  private final List<String> predictors;
  private final double[] y;
  private final double[][] x;
  private final int[] sourceRows;
  private final int droppedRows;
  private final double[] coefficients;
  private final double[] standardErrors;
  private final double[] residuals;
  private final double[] leverage;
  private final double rSquared;

  private LinearModel(
      String response, List<String> predictors, double[] y, double[][] x, int[] sourceRows,
      int droppedRows, OLSMultipleLinearRegression ols) {
    this.response = response;
    this.predictors = List.copyOf(predictors);
    this.y = y;
    this.x = x;
    this.sourceRows = sourceRows;
    this.droppedRows = droppedRows;
    this.coefficients = ols.estimateRegressionParameters();
    this.standardErrors = ols.estimateRegressionParametersStandardErrors();
    this.residuals = ols.estimateResiduals();
    this.leverage = diagonal(ols.calculateHat().getData());
    this.rSquared = ols.calculateRSquared();
  }

  /**
   * Fits {@code response} on {@code predictors}, all numeric columns of {@code table}.
   *
   * <p>Example: {@code LinearModel.fit(costs, "spending", "needIndex", "share65plus")}.
   */
  public static LinearModel fit(Table table, String response, String... predictors) {
    if (predictors.length == 0) {
      throw new WorkbenchException(
          "Name at least one predictor after the response \"" + response + "\". Choose from: "
              + String.join(", ", Columns.numericNames(table)) + ".");
    }
    double[] y = withNaNForMissing(Columns.numeric(table, response));
    double[][] columns = new double[predictors.length][];
    for (int j = 0; j < predictors.length; j++) {
      columns[j] = withNaNForMissing(Columns.numeric(table, predictors[j]));
    }
    return fit(y, transpose(columns, y.length), response, predictors);
  }

  /**
   * Fits {@code y} on the columns of {@code x} (one row per observation), named x1, x2, ….
   *
   * <p>Example: {@code LinearModel.fit(new double[] {1, 3, 2, 5}, new double[][] {{1}, {2}, {3},
   * {4}})}.
   */
  public static LinearModel fit(double[] y, double[][] x) {
    int p = x.length == 0 ? 0 : x[0].length;
    String[] names = IntStream.rangeClosed(1, p).mapToObj(j -> "x" + j).toArray(String[]::new);
    return fit(y, x, "y", names);
  }

  /**
   * Fits {@code y} on the columns of {@code x} (one row per observation) under the given names.
   *
   * <p>Example: {@code LinearModel.fit(dist, speedRows, "dist", "speed")}.
   */
  public static LinearModel fit(double[] y, double[][] x, String response, String... predictors) {
    checkShape(y, x, predictors);
    int[] kept = IntStream.range(0, y.length).filter(i -> isComplete(y[i], x[i])).toArray();
    double[] yKept = IntStream.of(kept).mapToDouble(i -> y[i]).toArray();
    double[][] xKept = IntStream.of(kept).mapToObj(i -> x[i].clone()).toArray(double[][]::new);
    checkEnoughRows(kept.length, predictors.length, y.length - kept.length);
    checkNotConstant(xKept, predictors);
    checkResponseVaries(yKept, response);
    checkNotCollinear(xKept, predictors);
    OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
    ols.newSampleData(yKept, xKept);
    try {
      return new LinearModel(
          response, List.of(predictors), yKept, xKept, kept, y.length - kept.length, ols);
    } catch (SingularMatrixException e) {
      throw new WorkbenchException(
          "The predictors " + String.join(", ", predictors)
              + " are perfectly collinear (one is a combination of the others). Drop one of them.",
          e);
    }
  }

  /** The R-like summary: coefficient table, residual standard error, R², F-test. */
  public LinearModelSummary summary() {
    return LinearModelSummary.of(this);
  }

  /** The coefficient table of {@link #summary()} as a Tablesaw table. */
  public Table asTable() {
    return summary().asTable();
  }

  /** The name of the response. */
  public String response() {
    return response;
  }

  /** The predictor names, in fit order (the intercept is not one of them). */
  public List<String> predictors() {
    return predictors;
  }

  /** The model written as R writes a formula, e.g. {@code spending ~ needIndex + share65plus}. */
  public String formula() {
    return response + " ~ " + String.join(" + ", predictors);
  }

  /** The number of rows used in the fit. */
  public int n() {
    return y.length;
  }

  /** The number of rows dropped because a used value was missing. */
  public int droppedRows() {
    return droppedRows;
  }

  /** The coefficients: the intercept first, then one per predictor. */
  public double[] coefficients() {
    return coefficients.clone();
  }

  /** The standard errors of {@link #coefficients()}, in the same order. */
  public double[] standardErrors() {
    return standardErrors.clone();
  }

  /** The observed response of the rows used, in row order. */
  public double[] actual() {
    return y.clone();
  }

  /** The fitted values ŷᵢ = yᵢ − eᵢ of the rows used. */
  public double[] fitted() {
    return IntStream.range(0, y.length).mapToDouble(i -> y[i] - residuals[i]).toArray();
  }

  /** The residuals eᵢ = yᵢ − ŷᵢ of the rows used. */
  public double[] residuals() {
    return residuals.clone();
  }

  /**
   * The standardized residuals eᵢ / (σ̂·√(1 − hᵢᵢ)), with hᵢᵢ the leverage (R's
   * {@code rstandard}); beyond ±2 is unusual, beyond ±3 rare if the model holds.
   */
  public double[] standardizedResiduals() {
    double sigma = residualStandardError();
    return IntStream.range(0, y.length)
        .mapToDouble(i -> residuals[i] / (sigma * Math.sqrt(1 - leverage[i])))
        .toArray();
  }

  /** The residual degrees of freedom, n − p − 1. */
  public int residualDf() {
    return y.length - predictors.size() - 1;
  }

  /** The residual standard error σ̂ = √(RSS / (n − p − 1)). */
  public double residualStandardError() {
    return Math.sqrt(StatUtils.sumSq(residuals) / residualDf());
  }

  /** The coefficient of determination R² = 1 − RSS/TSS. */
  public double rSquared() {
    return rSquared;
  }

  /**
   * The standardized (beta) coefficients bⱼ·sd(xⱼ)/sd(y), one per predictor: the change in y, in
   * standard deviations, for one standard deviation more of xⱼ.
   */
  public double[] standardizedCoefficients() {
    double sdY = Math.sqrt(StatUtils.variance(y));
    return IntStream.range(0, predictors.size())
        .mapToDouble(j -> coefficients[j + 1] * Math.sqrt(StatUtils.variance(column(j))) / sdY)
        .toArray();
  }

  /**
   * The variance inflation factors VIFⱼ = 1/(1 − R²ⱼ), one per predictor, where R²ⱼ comes from
   * regressing predictor j on the other predictors (Kutner et al., <i>Applied Linear Statistical
   * Models</i>, 5th ed., 2005, §10.5). Above 5–10 signals collinearity; one predictor gives 1.
   */
  public double[] varianceInflationFactors() {
    return IntStream.range(0, predictors.size()).mapToDouble(this::varianceInflation).toArray();
  }

  /**
   * The expected response b₀ + Σ bⱼxⱼ for one set of predictor values, in predictor order.
   *
   * <p>Example: {@code model.predict(105.0, 0.21)}.
   */
  public double predict(double... values) {
    if (values.length != predictors.size()) {
      throw new WorkbenchException(
          "predict needs " + predictors.size() + " values, one for each of "
              + String.join(", ", predictors) + "; got " + values.length + ".");
    }
    double sum = coefficients[0];
    for (int j = 0; j < values.length; j++) {
      sum += coefficients[j + 1] * values[j];
    }
    return sum;
  }

  /**
   * The expected response for every row of {@code table}, which must hold the predictor columns;
   * rows with a missing predictor get a missing value.
   *
   * <p>Example: {@code model.predict(nextYear)}.
   */
  public DoubleColumn predict(Table table) {
    List<NumericColumn<?>> columns = new ArrayList<>();
    for (String name : predictors) {
      columns.add(Columns.numeric(table, name));
    }
    DoubleColumn expected = DoubleColumn.create("expected " + response);
    for (int row = 0; row < table.rowCount(); row++) {
      int r = row;
      if (columns.stream().anyMatch(c -> c.isMissing(r))) {
        expected.appendMissing();
      } else {
        expected.append(predict(columns.stream().mapToDouble(c -> c.getDouble(r)).toArray()));
      }
    }
    return expected;
  }

  /** Prints {@link #summary()}. */
  @Override
  public String toString() {
    return summary().toString();
  }

  /** The source row (of the table or arrays passed to {@code fit}) of each row used. */
  int[] sourceRows() {
    return sourceRows.clone();
  }

  private double varianceInflation(int j) {
    if (predictors.size() == 1) {
      return 1.0;
    }
    double[][] others =
        Arrays.stream(x).map(row -> withoutColumn(row, j)).toArray(double[][]::new);
    OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
    ols.newSampleData(column(j), others);
    try {
      return 1 / (1 - ols.calculateRSquared());
    } catch (SingularMatrixException e) {
      return Double.POSITIVE_INFINITY;
    }
  }

  private double[] column(int j) {
    return Arrays.stream(x).mapToDouble(row -> row[j]).toArray();
  }

  private static double[] withoutColumn(double[] row, int j) {
    return IntStream.range(0, row.length).filter(k -> k != j).mapToDouble(k -> row[k]).toArray();
  }

  private static double[] diagonal(double[][] matrix) {
    return IntStream.range(0, matrix.length).mapToDouble(i -> matrix[i][i]).toArray();
  }

  private static double[] withNaNForMissing(NumericColumn<?> column) {
    return IntStream.range(0, column.size())
        .mapToDouble(i -> column.isMissing(i) ? Double.NaN : column.getDouble(i))
        .toArray();
  }

  private static double[][] transpose(double[][] columns, int rows) {
    double[][] out = new double[rows][columns.length];
    for (int j = 0; j < columns.length; j++) {
      for (int i = 0; i < rows; i++) {
        out[i][j] = columns[j][i];
      }
    }
    return out;
  }

  private static boolean isComplete(double y, double[] row) {
    return Double.isFinite(y) && Arrays.stream(row).allMatch(Double::isFinite);
  }

  private static void checkShape(double[] y, double[][] x, String[] predictors) {
    if (y.length != x.length) {
      throw new WorkbenchException(
          "y has " + y.length + " values but x has " + x.length + " rows; give one row per value.");
    }
    if (predictors.length == 0) {
      throw new WorkbenchException("Name at least one predictor.");
    }
    for (double[] row : x) {
      if (row.length != predictors.length) {
        throw new WorkbenchException(
            "Every row of x needs " + predictors.length + " values, one for each of "
                + String.join(", ", predictors) + "; a row has " + row.length + ".");
      }
    }
  }

  private static void checkEnoughRows(int complete, int predictorCount, int dropped) {
    int needed = predictorCount + 2;
    if (complete < needed) {
      throw new WorkbenchException(
          "Too few rows: " + complete + " complete rows (" + dropped
              + " dropped for missing values)"
              + " for " + predictorCount + " predictor(s) plus intercept; need at least " + needed
              + ". Use fewer predictors or more rows.");
    }
  }

  /** Refuses a response whose spread is within rounding of its size (max − min ≤ 1e-12·max|y|). */
  private static void checkResponseVaries(double[] y, String response) {
    double spread = StatUtils.max(y) - StatUtils.min(y);
    double size = Math.max(Math.abs(StatUtils.max(y)), Math.abs(StatUtils.min(y)));
    if (spread <= 1e-12 * size) {
      throw new WorkbenchException("The response \"" + response + "\" is " + y[0]
          + " in every row used" + (spread > 0 ? " (up to rounding)" : "")
          + ", so there is no variation for the predictors to explain.");
    }
  }

  /**
   * Refuses predictors that are linear combinations of the others up to rounding, where R's
   * {@code lm} would drop a term: the part of xⱼ that the intercept and the other predictors
   * leave unexplained has a norm below 10⁻⁷ of xⱼ's own, R's QR tolerance. Past that the
   * coefficients are rounding noise (say ±4e9) however the fit is computed.
   */
  private static void checkNotCollinear(double[][] x, String[] predictors) {
    List<String> collinear = IntStream.range(0, predictors.length)
        .filter(j -> unexplainedShare(x, j) < 1e-14)
        .mapToObj(j -> predictors[j]).toList();
    if (collinear.size() == 1) {
      throw new WorkbenchException("Predictor \"" + collinear.get(0) + "\" is constant up to"
          + " rounding in the rows used, so its effect cannot be told from the intercept. Drop it.");
    }
    if (!collinear.isEmpty()) {
      throw new WorkbenchException("The predictors " + String.join(", ", collinear) + " are"
          + " collinear: each is, up to rounding, a linear combination of the others, so their"
          + " effects cannot be told apart. Drop one of them.");
    }
  }

  /** ‖residual of xⱼ on the intercept and the other predictors‖² / ‖xⱼ‖². */
  private static double unexplainedShare(double[][] x, int j) {
    double[] column = Arrays.stream(x).mapToDouble(row -> row[j]).toArray();
    double residual;
    if (x[0].length == 1) {
      residual = StatUtils.variance(column) * (column.length - 1);
    } else {
      OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
      ols.newSampleData(column, Arrays.stream(x).map(row -> withoutColumn(row, j))
          .toArray(double[][]::new));
      try {
        residual = ols.calculateResidualSumOfSquares();
      } catch (SingularMatrixException e) {
        return 1;  // the others are collinear among themselves; their own checks name them
      }
    }
    return residual / StatUtils.sumSq(column);
  }

  private static void checkNotConstant(double[][] x, String[] predictors) {
    for (int j = 0; j < predictors.length; j++) {
      int k = j;
      double first = x[0][k];
      if (Arrays.stream(x).allMatch(row -> row[k] == first)) {
        throw new WorkbenchException(
            "Predictor \"" + predictors[j] + "\" is constant (" + first
                + " in every row used), so its effect cannot be told from the intercept. Drop it.");
      }
    }
  }
}
