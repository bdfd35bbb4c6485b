package dk.styrbord.analysis.stats;

import dk.styrbord.WorkbenchException;
import java.util.ArrayList;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleBiFunction;
import java.util.stream.IntStream;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Pairwise correlations of numeric columns with p-values, each pair over the rows where both
 * values are present (pairwise-complete, as R's {@code use = "pairwise.complete.obs"}).
 *
 * <p>Pearson's r = Σ(x − x̄)(y − ȳ) / √(Σ(x − x̄)² Σ(y − ȳ)²); Spearman's ρ is Pearson's r of the
 * ranks, ties (−0.0 with 0.0) given their average rank. The p-value tests r = 0 with
 * t = r·√((n − 2)/(1 − r²)) on n − 2 degrees of freedom, two-sided (Sheskin, <i>Handbook of
 * Parametric and Nonparametric Statistical Procedures</i>, 5th ed., 2011, Tests 28 and 29; for
 * Spearman this is the large-sample approximation that SciPy uses, not R's exact small-sample
 * p-value).
 *
 * <p>Example: {@code CorrelationMatrix.pearson(costs, "spending", "needIndex", "share65plus")}.
 */
public record CorrelationMatrix(
    String method, List<String> variables, List<CorrelationPair> pairs) {

  /** Keeps the lists immutable. */
  public CorrelationMatrix {
    variables = List.copyOf(variables);
    pairs = List.copyOf(pairs);
  }

  /**
   * Pearson correlations of the named numeric columns; with no names, of every numeric column.
   *
   * <p>Example: {@code CorrelationMatrix.pearson(costs, "spending", "needIndex")}.
   */
  public static CorrelationMatrix pearson(Table table, String... columns) {
    return of("Pearson", table, columns, new PearsonsCorrelation()::correlation);
  }

  /**
   * Spearman rank correlations of the named numeric columns; with no names, of every numeric
   * column.
   *
   * <p>Example: {@code CorrelationMatrix.spearman(costs, "spending", "needIndex")}.
   */
  public static CorrelationMatrix spearman(Table table, String... columns) {
    return of("Spearman", table, columns, (x, y) ->
        new PearsonsCorrelation().correlation(Ranks.average(x), Ranks.average(y)));
  }

  /**
   * The pair of {@code var1} and {@code var2}, in either order.
   *
   * <p>Example: {@code matrix.pair("spending", "needIndex").pValue()}.
   */
  public CorrelationPair pair(String var1, String var2) {
    return pairs.stream()
        .filter(p -> p.var1().equals(var1) && p.var2().equals(var2)
            || p.var1().equals(var2) && p.var2().equals(var1))
        .findFirst()
        .orElseThrow(() -> new WorkbenchException("No pair " + var1 + " × " + var2
            + ". Choose two of: " + String.join(", ", variables) + "."));
  }

  /** The long form: one row per pair, with var1, var2, r, p and n. */
  public Table asTable() {
    return Table.create(method + " correlations",
        StringColumn.create("var1", pairs.stream().map(CorrelationPair::var1)),
        StringColumn.create("var2", pairs.stream().map(CorrelationPair::var2)),
        DoubleColumn.create("r", pairs.stream().mapToDouble(CorrelationPair::r)),
        DoubleColumn.create("p", pairs.stream().mapToDouble(CorrelationPair::pValue)),
        IntColumn.create("n", pairs.stream().mapToInt(CorrelationPair::n).toArray()));
  }

  /** The square matrix of coefficients, one row and one column per variable, 1 on the diagonal. */
  public Table matrix() {
    Table table = Table.create(method + " correlation matrix",
        StringColumn.create("variable", variables));
    for (String column : variables) {
      table.addColumns(DoubleColumn.create(column,
          variables.stream().mapToDouble(row -> row.equals(column) ? 1 : pair(row, column).r())));
    }
    return table;
  }

  /** The matrix of coefficients with significance stars, then the legend and the range of n. */
  @Override
  public String toString() {
    int width = Math.max(10, variables.stream().mapToInt(String::length).max().orElse(0) + 1);
    String cell = "%" + width + "s";
    StringBuilder out = new StringBuilder(method + " correlations (pairwise-complete)\n");
    out.append(String.format(Locale.ROOT, "%-" + width + "s", ""));
    variables.forEach(v -> out.append(String.format(Locale.ROOT, cell, v + "   ")));
    for (String row : variables) {
      out.append('\n').append(String.format(Locale.ROOT, "%-" + width + "s", row));
      for (String column : variables) {
        out.append(String.format(Locale.ROOT, cell, starred(row, column)));
      }
    }
    return out.append("\n---\n").append(Format.STARS_LEGEND)
        .append("\nn per pair: ").append(nRange()).toString();
  }

  private String starred(String row, String column) {
    if (row.equals(column)) {
      return String.format(Locale.ROOT, "%.3f%-3s", 1.0, "");
    }
    CorrelationPair p = pair(row, column);
    return String.format(Locale.ROOT, "%.3f%-3s", p.r(), Format.stars(p.pValue()));
  }

  private static CorrelationMatrix of(String method, Table table, String[] columns,
      ToDoubleBiFunction<double[], double[]> coefficient) {
    List<String> names = columns.length == 0 ? Columns.numericNames(table) : List.of(columns);
    if (names.size() < 2) {
      throw new WorkbenchException("A correlation needs at least two numeric columns; got "
          + names.size() + ". Choose from: " + String.join(", ", Columns.numericNames(table))
          + ".");
    }
    names.forEach(name -> Columns.numeric(table, name));
    List<CorrelationPair> pairs = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      for (int j = i + 1; j < names.size(); j++) {
        pairs.add(pair(table, names.get(i), names.get(j), coefficient));
      }
    }
    return new CorrelationMatrix(method, names, pairs);
  }

  private static CorrelationPair pair(Table table, String var1, String var2,
      ToDoubleBiFunction<double[], double[]> coefficient) {
    int[] rows = Columns.completeRows(table, List.of(var1, var2));
    if (rows.length < 3) {
      throw new WorkbenchException("Only " + rows.length + " rows have both " + var1 + " and "
          + var2 + "; a correlation with a p-value needs at least 3.");
    }
    double[] x = Columns.values(Columns.numeric(table, var1), rows);
    double[] y = Columns.values(Columns.numeric(table, var2), rows);
    checkVaries(var1, x);
    checkVaries(var2, y);
    double r = coefficient.applyAsDouble(x, y);
    return new CorrelationPair(var1, var2, r, pValue(r, rows.length), rows.length);
  }

  /** Two-sided p-value for r = 0: t = r√((n − 2)/(1 − r²)) on n − 2 df. */
  static double pValue(double r, int n) {
    if (Math.abs(r) >= 1) {
      return 0;
    }
    double t = r * Math.sqrt((n - 2) / (1 - r * r));
    return Tails.tTwoSided(t, n - 2);
  }

  private static void checkVaries(String name, double[] values) {
    if (IntStream.range(1, values.length).allMatch(i -> values[i] == values[0])) {
      throw new WorkbenchException("Column \"" + name + "\" is constant where it is present,"
          + " so it correlates with nothing. Leave it out.");
    }
  }

  private String nRange() {
    IntSummaryStatistics n = pairs.stream().mapToInt(CorrelationPair::n).summaryStatistics();
    return n.getMin() == n.getMax() ? String.valueOf(n.getMin()) : n.getMin() + "–" + n.getMax();
  }
}
