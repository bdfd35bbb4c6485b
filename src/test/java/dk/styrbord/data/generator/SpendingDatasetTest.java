package dk.styrbord.data.generator;

import static dk.styrbord.data.generator.BundledCsv.integer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpendingDatasetTest {
  private final List<Map<String, String>> rows = BundledCsv.read("spending.csv");

  @Test
  void officialRowsAreRegk31AsPublished() {
    Map<String, String> lolland = row(360, 2024, "5.28.22");
    assertEquals(2545, integer(lolland, "per_inhabitant"));
    assertEquals("Plejefamilier", lolland.get("function_name"));
    assertEquals("REGK31 INDL × population", lolland.get("source"));
    assertEquals(2545L * 39_632, Long.parseLong(lolland.get("net_dkk")));
    assertEquals(-7, integer(row(530, 2024, "5.38.45"), "per_inhabitant"));
  }

  @Test
  void populationWeightedMeanReproducesHeleLandet() {
    assertNationalWithin("5.28.22", 2024, 732, 3);
    assertNationalWithin("5.28.21", 2024, 1351, 3);
    assertNationalWithin("5.28.22", 2016, 642, 3);
  }

  @Test
  void syntheticLevelsAreCalibratedFor2024() {
    assertNationalWithin("5.38.50", 2024, 1200, 2);
    assertNationalWithin("5.38.38", 2024, 700, 2);
    assertNationalWithin("5.28.20", 2024, 430, 2);
  }

  @Test
  void syntheticPerInhabitantIsNetOverPopulation() {
    Map<Integer, Integer> totals = new HashMap<>();
    BundledCsv.read("population.csv").stream().filter(r -> integer(r, "year") == 2024)
        .forEach(r -> totals.put(integer(r, "code"), integer(r, "total")));
    for (Map<String, String> r : rows) {
      if (r.get("source").equals("synthetic") && integer(r, "year") == 2024) {
        long expected = Math.round(Double.parseDouble(r.get("net_dkk")) / totals.get(integer(r, "code")));
        assertEquals(expected, integer(r, "per_inhabitant"), r.toString());
      }
    }
  }

  @Test
  void nominalGrowthIsAFewPercentAYear() {
    double growth = Math.pow(national("5.38.50", 2024) / national("5.38.50", 2016), 1 / 8.0) - 1;
    assertTrue(growth > 0.02 && growth < 0.05, "5.38.50 growth " + growth);
  }

  private void assertNationalWithin(String function, int year, double expected, double tolerance) {
    double mean = national(function, year);
    assertTrue(Math.abs(mean - expected) <= tolerance, function + " " + year + ": " + mean);
  }

  private double national(String function, int year) {
    double net = rows.stream()
        .filter(r -> r.get("function").equals(function) && integer(r, "year") == year)
        .mapToDouble(r -> Double.parseDouble(r.get("net_dkk")))
        .sum();
    return net / populationOf(year);
  }

  private static double populationOf(int year) {
    return BundledCsv.read("population.csv").stream().filter(r -> integer(r, "year") == year)
        .mapToLong(r -> integer(r, "total")).sum();
  }

  private Map<String, String> row(int code, int year, String function) {
    return rows.stream()
        .filter(r -> integer(r, "code") == code && integer(r, "year") == year && r.get("function").equals(function))
        .findFirst().orElseThrow();
  }
}
