package dk.styrbord.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.styrbord.WorkbenchException;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class CostDriversTest {

  private static Table perInhabitant() {
    StringBuilder rows = new StringBuilder("code,municipality,year,dkk,population,per_inhabitant\n");
    for (int code = 1; code <= 12; code++) {
      rows.append(code).append(",M").append(code).append(",2024,0,1,").append(1000 + 100 * code + (code % 3) * 7).append('\n');
    }
    return Fixtures.csv("spending per inhabitant", rows.toString());
  }

  private static Table socioeconomic() {
    StringBuilder rows = new StringBuilder(
        "code,municipality,year,socioeconomic_index,disability_pension_share,basic_schooling_share,taxable_income_per_inhabitant\n");
    for (int code = 1; code <= 12; code++) {
      rows.append(code).append(",M").append(code).append(",2024,").append(0.5 + 0.1 * code).append(',')
          .append(5 + (code % 4)).append(',').append(20 + (code % 5)).append(',').append(200000 + 1000 * code).append('\n');
    }
    return Fixtures.csv("socioeconomic", rows.toString());
  }

  @Test
  void theCrossSectionJoinsEachMunicipalitysOwnFactors() {
    Table t = CostDrivers.crossSection(perInhabitant(), socioeconomic(), 2024);
    assertEquals(12, t.rowCount());
    assertEquals(0.6, t.doubleColumn("socioeconomic_index").get(0), 1e-12);
    assertEquals(1.7, t.doubleColumn("socioeconomic_index").get(11), 1e-12);
    assertEquals(212.0, t.doubleColumn("taxable_income_1000").get(11), 1e-12);
  }

  @Test
  void aPerfectlyLinearDriverIsRecovered() {
    // per_inhabitant = 1000 + 100 * code + (code % 3) * 7 and index = 0.5 + 0.1 * code,
    // so the slope on the index is close to 1000 and the model explains nearly all variation
    CostDrivers d = CostDrivers.fit(perInhabitant(), socioeconomic(), 2024, Fixtures.info(PriceBasis.CURRENT), "socioeconomic_index");
    assertEquals(1000.0, d.model().coefficients()[1], 10.0);
    assertEquals(12, d.expected().rowCount());
  }

  @Test
  void anUnknownFactorListsTheValidOnes() {
    WorkbenchException e = assertThrows(WorkbenchException.class,
        () -> CostDrivers.fit(perInhabitant(), socioeconomic(), 2024, Fixtures.info(PriceBasis.CURRENT), "income"));
    assertEquals("Unknown factor \"income\". Factors: socioeconomic_index, disability_pension_share, "
        + "basic_schooling_share, taxable_income_1000.", e.getMessage());
  }
}
