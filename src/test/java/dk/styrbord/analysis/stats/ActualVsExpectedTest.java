package dk.styrbord.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.styrbord.WorkbenchException;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class ActualVsExpectedTest {

  /**
   * By hand: y = 2x + e with e = (1, −2, 0, 2, −1), which sums to 0 and is orthogonal to x, so the
   * fit is exactly ŷ = 2x and the residuals are e. σ̂² = 10/3; leverage hᵢ = 1/5 + (xᵢ − 3)²/10.
   */
  private static final Table SPENDING = Table.create("spending",
      StringColumn.create("municipality", "A", "B", "C", "D", "E"),
      DoubleColumn.create("need", 1, 2, 3, 4, 5),
      DoubleColumn.create("spending", 3, 2, 6, 10, 9));

  @Test
  void residualIsActualMinusExpectedSortedLargestFirst() {
    Table view = ActualVsExpected.of(SPENDING, "municipality", "spending", "need");
    assertEquals("D", view.stringColumn("municipality").get(0));
    assertEquals("B", view.stringColumn("municipality").get(4));
    assertEquals(10, view.doubleColumn("actual").get(0), 1e-12);
    assertEquals(8, view.doubleColumn("expected").get(0), 1e-12);
    assertEquals(2, view.doubleColumn("residual").get(0), 1e-12);
    assertEquals(25, view.doubleColumn("residual_pct").get(0), 1e-10);
    // D: 2 / √(10/3 · (1 − 0.3)) = 2 / √(7/3)
    assertEquals(2 / Math.sqrt(7.0 / 3), view.doubleColumn("standardized_residual").get(0), 1e-12);
  }

  @Test
  void rowsWithMissingValuesAreLeftOut() {
    Table withGap = SPENDING.copy();
    withGap.stringColumn("municipality").append("F");
    withGap.doubleColumn("need").append(6);
    withGap.doubleColumn("spending").appendMissing();
    assertEquals(5, ActualVsExpected.of(withGap, "municipality", "spending", "need").rowCount());
  }

  @Test
  void unknownIdColumnIsNamed() {
    assertEquals("No column \"kommune\" in table \"spending\". Choose one of: municipality, need,"
        + " spending.", assertThrows(WorkbenchException.class,
            () -> ActualVsExpected.of(SPENDING, "kommune", "spending", "need")).getMessage());
  }
}
