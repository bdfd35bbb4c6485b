package dk.styrbord.analysis;

import dk.styrbord.analysis.stats.ChiSquareIndependence;
import tech.tablesaw.api.Table;

/**
 * A chi-square test of independence with what it was run on: the counted table's source and
 * status, so that a test on synthetic cases says so.
 *
 * <p>Example: {@code chiSquare(cases, "team", "decision").info().provenance().english()}.
 *
 * @param info what the test was run on: the table's source, municipality, group and years; the unit is the counted rows
 * @param test the statistic, p-value, Cramér's V, and observed and expected counts
 */
public record IndependenceTest(ResultInfo info, ChiSquareIndependence test) implements Result {

  /**
   * The test of two columns of {@code table}, counting its rows.
   * Example: {@code IndependenceTest.of(ChiSquareIndependence.test(cases, "team", "decision"), cases, "team", "decision")}.
   */
  public static IndependenceTest of(ChiSquareIndependence test, Table table, String rows, String columns) {
    Unit counts = Unit.of("rows counted by " + rows + " and " + columns, "rækker talt efter " + rows + " og " + columns);
    ResultInfo info = TestedData.of(table, test.result().test() + " of " + rows + " and " + columns, counts)
        .in(counts, PriceBasis.NOT_MONEY);
    return new IndependenceTest(info, test);
  }

  /** The p-value. */
  public double pValue() {
    return test.result().pValue();
  }

  /** Whether p &lt; alpha. */
  public boolean significant() {
    return test.result().significant();
  }

  /** The one-line conclusion in plain English. */
  public String conclusion() {
    return test.result().conclusion();
  }

  /** One row per cell: row, column, observed, expected, Pearson residual. */
  @Override
  public Table table() {
    return test.asTable();
  }

  @Override
  public String toString() {
    return info.title() + "\n" + test + "\n" + info.describe();
  }
}
