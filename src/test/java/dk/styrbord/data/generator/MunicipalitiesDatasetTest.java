package dk.styrbord.data.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MunicipalitiesDatasetTest {
  private final List<Map<String, String>> rows = BundledCsv.read("municipalities.csv");

  @Test
  void ninetyEightMunicipalitiesWithoutChristiansoe() {
    assertEquals(98, rows.size());
    assertTrue(rows.stream().noneMatch(r -> r.get("code").equals("411")));
  }

  @Test
  void regionCountsAreThoseOfTheOfficialDivision() {
    Map<String, Long> perRegion = rows.stream().collect(Collectors.groupingBy(r -> r.get("region"), Collectors.counting()));
    assertEquals(Map.of("Region Hovedstaden", 29L, "Region Sjælland", 17L, "Region Syddanmark", 22L,
        "Region Midtjylland", 19L, "Region Nordjylland", 11L), perRegion);
    List<Map<String, String>> regions = BundledCsv.read("regions.csv");
    assertEquals(List.of("11", "19", "22", "29", "17"), regions.stream().map(r -> r.get("municipalities")).collect(Collectors.toList()));
  }

  @Test
  void namesRegionsAndGroupsAgreeWithTheTableInDataSources() {
    assertRow(350, "Lejre", "85", "Oplandskommuner");
    assertRow(751, "Aarhus", "82", "Storbykommuner");
    assertRow(169, "Høje-Taastrup", "84", "Hovedstadskommuner");
    assertRow(810, "Brønderslev", "81", "Landkommuner");
    assertRow(253, "Greve", "85", "Hovedstadskommuner");
    assertRow(615, "Horsens", "82", "Provinsbykommuner");
    assertRow(400, "Bornholm", "84", "Landkommuner");
  }

  @Test
  void groupSizesAreDstsKommunegrupper() {
    Map<String, Long> perGroup = rows.stream().collect(Collectors.groupingBy(r -> r.get("dst_group"), Collectors.counting()));
    assertEquals(Map.of("Hovedstadskommuner", 24L, "Storbykommuner", 3L, "Provinsbykommuner", 16L,
        "Oplandskommuner", 24L, "Landkommuner", 31L), perGroup);
  }

  @Test
  void variantNamesPointAtTheRightCode() {
    Map<String, String> codes = BundledCsv.read("municipality_names.csv").stream()
        .collect(Collectors.toMap(r -> r.get("name"), r -> r.get("code")));
    assertEquals("751", codes.get("Århus"));
    assertEquals("810", codes.get("Brønderslev-Dronninglund"));
    assertEquals("820", codes.get("Vesthimmerland"));
    assertEquals("101", codes.get("Copenhagen"));
    assertEquals("400", codes.get("Bornholms Regionskommune"));
  }

  private void assertRow(int code, String name, String region, String group) {
    Map<String, String> row = rows.stream().filter(r -> r.get("code").equals(String.valueOf(code))).findFirst().orElseThrow();
    assertEquals(name, row.get("name"));
    assertEquals(region, row.get("region_code"));
    assertEquals(group, row.get("dst_group"));
    assertEquals(group, row.get("comparison_group"));
  }
}
