package dk.styrbord.data.generator;

import static dk.styrbord.data.generator.BundledCsv.integer;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PopulationDatasetTest {
  private final List<Map<String, String>> rows = BundledCsv.read("population.csv");

  @Test
  void totals2020AreFolk1a2020K1() {
    assertTotal(350, 2020, 27_996, "FOLK1A 2020K1");
    assertTotal(360, 2020, 41_105, "FOLK1A 2020K1");
    assertTotal(773, 2020, 20_247, "FOLK1A 2020K1");
    assertTotal(223, 2020, 24_864, "FOLK1A 2020K1");
    assertTotal(573, 2020, 49_961, "FOLK1A 2020K1");
    assertTotal(540, 2020, 74_220, "FOLK1A 2020K1");
  }

  @Test
  void totals2024AreFolk1amJanuaryNotApril() {
    assertTotal(350, 2024, 29_347, "FOLK1AM 2024M01");
    assertTotal(360, 2024, 39_632, "FOLK1AM 2024M01");
  }

  @Test
  void ninetyEightTotalsPlusChristiansoeGiveHeleLandet() {
    assertEquals(5_822_763 - 84, sum(2020));
    assertEquals(5_961_249 - 91, sum(2024));
  }

  @Test
  void everyTotalIsTheSumOfItsBands() {
    assertEquals(98 * 9, rows.size());
    for (Map<String, String> r : rows) {
      assertEquals(integer(r, "total"), integer(r, "age_0_17") + integer(r, "age_18_64") + integer(r, "age_65_plus"),
          r.get("municipality") + " " + r.get("year"));
    }
  }

  @Test
  void estimatesSayHowTheyWereMade() {
    Map<String, String> r2021 = row(350, 2021);
    Map<String, String> r2016 = row(350, 2016);
    assertEquals("estimate: linear interpolation FOLK1A 2020K1 to FOLK1AM 2021M10", r2021.get("total_source"));
    assertEquals("estimate: back-cast at own average annual growth 2020-2024", r2016.get("total_source"));
  }

  private long sum(int year) {
    return rows.stream().filter(r -> integer(r, "year") == year).mapToLong(r -> integer(r, "total")).sum();
  }

  private void assertTotal(int code, int year, int total, String source) {
    Map<String, String> r = row(code, year);
    assertEquals(total, integer(r, "total"));
    assertEquals(source, r.get("total_source"));
  }

  private Map<String, String> row(int code, int year) {
    return rows.stream().filter(r -> integer(r, "code") == code && integer(r, "year") == year).findFirst().orElseThrow();
  }
}
