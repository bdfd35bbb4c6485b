package dk.styrbord.analysis.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.styrbord.WorkbenchException;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class BudgetMonthsTest {
  // The two-year budget of BudgetForecastTest: seasonal forecast 1,350, last year's share by April
  // 480 / 1,200 = 0.4, so the seasonal path is 450 in March, 540 in April and 1,350 in December;
  // the run-rate path is 450 × k / 3: 600 in April, 1,800 in December.
  @Test
  void theForecastPathsStartAtTheLastBookedMonthAndEndAtTheYearEndForecasts() {
    Table t = BudgetMonths.of(BudgetForecastTest.twoYears(), "x");
    assertEquals(12, t.rowCount());
    assertEquals(450, t.doubleColumn("cumulative actual (DKK)").get(2), 1e-9);
    assertTrue(t.doubleColumn("cumulative actual (DKK)").isMissing(3));
    assertTrue(t.doubleColumn("forecast path, seasonal (DKK)").isMissing(1));
    assertEquals(450, t.doubleColumn("forecast path, seasonal (DKK)").get(2), 1e-9);
    assertEquals(540, t.doubleColumn("forecast path, seasonal (DKK)").get(3), 1e-9);
    assertEquals(1350, t.doubleColumn("forecast path, seasonal (DKK)").get(11), 1e-9);
    assertEquals(600, t.doubleColumn("forecast path, run rate (DKK)").get(3), 1e-9);
    assertEquals(1800, t.doubleColumn("forecast path, run rate (DKK)").get(11), 1e-9);
    assertEquals(1320, t.doubleColumn("cumulative budget (DKK)").get(11), 1e-9);
  }

  @Test
  void rowsOfTheSameMonthAreAddedUp() {
    Table t = BudgetRows.empty();
    BudgetRows.add(t, 2025, 1, "x", 60, 70);
    BudgetRows.add(t, 2025, 1, "x", 40, 50);
    for (int m = 2; m <= 12; m++) {
      BudgetRows.add(t, 2025, m, "x", 100, Double.NaN);
    }
    Table months = BudgetMonths.of(t, "x");
    assertEquals(100, months.doubleColumn("budget (DKK)").get(0), 1e-9);
    assertEquals(120, months.doubleColumn("actual (DKK)").get(0), 1e-9);
  }

  @Test
  void aGapInTheBookedMonthsIsRefused() {
    Table t = BudgetRows.empty();
    for (int m = 1; m <= 12; m++) {
      BudgetRows.add(t, 2025, m, "x", 100, m == 2 ? Double.NaN : (m <= 3 ? 100 : Double.NaN));
    }
    WorkbenchException e = assertThrows(WorkbenchException.class, () -> BudgetMonths.of(t, "x"));
    assertEquals("The actuals of x 2025 skip month 2: book the months from January without a gap before forecasting.",
        e.getMessage());
  }
}
