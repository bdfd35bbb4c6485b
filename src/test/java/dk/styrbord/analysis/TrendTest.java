package dk.styrbord.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.styrbord.WorkbenchException;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class TrendTest {
  // Municipality 1 spends 100, 110, 121 per inhabitant; the country 200, 200, 220.
  private final Table perInhabitant = Fixtures.csv("spending per inhabitant",
      "code,municipality,year,dkk,population,per_inhabitant\n"
          + "1,A,2020,1000,10,100\n1,A,2021,1100,10,110\n1,A,2022,1210,10,121\n");
  private final Table national = Fixtures.csv("national", "year,dkk,population,per_inhabitant\n"
      + "2020,2000,10,200\n2021,2000,10,200\n2022,2200,10,220\n");
  private final Table priceIndex = Fixtures.csv("price_index", "year,index,source\n2020,90,x\n2021,95,x\n2022,100,x\n");

  @Test
  void indexChangeAndGrowthAreWorkedByHand() {
    Trend trend = Trend.of(perInhabitant, national, PriceIndex.of(priceIndex), 1, java.util.List.of(), 2022, Fixtures.info(PriceBasis.CURRENT));
    Table t = trend.table();
    assertEquals(110.0, t.doubleColumn("index_first_year").get(1), 1e-9);
    assertEquals(121.0, t.doubleColumn("index_first_year").get(2), 1e-9);
    assertTrue(t.doubleColumn("change_pct").isMissing(0));
    assertEquals(10.0, t.doubleColumn("change_pct").get(2), 1e-9);
    // 100 / 200 and 121 / 220 of the national level
    assertEquals(50.0, t.doubleColumn("index_national").get(0), 1e-9);
    assertEquals(55.0, t.doubleColumn("index_national").get(2), 1e-9);
    // (121 / 100)^(1/2) - 1 = 10 %
    assertEquals(10.0, trend.growthCurrent(), 1e-9);
  }

  @Test
  void fixedPricesUseTheBaseYearsIndex() {
    Trend trend = Trend.of(perInhabitant, national, PriceIndex.of(priceIndex), 1, java.util.List.of(), 2022, Fixtures.info(PriceBasis.CURRENT));
    // 100 in 2020 prices is 100 * 100 / 90 = 111.11 in 2022 prices; 2022 stays 121
    assertEquals(1000.0 / 9, trend.table().doubleColumn("per_inhabitant_fixed").get(0), 1e-9);
    assertEquals(121.0, trend.table().doubleColumn("per_inhabitant_fixed").get(2), 1e-9);
    // (121 / 111.11)^(1/2) - 1 = sqrt(1.089) - 1
    assertEquals(100 * (Math.sqrt(1.089) - 1), trend.growthFixed(), 1e-9);
  }

  @Test
  void indicesChangesAndTheNationalLevelAreInFixedPricesByDefault() {
    Trend trend = Trend.of(perInhabitant, national, PriceIndex.of(priceIndex), 1, java.util.List.of(), 2022,
        Fixtures.info(PriceBasis.fixed(2022)));
    Table t = trend.table();
    // 2020: 100 * 100 / 90 = 111.11 in 2022 prices; 2022: 121. Index 121 / 111.11 * 100 = 108.9
    assertEquals(100 * 121 / (100 * 100 / 90.0), t.doubleColumn("index_first_year").get(2), 1e-9);
    // 2021 -> 2022: 110 * 100 / 95 = 115.79 -> 121: +4.5 %
    assertEquals(100 * (121 / (110 * 100 / 95.0) - 1), t.doubleColumn("change_pct").get(2), 1e-9);
    assertEquals(200 * 100 / 90.0, t.doubleColumn("national").get(0), 1e-9);
    // the index against the national level is a ratio in one year: the same in either basis
    assertEquals(50.0, t.doubleColumn("index_national").get(0), 1e-9);
    assertEquals(100 * (121 / (100 * 100 / 90.0) - 1), trend.changePercent(2020, 2022), 1e-9);
  }

  @Test
  void aYearMissingFromThePriceIndexIsNamed() {
    WorkbenchException e = assertThrows(WorkbenchException.class, () -> Trend.of(perInhabitant, national, PriceIndex.of(priceIndex), 1, java.util.List.of(), 2030, Fixtures.info(PriceBasis.CURRENT)));
    assertEquals("The price index has no year 2030. Years: [2020, 2021, 2022].", e.getMessage());
  }
}
