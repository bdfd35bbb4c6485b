package dk.styrbord.analysis.stats;

import dk.styrbord.WorkbenchException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.IntStream;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Pearson's chi-square test of independence on a contingency table of counts.
 *
 * <p>Expected counts Eᵢⱼ = (row total · column total)/n; χ² = Σ(Oᵢⱼ − Eᵢⱼ)²/Eᵢⱼ on (r − 1)(c − 1)
 * df (Agresti, <i>An Introduction to Categorical Data Analysis</i>, 2nd ed., 2007, §2.4); p is the
 * chi-square upper tail (see {@link Tails}). A 2 × 2 table gets Yates' continuity correction
 * χ² = Σ(|Oᵢⱼ − Eᵢⱼ| − min(½, |Oᵢⱼ − Eᵢⱼ|))²/Eᵢⱼ unless {@link ContinuityCorrection#NONE} is asked
 * for: the same numbers as R's {@code chisq.test(m)} and {@code chisq.test(m, correct = FALSE)}.
 * Effect size: Cramér's V = √(χ²/(n·(k − 1))) from the uncorrected χ², k the smaller of r and c.
 * Warns when an expected count is below 5, where the approximation gets poor.
 *
 * <p>Example: {@code ChiSquareIndependence.test(cases, "team", "closedWithin12Weeks")}.
 */
public record ChiSquareIndependence(
    TestResult result,
    List<String> rowLabels,
    List<String> columnLabels,
    long[][] observed,
    double[][] expected) {

  /** Keeps the labels and the counts immutable. */
  public ChiSquareIndependence {
    rowLabels = List.copyOf(rowLabels);
    columnLabels = List.copyOf(columnLabels);
    observed = Arrays.stream(observed).map(long[]::clone).toArray(long[][]::new);
    expected = Arrays.stream(expected).map(double[]::clone).toArray(double[][]::new);
  }

  /**
   * Tests independence of rows and columns of {@code counts}, at the 0.05 level.
   *
   * <p>Example: {@code ChiSquareIndependence.test(new long[][] {{20, 30}, {30, 20}})}.
   */
  public static ChiSquareIndependence test(long[][] counts) {
    return test(counts, 0.05);
  }

  /**
   * Tests independence of rows and columns of {@code counts}, at level {@code alpha}.
   *
   * <p>Example: {@code ChiSquareIndependence.test(counts, 0.01)}.
   */
  public static ChiSquareIndependence test(long[][] counts, double alpha) {
    return test(counts, alpha, ContinuityCorrection.YATES);
  }

  /**
   * Tests independence of rows and columns of {@code counts}, at level {@code alpha}, with or
   * without Yates' correction of a 2 × 2 table.
   *
   * <p>Example: {@code ChiSquareIndependence.test(counts, 0.05, ContinuityCorrection.NONE)}.
   */
  public static ChiSquareIndependence test(long[][] counts, double alpha,
      ContinuityCorrection correction) {
    return test(numbered("row", counts.length),
        numbered("column", counts.length == 0 ? 0 : counts[0].length), counts, alpha, correction);
  }

  /**
   * Cross-tabulates two categorical columns of {@code table} and tests their independence, at
   * the 0.05 level. Rows with either value missing are left out.
   *
   * <p>Example: {@code ChiSquareIndependence.test(cases, "team", "closedWithin12Weeks")}.
   */
  public static ChiSquareIndependence test(Table table, String rowColumn, String columnColumn) {
    return test(table, rowColumn, columnColumn, 0.05);
  }

  /**
   * Cross-tabulates two categorical columns of {@code table} and tests their independence, at
   * level {@code alpha}.
   *
   * <p>Example: {@code ChiSquareIndependence.test(cases, "team", "outcome", 0.01)}.
   */
  public static ChiSquareIndependence test(Table table, String rowColumn, String columnColumn,
      double alpha) {
    return test(table, rowColumn, columnColumn, alpha, ContinuityCorrection.YATES);
  }

  /**
   * Cross-tabulates two categorical columns of {@code table} and tests their independence, at
   * level {@code alpha}, with or without Yates' correction of a 2 × 2 table.
   *
   * <p>Example: {@code ChiSquareIndependence.test(cases, "team", "outcome", 0.05,
   * ContinuityCorrection.NONE)}.
   */
  public static ChiSquareIndependence test(Table table, String rowColumn, String columnColumn,
      double alpha, ContinuityCorrection correction) {
    Column<?> rows = Columns.require(table, rowColumn);
    Column<?> columns = Columns.require(table, columnColumn);
    int[] complete = Columns.completeRows(table, List.of(rowColumn, columnColumn));
    List<String> rowLabels = levels(rows, complete);
    List<String> columnLabels = levels(columns, complete);
    long[][] counts = new long[rowLabels.size()][columnLabels.size()];
    for (int row : complete) {
      int i = rowLabels.indexOf(rows.getString(row));
      counts[i][columnLabels.indexOf(columns.getString(row))]++;
    }
    return test(rowLabels, columnLabels, counts, alpha, correction);
  }

  /** Long form, one row per cell: row, column, observed, expected, Pearson residual. */
  public Table asTable() {
    Table table = Table.create("chi-square cells", StringColumn.create("row"),
        StringColumn.create("column"), DoubleColumn.create("observed"),
        DoubleColumn.create("expected"), DoubleColumn.create("pearson_residual"));
    for (int i = 0; i < observed.length; i++) {
      for (int j = 0; j < observed[i].length; j++) {
        table.stringColumn("row").append(rowLabels.get(i));
        table.stringColumn("column").append(columnLabels.get(j));
        table.doubleColumn("observed").append(observed[i][j]);
        table.doubleColumn("expected").append(expected[i][j]);
        table.doubleColumn("pearson_residual")
            .append((observed[i][j] - expected[i][j]) / Math.sqrt(expected[i][j]));
      }
    }
    return table;
  }

  /** A copy of the observed counts. */
  @Override
  public long[][] observed() {
    return Arrays.stream(observed).map(long[]::clone).toArray(long[][]::new);
  }

  /** A copy of the expected counts under independence. */
  @Override
  public double[][] expected() {
    return Arrays.stream(expected).map(double[]::clone).toArray(double[][]::new);
  }

  /** The test result, then observed counts with expected counts in brackets. */
  @Override
  public String toString() {
    int width = Math.max(12, columnLabels.stream().mapToInt(String::length).max().orElse(0) + 2);
    int first = rowLabels.stream().mapToInt(String::length).max().orElse(0) + 2;
    StringBuilder out = new StringBuilder(result.toString()).append("\n\nObserved (expected):\n");
    out.append(" ".repeat(first));
    columnLabels.forEach(c -> out.append(String.format(Locale.ROOT, "%" + width + "s", c)));
    for (int i = 0; i < observed.length; i++) {
      out.append('\n').append(String.format(Locale.ROOT, "%-" + first + "s", rowLabels.get(i)));
      for (int j = 0; j < observed[i].length; j++) {
        out.append(String.format(Locale.ROOT, "%" + width + "s",
            observed[i][j] + " (" + Format.brief(expected[i][j]) + ")"));
      }
    }
    return out.toString();
  }

  private static ChiSquareIndependence test(List<String> rowLabels, List<String> columnLabels,
      long[][] counts, double alpha, ContinuityCorrection correction) {
    TestResult.checkAlpha(alpha);
    checkCounts(counts);
    double[][] expected = expectedCounts(counts);
    boolean yates = correction == ContinuityCorrection.YATES && counts.length == 2
        && counts[0].length == 2;
    double statistic = statistic(counts, expected, yates ? 0.5 : 0);
    double pearson = statistic(counts, expected, 0);
    double n = Arrays.stream(counts).flatMapToLong(Arrays::stream).sum();
    int k = Math.min(counts.length, counts[0].length);
    int df = (counts.length - 1) * (counts[0].length - 1);
    Map<String, Double> estimates = new LinkedHashMap<>();
    estimates.put("n", n);
    estimates.put("smallest expected count",
        Arrays.stream(expected).flatMapToDouble(Arrays::stream).min().orElse(0));
    String name = "Pearson's chi-square test of independence"
        + (yates ? " (Yates' continuity correction)" : "");
    TestResult result = TestResult.of(name, "the two variables are associated", "X-squared",
        statistic, df, Double.NaN, Tails.chiSquare(statistic, df),
        EffectSize.cramersV(Math.sqrt(pearson / (n * (k - 1))), k), alpha, estimates,
        smallExpectedWarning(expected));
    return new ChiSquareIndependence(result, rowLabels, columnLabels, counts, expected);
  }

  /** Σ(|O − E| − min(c, |O − E|))²/E: Pearson's χ² for c = 0, Yates' for c = ½. */
  private static double statistic(long[][] counts, double[][] expected, double correction) {
    double sum = 0;
    for (int i = 0; i < counts.length; i++) {
      for (int j = 0; j < counts[i].length; j++) {
        double gap = Math.abs(counts[i][j] - expected[i][j]);
        double shrunk = gap - Math.min(correction, gap);
        sum += shrunk * shrunk / expected[i][j];
      }
    }
    return sum;
  }

  private static double[][] expectedCounts(long[][] counts) {
    double[] rowTotals = Arrays.stream(counts).mapToDouble(r -> Arrays.stream(r).sum()).toArray();
    double[] columnTotals = IntStream.range(0, counts[0].length)
        .mapToDouble(j -> Arrays.stream(counts).mapToLong(r -> r[j]).sum()).toArray();
    double n = Arrays.stream(rowTotals).sum();
    double[][] expected = new double[counts.length][counts[0].length];
    for (int i = 0; i < counts.length; i++) {
      for (int j = 0; j < counts[0].length; j++) {
        expected[i][j] = rowTotals[i] * columnTotals[j] / n;
      }
    }
    return expected;
  }

  private static List<String> smallExpectedWarning(double[][] expected) {
    long small = Arrays.stream(expected).flatMapToDouble(Arrays::stream).filter(e -> e < 5).count();
    if (small == 0) {
      return List.of();
    }
    long cells = Arrays.stream(expected).mapToLong(r -> r.length).sum();
    return List.of(small + " of " + cells + " expected counts are below 5, so the chi-square"
        + " approximation may be poor. Merge small categories, or use Fisher's exact test.");
  }

  private static void checkCounts(long[][] counts) {
    if (counts.length < 2 || counts[0].length < 2) {
      throw new WorkbenchException("A chi-square test needs at least 2 rows and 2 columns of"
          + " counts; each variable must take at least two values.");
    }
    for (long[] row : counts) {
      if (row.length != counts[0].length || Arrays.stream(row).anyMatch(c -> c < 0)) {
        throw new WorkbenchException("Counts must form a rectangle of non-negative whole numbers;"
            + " check the row with " + Arrays.toString(row) + ".");
      }
    }
    double[][] expected = expectedCounts(counts);
    if (Arrays.stream(expected).flatMapToDouble(Arrays::stream).anyMatch(e -> !(e > 0))) {
      throw new WorkbenchException("A row or column of the counts is all zero. Drop it.");
    }
  }

  private static List<String> numbered(String prefix, int count) {
    return IntStream.rangeClosed(1, count).mapToObj(i -> prefix + " " + i).toList();
  }

  private static List<String> levels(Column<?> column, int[] rows) {
    TreeSet<String> levels = new TreeSet<>();
    for (int row : rows) {
      levels.add(column.getString(row));
    }
    return new ArrayList<>(levels);
  }
}
