package dk.styrbord.analysis.stats;

import dk.styrbord.analysis.Formats;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Actual against expected: each unit's observed value beside the value a {@link LinearModel} on
 * external factors expects, and the residual a consultant calls "the part not explained by
 * external factors".
 *
 * <p>Columns: the id, actual, expected (the fitted value ŷᵢ), residual = actual − expected,
 * residual_pct = 100·residual/expected, and standardized_residual = eᵢ/(σ̂·√(1 − hᵢᵢ)) (R's
 * {@code rstandard}; beyond ±2 is unusual). Sorted by residual, largest first, so units that
 * spend most above expectation lead. Rows with a missing value in a used column are left out.
 *
 * <p>Example: {@code ActualVsExpected.of(costs, "municipality", "spending", "needIndex")}.
 */
public final class ActualVsExpected {
  private ActualVsExpected() {}

  /**
   * Fits {@code response} on {@code predictors} and returns the actual-versus-expected table by
   * {@code idColumn}.
   *
   * <p>Example: {@code ActualVsExpected.of(costs, "municipality", "spending", "needIndex",
   * "share65plus")}.
   */
  public static Table of(Table table, String idColumn, String response, String... predictors) {
    Column<?> ids = Columns.require(table, idColumn);
    LinearModel model = LinearModel.fit(table, response, predictors);
    int[] rows = model.sourceRows();
    double[] actual = model.actual();
    double[] expected = model.fitted();
    double[] residual = model.residuals();
    double[] percent = new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      percent[i] = 100 * residual[i] / expected[i];
    }
    Table out = Table.create("actual vs expected: " + model.formula(),
        ids.subset(rows).setName(idColumn), DoubleColumn.create("actual", actual),
        DoubleColumn.create("expected", expected), DoubleColumn.create("residual", residual),
        DoubleColumn.create("residual_pct", percent),
        DoubleColumn.create("standardized_residual", model.standardizedResiduals()));
    Formats.decimals(out, 1, "actual", "expected", "residual", "residual_pct");
    Formats.decimals(out, 2, "standardized_residual");
    return out.sortDescendingOn("residual");
  }
}
