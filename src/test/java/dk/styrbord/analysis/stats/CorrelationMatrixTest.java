package dk.styrbord.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.styrbord.WorkbenchException;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class CorrelationMatrixTest {

  /**
   * The example of R's {@code ?cor.test} (Hollander &amp; Wolfe 1973, p. 187), with a third column
   * whose only value sits on a row where x is missing, to exercise pairwise-complete rows.
   */
  private static Table hollanderWolfe() {
    DoubleColumn x = DoubleColumn.create("x", 44.4, 45.9, 41.9, 53.3, 44.7, 44.1, 50.7, 45.2, 60.1);
    DoubleColumn y = DoubleColumn.create("y", 2.6, 3.1, 2.5, 5.0, 3.6, 4.0, 5.2, 2.8, 3.8);
    DoubleColumn z = DoubleColumn.create("z", 1, 2, 3, 4, 5, 6, 7, 8, 10);
    x.appendMissing();
    y.append(4.4);
    z.append(9);
    return Table.create("hw", StringColumn.create("id", "a", "b", "c", "d", "e", "f", "g", "h",
        "i", "j"), x, y, z);
  }

  @Test
  void pearsonMatchesRsCorTestExample() {
    // R: cor.test(x, y) gives cor 0.5711816, t = 1.8411, df = 7, p-value = 0.1082
    CorrelationPair xy = CorrelationMatrix.pearson(hollanderWolfe()).pair("x", "y");
    assertEquals(0.5711816, xy.r(), 5e-8);
    assertEquals(0.1082, xy.pValue(), 5e-5);
    assertEquals(9, xy.n());
  }

  @Test
  void spearmanMatchesRsRhoAndTheTApproximation() {
    // R: cor.test(x, y, method = "spearman") gives rho 0.6; the t-approximation p-value with 7 df
    // is 0.08762 (SciPy 1.17 stats.spearmanr(x, y)); R's exact p-value 0.0968 is not used here.
    CorrelationPair xy = CorrelationMatrix.spearman(hollanderWolfe(), "x", "y").pair("y", "x");
    assertEquals(0.6, xy.r(), 1e-12);
    assertEquals(0.08762, xy.pValue(), 5e-6);
  }

  @Test
  void spearmanTiesMinusZeroWithZero() {
    // x = {−0.0, 0.0, 1, 2} has ranks 1.5, 1.5, 3, 4 (the zeros are equal); y ranks 1, 2, 3, 4.
    // Deviations from 2.5: x −1, −1, 0.5, 1.5 and y −1.5, −0.5, 0.5, 1.5; Σxy = 4.5,
    // Σx² = 4.5, Σy² = 5, so ρ = 4.5/√22.5 = 0.9486833 (ranking the zeros apart gave 1).
    Table t = Table.create("zeros", DoubleColumn.create("x", -0.0, 0.0, 1, 2),
        DoubleColumn.create("y", 1, 2, 3, 4));
    assertEquals(4.5 / Math.sqrt(22.5), CorrelationMatrix.spearman(t).pair("x", "y").r(), 1e-12);
  }

  @Test
  void eachPairUsesTheRowsWhereBothArePresent() {
    CorrelationMatrix matrix = CorrelationMatrix.pearson(hollanderWolfe());
    assertEquals(9, matrix.pair("x", "z").n());
    assertEquals(10, matrix.pair("y", "z").n());
    Table longForm = matrix.asTable();
    assertEquals(3, longForm.rowCount());
    assertEquals(1.0, matrix.matrix().doubleColumn("x").get(0));
    assertEquals(0.5711816, matrix.matrix().doubleColumn("y").get(0), 5e-8);
    assertTrue(matrix.toString().contains("n per pair: 9–10"), matrix.toString());
  }

  @Test
  void perfectCorrelationHasPValueZero() {
    Table line = Table.create("line",
        DoubleColumn.create("a", 1, 2, 3, 4), DoubleColumn.create("b", 2, 4, 6, 8));
    assertEquals(0, CorrelationMatrix.pearson(line).pair("a", "b").pValue());
  }

  @Test
  void textColumnsAndSingleColumnsAreRefused() {
    assertEquals("Column \"id\" is not numeric (it is STRING). Choose one of: x, y, z.",
        assertThrows(WorkbenchException.class,
            () -> CorrelationMatrix.pearson(hollanderWolfe(), "id", "x")).getMessage());
    assertTrue(assertThrows(WorkbenchException.class,
        () -> CorrelationMatrix.pearson(hollanderWolfe(), "x")).getMessage()
        .startsWith("A correlation needs at least two numeric columns"));
  }
}
