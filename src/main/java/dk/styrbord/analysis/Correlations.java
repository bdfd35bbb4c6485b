package dk.styrbord.analysis;

import dk.styrbord.analysis.stats.CorrelationMatrix;
import tech.tablesaw.api.Table;

/**
 * Correlations between spending per inhabitant and the background factors across municipalities
 * in one year, with what the figures are.
 *
 * <p>Example: {@code correlations("5.28", 2024).matrix().pair("per_inhabitant", "socioeconomic_index").r()}.
 *
 * @param info what the figures are: scope, year, source
 * @param matrix the pairwise coefficients with p-values
 */
public record Correlations(ResultInfo info, CorrelationMatrix matrix) implements Result {

  /** One row per pair: var1, var2, r, p, n. */
  @Override
  public Table table() {
    return matrix.asTable();
  }

  @Override
  public String toString() {
    return info.title() + "\n" + matrix + "\n" + info.describe();
  }
}
