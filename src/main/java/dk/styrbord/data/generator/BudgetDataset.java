package dk.styrbord.data.generator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes {@code budget.csv} (SYNTHETIC): Hørsholm's (223) monthly budget and actual spending on adults
 * (5.38) and children (5.28) with special needs for 2025 and the year so far of 2026 (January–October;
 * November and December have no actual yet), for early-warning forecasts of the year-end.
 *
 * <p>Method: the 2025 annual budget is Hørsholm's 2024 net spending of the area in {@link
 * SpendingDataset} × {@link #BUDGET_GROWTH_2025}, 2026 × {@link #BUDGET_GROWTH_2026}; months follow the
 * seasonal profile {@link #MONTH_PROFILE} (January and December heavier, July lighter), December taking the
 * rounding. Actuals = budget × (1 + drift + noise), seed {@link #SEED}: 2025 close to budget; 2026 adults
 * drifting from +1 % in January by {@link #ADULT_DRIFT_2026} a month (≈ +4 % by October, heading for a
 * year-end overrun of a few percent), children on budget.
 *
 * <p>Example: {@code java -cp target/classes dk.styrbord.data.generator.GenerateData data}.
 */
final class BudgetDataset {
  static final long SEED = 20250101L;
  private static final double BUDGET_GROWTH_2025 = 1.045;
  private static final double BUDGET_GROWTH_2026 = 1.03;
  private static final double ADULT_DRIFT_2026 = 0.006;
  private static final int LAST_ACTUAL_MONTH_2026 = 10;
  private static final double NOISE_SD = 0.012;
  private static final double[] MONTH_PROFILE = {1.10, 0.97, 1.00, 0.99, 0.98, 1.02, 0.90, 0.97, 1.00, 1.00, 0.99, 1.08};
  private static final Map<String, String> AREA_NAMES = Map.of(
      "adults", "Tilbud til voksne med særlige behov (5.38)",
      "children", "Tilbud til børn og unge med særlige behov (5.28)");
  private static final List<String> AREAS = List.of("adults", "children");

  private BudgetDataset() {}

  static CsvTable table(SpendingDataset spending) {
    CsvTable t = CsvTable.of("budget.csv",
        "code", "municipality", "year", "month", "area", "area_name", "budget_dkk", "actual_dkk");
    Draws draws = new Draws(SEED);
    Map<String, long[]> monthly2025 = new HashMap<>();
    Map<String, long[]> monthly2026 = new HashMap<>();
    for (String area : AREAS) {
      long annual2025 = Math.round(base(spending, area) * BUDGET_GROWTH_2025);
      monthly2025.put(area, months(annual2025));
      monthly2026.put(area, months(Math.round(annual2025 * BUDGET_GROWTH_2026)));
    }
    for (int year = 2025; year <= 2026; year++) {
      Map<String, long[]> monthly = year == 2025 ? monthly2025 : monthly2026;
      for (int month = 1; month <= 12; month++) {
        for (String area : AREAS) {
          long budget = monthly.get(area)[month - 1];
          double drift = drift(year, month, area) + NOISE_SD * draws.gaussian();
          Long actual = year == 2026 && month > LAST_ACTUAL_MONTH_2026 ? null : Math.round(budget * (1 + drift));
          t.add(SeedStories.HOERSHOLM, "Hørsholm", year, month, area, AREA_NAMES.get(area), budget, actual);
        }
      }
    }
    return t;
  }

  private static double drift(int year, int month, String area) {
    if (year == 2026 && area.equals("adults")) {
      return 0.01 + ADULT_DRIFT_2026 * (month - 1);
    }
    return area.equals("adults") ? 0.004 : -0.003;
  }

  private static double base(SpendingDataset spending, String area) {
    return spending.rows().stream()
        .filter(r -> r.code() == SeedStories.HOERSHOLM && r.year() == Years.LAST && r.area().equals(area))
        .mapToLong(SpendingDataset.Row::net)
        .sum();
  }

  private static long[] months(long annual) {
    double profile = 0;
    for (double w : MONTH_PROFILE) {
      profile += w;
    }
    long[] result = new long[12];
    long sum = 0;
    for (int m = 0; m < 11; m++) {
      result[m] = Math.round(annual * MONTH_PROFILE[m] / profile);
      sum += result[m];
    }
    result[11] = annual - sum;
    return result;
  }
}
