package dk.styrbord.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.styrbord.data.Catalog;
import dk.styrbord.data.DatasetLoader;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class PriceVolumeTest {
  // Own (code 1): 1,000 aged 18-64; §108 4 recipients for 2,000,000; §85 10 for 300,000.
  // Reference (code 2): 2,000 aged 18-64; §108 5 for 3,000,000; §85 20 for 400,000.
  private final Table population = Fixtures.population("1,A,2024,0,1000,0,1000,x\n2,B,2024,0,2000,0,2000,x\n");
  private final Table spending = Fixtures.spending(
      "1,A,2024,5.38.50,h,adults,2000000,0,x\n1,A,2024,5.38.38,s,adults,300000,0,x\n"
          + "2,B,2024,5.38.50,h,adults,3000000,0,x\n2,B,2024,5.38.38,s,adults,400000,0,x\n");
  private final Table recipients = Fixtures.recipients(
      "1,A,2024,§108,h,adults,5.38.50,4\n1,A,2024,§85,s,adults,5.38.38,10\n"
          + "2,B,2024,§108,h,adults,5.38.50,5\n2,B,2024,§85,s,adults,5.38.38,20\n");

  private PriceVolumeSplit split() {
    return PriceVolume.split(spending, population, recipients, Area.ADULTS,
        PriceVolume.Side.of("A", 1, 2024), PriceVolume.Side.of("B", 2, 2024));
  }

  @Test
  void eachMeasureSplitsAsWorkedByHand() {
    Table t = split().table();
    // §108: V 4 vs 2.5 per 1,000, P 500,000 vs 600,000, S 2,000 vs 1,500.
    // volume (4 - 2.5) * (500,000 + 600,000) / 2 / 1000 = 825; price -100,000 * (4 + 2.5) / 2 / 1000 = -325
    assertEquals(4.0, t.doubleColumn("volume").get(0), 1e-12);
    assertEquals(2.5, t.doubleColumn("volume_ref").get(0), 1e-12);
    assertEquals(500000.0, t.doubleColumn("unit_price").get(0), 1e-9);
    assertEquals(500.0, t.doubleColumn("gap").get(0), 1e-9);
    assertEquals(825.0, t.doubleColumn("volume_effect").get(0), 1e-9);
    assertEquals(-325.0, t.doubleColumn("price_effect").get(0), 1e-9);
    // §85: same volume (10 per 1,000), price 30,000 vs 20,000: all 100 of the gap is price
    assertEquals(0.0, t.doubleColumn("volume_effect").get(1), 1e-9);
    assertEquals(100.0, t.doubleColumn("price_effect").get(1), 1e-9);
  }

  @Test
  void theTotalRowAddsUp() {
    PriceVolumeSplit s = split();
    assertEquals(600.0, s.gap(), 1e-9);
    assertEquals(825.0, s.volumeEffect(), 1e-9);
    assertEquals(-225.0, s.priceEffect(), 1e-9);
    // total unit price = spending per inhabitant / recipients per 1,000 * 1000: 2,300 / 14 * 1000
    assertEquals(2300.0 / 14 * 1000, s.table().doubleColumn("unit_price").get(2), 1e-6);
  }

  @Test
  void spendingWithoutRecipientsIsReportedNotSplit() {
    Table rec = Fixtures.recipients(
        "1,A,2024,§108,h,adults,5.38.50,0\n1,A,2024,§85,s,adults,5.38.38,10\n"
            + "2,B,2024,§108,h,adults,5.38.50,5\n2,B,2024,§85,s,adults,5.38.38,20\n");
    PriceVolumeSplit s = PriceVolume.split(spending, population, rec, Area.ADULTS,
        PriceVolume.Side.of("A", 1, 2024), PriceVolume.Side.of("B", 2, 2024));
    assertEquals(500.0, s.table().doubleColumn("unallocated").get(0), 1e-9);
    assertEquals(0.0, s.table().doubleColumn("volume_effect").get(0), 1e-9);
    assertEquals(600.0, s.volumeEffect() + s.priceEffect() + s.unallocated(), 1e-9);
  }

  @Test
  void noSpendingAndNoRecipientsIsAllVolume() {
    Table spend = Fixtures.spending(
        "1,A,2024,5.38.50,h,adults,0,0,x\n1,A,2024,5.38.38,s,adults,300000,0,x\n"
            + "2,B,2024,5.38.50,h,adults,3000000,0,x\n2,B,2024,5.38.38,s,adults,400000,0,x\n");
    Table rec = Fixtures.recipients(
        "1,A,2024,§108,h,adults,5.38.50,0\n1,A,2024,§85,s,adults,5.38.38,10\n"
            + "2,B,2024,§108,h,adults,5.38.50,5\n2,B,2024,§85,s,adults,5.38.38,20\n");
    PriceVolumeSplit s = PriceVolume.split(spend, population, rec, Area.ADULTS,
        PriceVolume.Side.of("A", 1, 2024), PriceVolume.Side.of("B", 2, 2024));
    // A has no §108 at all: the whole gap of -1,500 is volume (2.5 fewer per 1,000 at 600,000 each)
    assertEquals(-1500.0, s.table().doubleColumn("volume_effect").get(0), 1e-9);
    assertEquals(0.0, s.table().doubleColumn("price_effect").get(0), 1e-9);
  }

  @Test
  void gapSplitsExactlyIntoVolumeAndPriceForEveryBundledMunicipality() {
    Catalog catalog = Catalog.bundled();
    Table pop = DatasetLoader.load(catalog, "population");
    Table spend = DatasetLoader.load(catalog, "spending");
    Table rec = DatasetLoader.load(catalog, "recipients");
    List<Integer> all = IntStream.of(pop.intColumn("code").unique().asIntArray()).boxed().toList();
    for (Area area : Area.values()) {
      for (int code : all) {
        PriceVolumeSplit s = PriceVolume.split(spend, pop, rec, area,
            PriceVolume.Side.of("own", code, 2024), PriceVolume.Side.of("all", all, 2024));
        Table t = s.table();
        for (int row = 0; row < t.rowCount(); row++) {
          double sum = t.doubleColumn("volume_effect").get(row) + t.doubleColumn("price_effect").get(row)
              + t.doubleColumn("unallocated").get(row);
          assertEquals(t.doubleColumn("gap").get(row), sum, 1e-9 * Math.max(1, Math.abs(sum)), area + " " + code + " row " + row);
        }
      }
    }
  }
}
