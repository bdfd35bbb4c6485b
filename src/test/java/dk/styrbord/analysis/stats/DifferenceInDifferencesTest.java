package dk.styrbord.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.styrbord.WorkbenchException;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class DifferenceInDifferencesTest {

  /**
   * A hand-made panel, 2016–2021, intervention from 2019. Treated "T": 10, 12, 11 then 6, 5, 7
   * (means 11 → 6). Controls "A": 20, 20, 20 then 22, 22, 22; "B": 30, 31, 29 then 33, 32, 34
   * (pooled means 25 → 27.5). A stranger "Z" is not a control unless asked for.
   */
  private static Table panel() {
    Table table = Table.create("recipients", StringColumn.create("municipality"),
        IntColumn.create("year"), DoubleColumn.create("per1000"));
    add(table, "T", 10, 12, 11, 6, 5, 7);
    add(table, "A", 20, 20, 20, 22, 22, 22);
    add(table, "B", 30, 31, 29, 33, 32, 34);
    add(table, "Z", 1, 1, 1, 90, 90, 90);
    return table;
  }

  @Test
  void estimateIsTheDifferenceOfTheTwoChanges() {
    // By hand: T changes 6 − 11 = −5, controls 27.5 − 25 = +2.5, so DiD = −7.5.
    DifferenceInDifferences did = DifferenceInDifferences.of(panel(), "municipality", "year",
        "per1000", "T", List.of("A", "B"), 2019);
    assertEquals(11, did.treatedBefore(), 1e-12);
    assertEquals(6, did.treatedAfter(), 1e-12);
    assertEquals(25, did.controlBefore(), 1e-12);
    assertEquals(27.5, did.controlAfter(), 1e-12);
    assertEquals(-7.5, did.estimate(), 1e-12);
    assertEquals(18, did.n());
  }

  @Test
  void regressionFormGivesTheSameEstimateAndTheCellMeansStandardError() {
    // The regression is saturated, so d equals the 2×2 DiD and SE(d) = σ̂·√(Σ 1/n_cell) with
    // σ̂² = SS_within/(n − 4). By hand: SS_within = 2 + 2 + 152 + 183.5 = 339.5 on 14 df, so
    // σ̂² = 24.25; Σ 1/n_cell = 1/3 + 1/3 + 1/6 + 1/6 = 1; SE = √24.25.
    DifferenceInDifferences did = DifferenceInDifferences.of(panel(), "municipality", "year",
        "per1000", "T", List.of("A", "B"), 2019);
    LinearModel regression = LinearModel.fit(
        new double[] {10, 12, 11, 6, 5, 7, 20, 20, 20, 22, 22, 22, 30, 31, 29, 33, 32, 34},
        new double[][] {{1, 0, 0}, {1, 0, 0}, {1, 0, 0}, {1, 1, 1}, {1, 1, 1}, {1, 1, 1},
            {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 1, 0}, {0, 1, 0}, {0, 1, 0},
            {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 1, 0}, {0, 1, 0}, {0, 1, 0}});
    assertEquals(-7.5, regression.coefficients()[3], 1e-10);
    assertEquals(Math.sqrt(24.25), did.standardError(), 1e-10);
    assertEquals(-7.5 / Math.sqrt(24.25), did.tValue(), 1e-10);
  }

  @Test
  void emptyControlListMeansAllOtherUnits() {
    DifferenceInDifferences did = DifferenceInDifferences.of(panel(), "municipality", "year",
        "per1000", "T", List.of(), 2019);
    assertEquals(List.of("A", "B", "Z"), did.controlUnits());
  }

  @Test
  void tableAndConclusionShowTheStory() {
    DifferenceInDifferences did = DifferenceInDifferences.of(panel(), "municipality", "year",
        "per1000", "T", List.of("A", "B"), 2019);
    Table table = did.asTable();
    assertEquals(-7.5, table.doubleColumn("change").get(2), 1e-12);
    assertEquals(-5 / 11.0 * 100, table.doubleColumn("change_pct").get(0), 1e-10);
    assertTrue(did.conclusion().startsWith("From 2019, T changed by -7.50 relative to its control"
        + " group (T -5.00, -45 %; control +2.50, +10 %). The difference is not significant"),
        did.conclusion());
    assertTrue(did.toString().contains("fragile"));
  }

  @Test
  void unknownUnitsAndEmptyPeriodsAreNamed() {
    assertTrue(assertThrows(WorkbenchException.class,
        () -> DifferenceInDifferences.of(panel(), "municipality", "year", "per1000", "Morso",
            List.of("A"), 2019)).getMessage().startsWith("Unknown unit(s) Morso"));
    assertTrue(assertThrows(WorkbenchException.class,
        () -> DifferenceInDifferences.of(panel(), "municipality", "year", "per1000", "T",
            List.of("A"), 2030)).getMessage().startsWith("No values for the control group from"));
  }

  private static void add(Table table, String unit, double... values) {
    for (int i = 0; i < values.length; i++) {
      table.stringColumn("municipality").append(unit);
      table.intColumn("year").append(2016 + i);
      table.doubleColumn("per1000").append(values[i]);
    }
  }
}
