package dk.styrbord.data.generator;

import static dk.styrbord.data.generator.BundledCsv.integer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shapes of the five seed stories, measured on the bundled files. */
class SeedStoriesTest {
  private static final Set<String> ADULT_MEASURES = Set.of("§108", "§107", "§85", "§103", "§104");
  private final Map<String, Map<String, String>> municipalities = new HashMap<>();
  private final Map<String, Integer> adults = new HashMap<>();
  private final Map<String, Integer> totals = new HashMap<>();
  private final Map<String, Double> spending = new HashMap<>();
  private final Map<String, Integer> recipients = new HashMap<>();

  SeedStoriesTest() {
    BundledCsv.read("municipalities.csv").forEach(r -> municipalities.put(r.get("code"), r));
    for (Map<String, String> r : BundledCsv.read("population.csv")) {
      adults.put(key(r.get("code"), r.get("year")), integer(r, "age_18_64"));
      totals.put(key(r.get("code"), r.get("year")), integer(r, "total"));
    }
    for (Map<String, String> r : BundledCsv.read("spending.csv")) {
      spending.merge(key(r.get("code"), r.get("year"), r.get("area")), Double.parseDouble(r.get("net_dkk")), Double::sum);
      spending.put(key(r.get("code"), r.get("year"), r.get("function")), Double.parseDouble(r.get("net_dkk")));
    }
    for (Map<String, String> r : BundledCsv.read("recipients.csv")) {
      recipients.put(key(r.get("code"), r.get("year"), r.get("measure")), integer(r, "recipients"));
    }
  }

  @Test
  void lollandSpendsMostPerAdultEveryYear() {
    for (int year = 2016; year <= 2024; year++) {
      int y = year;
      String top = municipalities.keySet().stream()
          .max((a, b) -> Double.compare(perAdult(a, y), perAdult(b, y))).orElseThrow();
      assertEquals("360", top, "year " + year);
    }
  }

  @Test
  void lollandsUnitPricesAreInTheCheapestQuartile() {
    for (int year = 2016; year <= 2024; year++) {
      int y = year;
      assertCheapestQuartile(code -> spending.get(key(code, y, "adults")) / adultRecipients(code, y), "5.38 " + y);
      assertCheapestQuartile(code -> unitPrice(code, y, "5.38.50", "§108"), "§108 " + y);
      assertCheapestQuartile(code -> unitPrice(code, y, "5.38.38", "§85"), "§85 " + y);
      assertCheapestQuartile(code -> unitPrice(code, y, "5.38.59", "§104"), "§104 " + y);
    }
  }

  @Test
  void morsoeCutsItsVolumesAsTheStoryTells() {
    assertEquals(-48, change("773", Set.of("§85")), 2);
    assertEquals(-23, change("773", Set.of("§107")), 2);
    assertEquals(-18, change("773", Set.of("§103", "§104")), 2);
    assertTrue(spending.get(key("773", 2021, "adults")) < spending.get(key("773", 2019, "adults")));
  }

  @Test
  void morsoesGroupRisesMeanwhile() {
    for (Set<String> measures : List.of(Set.of("§85"), Set.of("§107"), Set.of("§103", "§104"))) {
      double before = 0;
      double after = 0;
      for (String code : group("Landkommuner")) {
        if (!code.equals("773")) {
          before += sum(code, 2019, measures);
          after += sum(code, 2021, measures);
        }
      }
      assertTrue(after > before, measures.toString());
    }
  }

  @Test
  void hoersholmRisesFasterThanTheCountryAndItsNeedRisesToo() {
    for (String area : List.of("adults", "children")) {
      assertTrue(growth("223", area) > nationalGrowth(area), area);
    }
    Map<Integer, Double> index = new HashMap<>();
    BundledCsv.read("socioeconomic.csv").stream().filter(r -> r.get("code").equals("223"))
        .forEach(r -> index.put(integer(r, "year"), Double.parseDouble(r.get("socioeconomic_index"))));
    assertTrue(index.get(2024) > index.get(2016));
    assertTrue(index.get(2024) / index.get(2016) - 1 < growth("223", "adults") - nationalGrowth("adults"),
        "need explains only part of the extra rise");
  }

  @Test
  void lejreSpendsClearlyMoreThanItsComparisonGroup() {
    List<String> peers = new ArrayList<>(group("Oplandskommuner"));
    peers.remove("350");
    for (int year = 2016; year <= 2024; year++) {
      int y = year;
      double groupPerAdult = peers.stream().mapToDouble(c -> spending.get(key(c, y, "adults"))).sum()
          / peers.stream().mapToDouble(c -> adults.get(key(c, y))).sum();
      assertTrue(perAdult("350", y) > 1.15 * groupPerAdult, "year " + y);
      double groupHousing = peers.stream().mapToDouble(c -> sum(c, y, Set.of("§107", "§108", "§85"))).sum()
          / peers.stream().mapToDouble(c -> adults.get(key(c, y))).sum();
      assertTrue(sum("350", y, Set.of("§107", "§108", "§85")) / adults.get(key("350", y)) > 1.3 * groupHousing);
    }
  }

  @Test
  void socioeconomicIndexAveragesExactlyOne() {
    Map<Integer, double[]> sums = new HashMap<>();
    for (Map<String, String> r : BundledCsv.read("socioeconomic.csv")) {
      double[] s = sums.computeIfAbsent(integer(r, "year"), y -> new double[2]);
      int total = totals.get(key(r.get("code"), r.get("year")));
      s[0] += Double.parseDouble(r.get("socioeconomic_index")) * total;
      s[1] += total;
    }
    sums.forEach((year, s) -> assertEquals("1.000", String.format(java.util.Locale.ROOT, "%.3f", s[0] / s[1]), "year " + year));
  }

  private void assertCheapestQuartile(java.util.function.Function<String, Double> price, String what) {
    List<Double> prices = new ArrayList<>();
    municipalities.keySet().forEach(code -> prices.add(price.apply(code)));
    prices.removeIf(p -> p.isNaN() || p.isInfinite());
    long cheaper = prices.stream().filter(p -> p < price.apply("360")).count();
    assertTrue(cheaper < prices.size() / 4.0, what + ": " + cheaper + " cheaper");
  }

  private double unitPrice(String code, int year, String function, String measure) {
    return spending.get(key(code, year, function)) / recipients.get(key(code, year, measure));
  }

  private double perAdult(String code, int year) {
    return spending.get(key(code, year, "adults")) / adults.get(key(code, year));
  }

  private double adultRecipients(String code, int year) {
    return sum(code, year, ADULT_MEASURES);
  }

  private double sum(String code, int year, Set<String> measures) {
    return measures.stream().mapToInt(m -> recipients.get(key(code, year, m))).sum();
  }

  private double change(String code, Set<String> measures) {
    return 100 * (sum(code, 2021, measures) / sum(code, 2019, measures) - 1);
  }

  private double growth(String code, String area) {
    return perInhabitant(List.of(code), 2024, area) / perInhabitant(List.of(code), 2016, area) - 1;
  }

  private double nationalGrowth(String area) {
    List<String> all = new ArrayList<>(municipalities.keySet());
    return perInhabitant(all, 2024, area) / perInhabitant(all, 2016, area) - 1;
  }

  private double perInhabitant(List<String> codes, int year, String area) {
    return codes.stream().mapToDouble(c -> spending.get(key(c, year, area))).sum()
        / codes.stream().mapToDouble(c -> totals.get(key(c, year))).sum();
  }

  private List<String> group(String group) {
    return municipalities.values().stream().filter(r -> r.get("dst_group").equals(group))
        .map(r -> r.get("code")).toList();
  }

  private static String key(Object... parts) {
    StringBuilder k = new StringBuilder();
    for (Object p : parts) {
      k.append(p).append('|');
    }
    return k.toString();
  }
}
