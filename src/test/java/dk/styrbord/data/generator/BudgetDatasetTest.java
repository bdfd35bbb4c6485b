package dk.styrbord.data.generator;

import static dk.styrbord.data.generator.BundledCsv.integer;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BudgetDatasetTest {
  private final List<Map<String, String>> rows = BundledCsv.read("budget.csv");

  @Test
  void the2026YearSoFarEndsInOctober() {
    assertTrue(rows.stream().filter(r -> r.get("year").equals("2026"))
        .allMatch(r -> r.get("actual_dkk").isEmpty() == (integer(r, "month") > 10)));
  }

  @Test
  void adultsHeadForAnOverrunIn2026While2025WasOnBudget() {
    double adults2026 = deviation("2026", "adults");
    assertTrue(adults2026 > 0.02 && adults2026 < 0.06, "2026 adults " + adults2026);
    assertTrue(Math.abs(deviation("2025", "adults")) < 0.015);
    assertTrue(Math.abs(deviation("2025", "children")) < 0.015);
    assertTrue(Math.abs(deviation("2026", "children")) < 0.015);
  }

  private double deviation(String year, String area) {
    List<Map<String, String>> months = rows.stream()
        .filter(r -> r.get("year").equals(year) && r.get("area").equals(area) && !r.get("actual_dkk").isEmpty())
        .toList();
    double budget = months.stream().mapToDouble(r -> integer(r, "budget_dkk")).sum();
    double actual = months.stream().mapToDouble(r -> integer(r, "actual_dkk")).sum();
    return actual / budget - 1;
  }
}
