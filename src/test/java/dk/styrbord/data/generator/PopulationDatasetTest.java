package dk.styrbord.data.generator;

import static dk.styrbord.data.generator.BundledCsv.integer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PopulationDatasetTest {
  private static final String BAND_SPLIT =
      "K1: 65+ official; 0-17 = official 0-14 + 15-17 estimated (15-19 split by own FOLK1A 2014K1 share)";
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

  /** Reference values of shared/data-raw/CPop-SDU__statbank_dk_weekly_data/PROVENANCE.md (total / 65+). */
  @Test
  void totalsAndElderly2016AreFolk1b() {
    assertTotalAndElderly(350, 27_317, 5_751);
    assertTotalAndElderly(360, 42_638, 11_728);
    assertTotalAndElderly(773, 20_629, 5_003);
    assertTotalAndElderly(223, 24_965, 6_719);
    assertTotalAndElderly(573, 50_289, 10_401);
    assertTotalAndElderly(540, 74_737, 17_257);
  }

  /** Reference values of shared/data-raw/cran__dagirlite/PROVENANCE.md (FOLK1A 2021K1). */
  @Test
  void totals2021AreFolk1a2021K1() {
    assertTotal(350, 2021, 28_173, "FOLK1A 2021K1");
    assertTotal(360, 2021, 40_539, "FOLK1A 2021K1");
    assertTotal(773, 2021, 20_066, "FOLK1A 2021K1");
    assertTotal(223, 2021, 24_917, "FOLK1A 2021K1");
    assertTotal(573, 2021, 49_628, "FOLK1A 2021K1");
    assertTotal(540, 2021, 73_831, "FOLK1A 2021K1");
  }

  @Test
  void totals2024AreFolk1amJanuaryNotApril() {
    assertTotal(350, 2024, 29_347, "FOLK1AM 2024M01");
    assertTotal(360, 2024, 39_632, "FOLK1AM 2024M01");
  }

  /** Hele landet minus Christiansø (91 in 2016, 90 in 2021, 84 in 2020, 91 in 2024M01). */
  @Test
  void ninetyEightTotalsPlusChristiansoeGiveHeleLandet() {
    assertEquals(5_707_251 - 91, sum(2016));
    assertEquals(5_822_763 - 84, sum(2020));
    assertEquals(5_840_045 - 90, sum(2021));
    assertEquals(5_961_249 - 91, sum(2024));
  }

  /** Every year 2016–2019: Σ of the 98 = FOLK1B's All Denmark − Christiansø, both read from the raw extract here. */
  @Test
  void ninetyEightTotalsAgreeWithTheRawFolk1bFile() {
    for (int year = 2016; year <= 2019; year++) {
      assertEquals(raw("All Denmark", "Total", year) - raw("Christiansø", "Total", year), sum(year), "year " + year);
    }
  }

  /**
   * Lejre 2016, by hand from the raw files. FOLK1B 2016Q1: 0-4 1,230, 5-9 1,822, 10-14 1,947, so 0-14 = 4,999;
   * 15-19 = 1,905. FOLK1A 2014K1 Lejre (men + women): 15 213+198, 16 186+182, 17 212+198 → 15-17 = 1,189;
   * 18 201+155, 19 182+168 → 15-19 = 1,895; share 1,189 / 1,895 = 0.62744. Hele landet (FOLK1A, OMRÅDE 000):
   * 15-17 / 15-19 = 208,754 / 356,746 = 0.58516 in 2014K1 and 207,186 / 350,964 = 0.59033 in 2016K1.
   * 15-17 = 1,905 × 0.62744 × 0.59033 / 0.58516 = 1,205.84 → 1,206; 0-17 = 4,999 + 1,206 = 6,205;
   * 18-64 = 27,317 − 6,205 − 5,751 = 15,361.
   */
  @Test
  void lejre2016SplitsFifteenToNineteenByItsOwn2014Share() {
    Map<String, String> r = row(350, 2016);
    assertEquals(6_205, integer(r, "age_0_17"));
    assertEquals(15_361, integer(r, "age_18_64"));
    assertEquals("FOLK1B 2016" + BAND_SPLIT, r.get("age_source"));
  }

  /** Aarhus is in the single-age file: 0-17 is its official sum of ages 0-17 there, 65+ FOLK1B's. */
  @Test
  void aarhusBandsAreOfficialFrom2016To2020() {
    for (int year = 2016; year <= 2020; year++) {
      Map<String, String> r = row(751, year);
      assertEquals(singleAges0To17("751", year), integer(r, "age_0_17"), "year " + year);
      assertEquals(raw("Aarhus", "65+", year), integer(r, "age_65_plus"), "year " + year);
      assertTrue(r.get("age_source").endsWith("all bands official"), r.get("age_source"));
    }
  }

  @Test
  void elderlyAreFolk1bSixtyFivePlusEveryYearTo2020() {
    for (int year = 2016; year <= 2020; year++) {
      assertEquals(raw("Lolland", "65+", year), integer(row(360, year), "age_65_plus"));
      assertEquals(raw("Copenhagen", "65+", year), integer(row(101, year), "age_65_plus"));
    }
  }

  /** 2024 shares = 2020 share + (2020 share − 2016 share) / 4 × 4, recomputed from the bundled rows. */
  @Test
  void bandsAfter2020ContinueTheOwn2016To2020Trend() {
    for (int code : List.of(350, 360, 773, 223, 573, 540)) {
      Map<String, String> r2024 = row(code, 2024);
      int total = integer(r2024, "total");
      for (String band : List.of("age_0_17", "age_65_plus")) {
        double s2016 = share(row(code, 2016), band);
        double s2020 = share(row(code, 2020), band);
        assertEquals(Math.round(total * (2 * s2020 - s2016)), integer(r2024, band), code + " " + band);
      }
      assertEquals(PopulationDataset.TREND_SOURCE, r2024.get("age_source"));
    }
  }

  @Test
  void everyTotalIsTheSumOfItsBands() {
    assertEquals(98 * 9, rows.size());
    for (Map<String, String> r : rows) {
      assertEquals(integer(r, "total"), integer(r, "age_0_17") + integer(r, "age_18_64") + integer(r, "age_65_plus"),
          r.get("municipality") + " " + r.get("year"));
    }
  }

  private double share(Map<String, String> r, String band) {
    return (double) integer(r, band) / integer(r, "total");
  }

  /** A sum of FOLK1B's raw groups: "Total", or "65+" for the eight groups from 65-69 up. */
  private static int raw(String area, String group, int year) {
    int sum = 0;
    for (List<String> r : SourceText.rows(Path.of("data/sources/FOLK1B_2016-2020K1_age_groups.csv"), ',')) {
      boolean wanted = group.equals("65+")
          ? r.get(1).matches("(6[5-9]|[7-9]\\d|100).*")
          : r.get(1).equals(group);
      if (r.get(0).equals(area) && r.get(2).equals(year + "Q1") && wanted) {
        sum += Integer.parseInt(r.get(3));
      }
    }
    return sum;
  }

  private static int singleAges0To17(String area, int year) {
    int sum = 0;
    for (List<String> r : SourceText.rows(Path.of("data/sources/FOLK1A_age_2008-2020.csv"), ';')) {
      if (r.get(0).equals(area) && r.get(3).equals(year + "K1") && Integer.parseInt(r.get(2)) <= 17) {
        sum += Integer.parseInt(r.get(4));
      }
    }
    return sum;
  }

  private long sum(int year) {
    return rows.stream().filter(r -> integer(r, "year") == year).mapToLong(r -> integer(r, "total")).sum();
  }

  private void assertTotalAndElderly(int code, int total, int elderly) {
    assertTotal(code, 2016, total, "FOLK1B 2016K1");
    assertEquals(elderly, integer(row(code, 2016), "age_65_plus"));
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
