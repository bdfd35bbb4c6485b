package dk.styrbord.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class PriceVolumeTest {
  // Own (code 1): 1,000 aged 18-64; §108 4 recipients for 2,000,000; §85 10 for 300,000; 5.38.45 100,000.
  // Reference (code 2): 2,000 aged 18-64; §108 5 for 3,000,000; §85 20 for 400,000; 5.38.45 100,000.
  private final Table population = Fixtures.population("1,A,2024,0,1000,0,1000,x\n2,B,2024,0,2000,0,2000,x\n");
  private final Table spending = Fixtures.spending(
      "1,A,2024,5.38.50,h,adults,2000000,0,x\n1,A,2024,5.38.38,s,adults,300000,0,x\n1,A,2024,5.38.45,o,adults,100000,0,x\n"
          + "2,B,2024,5.38.50,h,adults,3000000,0,x\n2,B,2024,5.38.38,s,adults,400000,0,x\n2,B,2024,5.38.45,o,adults,100000,0,x\n");
  private final Table recipients = Fixtures.recipients(
      "1,A,2024,§108,h,adults,5.38.50,4\n1,A,2024,§85,s,adults,5.38.38,10\n"
          + "2,B,2024,§108,h,adults,5.38.50,5\n2,B,2024,§85,s,adults,5.38.38,20\n");
  private final PriceIndex index = PriceIndex.of(Fixtures.csv("price_index", "year,index,source\n2023,80,x\n2024,100,x\n"));

  private PriceVolumeSplit split(Table spend, Table rec) {
    return PriceVolume.split(spend, population, rec, index, Area.ADULTS,
        PriceVolume.Side.of("A", 1, 2024), PriceVolume.Side.of("B", 2, 2024), Fixtures.info(PriceBasis.CURRENT));
  }

  @Test
  void eachMeasureSplitsAsWorkedByHand() {
    Table t = split(spending, recipients).table();
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
  void spendingOnFunctionsWithoutRecipientsIsItsOwnRowAndPartOfTheGap() {
    PriceVolumeSplit s = split(spending, recipients);
    Table t = s.table();
    // 5.38.45: 100,000 / 1,000 = 100 against 100,000 / 2,000 = 50 per inhabitant: 50 not split
    assertEquals(3, t.rowCount());
    assertFalse(t.booleanColumn("split").get(2));
    assertEquals("5.38.45", t.stringColumn("functions").get(2));
    assertEquals(50.0, t.doubleColumn("not_split").get(2), 1e-9);
    // the whole area: 2,400 - 1,750 = 650 = 825 volume - 225 price + 50 not split
    assertEquals(650.0, s.gap(), 1e-9);
    assertEquals(825.0, s.volumeEffect(), 1e-9);
    assertEquals(-225.0, s.priceEffect(), 1e-9);
    assertEquals(50.0, s.notSplit(), 1e-9);
    assertEquals(2, s.measures().rowCount());
  }

  @Test
  void aMeasureWithSpendingButNoRecipientsIsNotSplit() {
    Table rec = Fixtures.recipients(
        "1,A,2024,§108,h,adults,5.38.50,0\n1,A,2024,§85,s,adults,5.38.38,10\n"
            + "2,B,2024,§108,h,adults,5.38.50,5\n2,B,2024,§85,s,adults,5.38.38,20\n");
    PriceVolumeSplit s = split(spending, rec);
    assertEquals(500.0, s.table().doubleColumn("not_split").get(0), 1e-9);
    assertEquals(0.0, s.table().doubleColumn("volume_effect").get(0), 1e-9);
    assertEquals(650.0, s.volumeEffect() + s.priceEffect() + s.notSplit(), 1e-9);
  }

  @Test
  void noSpendingAndNoRecipientsIsAllVolume() {
    Table spend = Fixtures.spending(
        "1,A,2024,5.38.50,h,adults,0,0,x\n1,A,2024,5.38.38,s,adults,300000,0,x\n"
            + "2,B,2024,5.38.50,h,adults,3000000,0,x\n2,B,2024,5.38.38,s,adults,400000,0,x\n");
    Table rec = Fixtures.recipients(
        "1,A,2024,§108,h,adults,5.38.50,0\n1,A,2024,§85,s,adults,5.38.38,10\n"
            + "2,B,2024,§108,h,adults,5.38.50,5\n2,B,2024,§85,s,adults,5.38.38,20\n");
    PriceVolumeSplit s = split(spend, rec);
    // A has no §108 at all: the whole gap of -1,500 is volume (2.5 fewer per 1,000 at 600,000 each)
    assertEquals(-1500.0, s.table().doubleColumn("volume_effect").get(0), 1e-9);
    assertEquals(0.0, s.table().doubleColumn("price_effect").get(0), 1e-9);
  }

  @Test
  void betweenYearsInFixedPricesTheIndexAloneIsNoPriceEffect() {
    // Municipality 1 in 2023: the same citizens and inhabitants, every amount 80 / 100 of 2024's.
    Table pop = Fixtures.population("1,A,2023,0,1000,0,1000,x\n1,A,2024,0,1000,0,1000,x\n");
    Table spend = Fixtures.spending(
        "1,A,2023,5.38.50,h,adults,1600000,0,x\n1,A,2023,5.38.38,s,adults,240000,0,x\n"
            + "1,A,2024,5.38.50,h,adults,2000000,0,x\n1,A,2024,5.38.38,s,adults,300000,0,x\n");
    Table rec = Fixtures.recipients(
        "1,A,2023,§108,h,adults,5.38.50,4\n1,A,2023,§85,s,adults,5.38.38,10\n"
            + "1,A,2024,§108,h,adults,5.38.50,4\n1,A,2024,§85,s,adults,5.38.38,10\n");
    PriceVolume.Side to = PriceVolume.Side.of("A 2024", 1, 2024);
    PriceVolume.Side from = PriceVolume.Side.of("A 2023", 1, 2023);
    PriceVolumeSplit fixed = PriceVolume.split(spend, pop, rec, index, Area.ADULTS, to, from, Fixtures.info(PriceBasis.fixed(2024)));
    assertEquals(0.0, fixed.gap(), 1e-9);
    assertEquals(0.0, fixed.priceEffect(), 1e-9);
    assertEquals(0.0, fixed.volumeEffect(), 1e-9);
    // in current prices the whole rise, 2,300 - 1,840 = 460 per inhabitant, would look like price
    PriceVolumeSplit current = PriceVolume.split(spend, pop, rec, index, Area.ADULTS, to, from, Fixtures.info(PriceBasis.CURRENT));
    assertEquals(460.0, current.priceEffect(), 1e-9);
  }
}
