package dk.styrbord.analysis.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.styrbord.WorkbenchException;
import dk.styrbord.data.Catalog;
import dk.styrbord.data.DatasetLoader;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class BudgetForecastTest {
  /**
   * By hand. 2024 actuals: Jan 200, Feb 100, Mar 100, Apr-Nov 80 each, Dec 160 = 1,200; by the end
   * of March 400 = 1/3 of the year. 2025: budget 110 a month = 1,320; actuals Jan-Mar 220, 110, 120
   * = 450. Seasonal forecast 450 ÷ 1/3 = 1,350; run rate 450 × 12 ÷ 3 = 1,800. Overrun 1,350 −
   * 1,320 = 30 = 2.27 % of the budget: above 2 %, below 3 %.
   */
  static Table twoYears() {
    Table t = BudgetRows.empty();
    double[] actual2024 = {200, 100, 100, 80, 80, 80, 80, 80, 80, 80, 80, 160};
    for (int m = 1; m <= 12; m++) {
      BudgetRows.add(t, 2024, m, "x", 100, actual2024[m - 1]);
    }
    double[] actual2025 = {220, 110, 120};
    for (int m = 1; m <= 12; m++) {
      BudgetRows.add(t, 2025, m, "x", 110, m <= 3 ? actual2025[m - 1] : Double.NaN);
    }
    return t;
  }

  @Test
  void theYearToDateIsScaledByLastYearsShareSpentByTheSameMonth() {
    YearEndForecast f = BudgetForecast.yearEnd(twoYears(), "x");
    assertEquals(2025, f.year());
    assertEquals(3, f.monthsBooked());
    assertEquals(1320, f.annualBudget(), 1e-9);
    assertEquals(450, f.actualToDate(), 1e-9);
    assertEquals(1.0 / 3, f.shareByNow(), 1e-12);
    assertEquals("2024 actuals", f.profile());
    assertEquals(1350, f.seasonalForecast(), 1e-9);
    assertEquals(1800, f.runRateForecast(), 1e-9);
    assertEquals(30, f.overrun(), 1e-9);
    assertEquals(100.0 * 30 / 1320, f.overrunPercent(), 1e-12);
    assertTrue(f.warning());
    assertTrue(f.message().startsWith("Warning: x 2025 heads for an overrun of DKK 30 (2.3 % of the budget)"),
        f.message());
  }

  @Test
  void aHigherThresholdSilencesTheWarning() {
    YearEndForecast f = BudgetForecast.yearEnd(twoYears(), "X", 3);
    assertFalse(f.warning());
    assertEquals(1, f.asTable().rowCount());
    assertTrue(f.toString().contains("within the 3.0 % threshold"), f.toString());
  }

  @Test
  void withoutLastYearTheYearsOwnBudgetIsTheProfile() {
    Table onlyThisYear = twoYears().where(twoYears().intColumn("year").isEqualTo(2025));
    YearEndForecast f = BudgetForecast.yearEnd(onlyThisYear, "x");
    assertEquals("2025 budget", f.profile());
    assertEquals(1800, f.seasonalForecast(), 1e-9);
  }

  @Test
  void unknownAreasAndYearsNameTheChoices() {
    WorkbenchException area = assertThrows(WorkbenchException.class, () -> BudgetForecast.yearEnd(
        DatasetLoader.load(Catalog.bundled(), "budget"), "adult"));
    assertEquals("Unknown area \"adult\". Did you mean adults? Choose one of: adults, children.", area.getMessage());
    WorkbenchException year =
        assertThrows(WorkbenchException.class, () -> BudgetForecast.yearEnd(twoYears(), "x", 2027, 2));
    assertEquals("No budget for x 2027. Choose one of: 2024, 2025.", year.getMessage());
  }

  @Test
  void theBundledBudgetWarnsForAdultsIn2026AndNotForChildren() {
    Table budget = DatasetLoader.load(Catalog.bundled(), "budget");
    YearEndForecast adults = BudgetForecast.yearEnd(budget, "adults");
    YearEndForecast children = BudgetForecast.yearEnd(budget, "children");
    assertEquals(2026, adults.year());
    assertEquals(10, adults.monthsBooked());
    assertTrue(adults.warning(), adults.toString());
    assertFalse(children.warning(), children.toString());
  }
}
