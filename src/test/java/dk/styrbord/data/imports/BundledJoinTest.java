package dk.styrbord.data.imports;

import static dk.styrbord.data.imports.Fixtures.MUNICIPALITIES;
import static dk.styrbord.data.imports.Fixtures.SOURCES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.styrbord.WorkbenchException;
import dk.styrbord.data.Catalog;
import dk.styrbord.data.Datasets;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class BundledJoinTest {
  private static final Datasets DATASETS = Datasets.of(Catalog.bundled());

  @Test
  void januaryOfFolk1amEqualsTheBundledOfficialPopulation() {
    // population.csv takes its 2022-2024 totals from FOLK1AM's January (1 January), so the join must agree exactly
    Table folk1am = StatbankReader.of(MUNICIPALITIES).read(SOURCES.resolve("FOLK1AM_2021M10-2024M04.csv"));
    Table joined = BundledJoin.join(folk1am, DATASETS.table("population"), "population");
    assertEquals(folk1am.rowCount(), joined.rowCount());
    assertEquals(folk1am.stringColumn("OMRÅDE").asList(), joined.stringColumn("OMRÅDE").asList(), "the imported order is kept");
    assertEquals(folk1am.stringColumn("TID").asList(), joined.stringColumn("TID").asList());
    Table january = joined.where(joined.stringColumn("TID").isIn("2022M01", "2023M01", "2024M01")
        .and(joined.stringColumn("level").isEqualTo("kommune")));
    assertEquals(3 * 98, january.rowCount());
    for (int i = 0; i < january.rowCount(); i++) {
      assertEquals(january.doubleColumn("INDHOLD").getDouble(i), january.intColumn("total").getInt(i), 0.0, january.row(i).toString());
    }
    Table land = joined.where(joined.stringColumn("level").isEqualTo("land"));
    assertTrue(land.intColumn("total").isMissing(0), "rows without a municipality keep their place with empty bundled columns");
  }

  @Test
  void ownCsvWithDatesJoinsOnTheYearOfTheDate() {
    Table own = CsvReader.of(MUNICIPALITIES).read(Fixtures.fixture("statbank/api_decimal_comma.csv"));
    Table joined = BundledJoin.join(own, DATASETS.table("socioeconomic"), "socioeconomic");
    Table lejre = joined.where(joined.intColumn("kommune_code").isEqualTo(350));
    assertEquals(2023, lejre.intColumn("year").getInt(0));
    assertEquals(12.5, lejre.doubleColumn("INDHOLD").getDouble(0), 0.0);
    assertTrue(!lejre.doubleColumn("socioeconomic_index").isMissing(0));
  }

  @Test
  void aTableWithoutMunicipalitiesIsExplained() {
    Table english = StatbankReader.of(MUNICIPALITIES).read(Fixtures.fixture("real/FOLK1A_en_2021Q2.csv"));
    WorkbenchException e = assertThrows(WorkbenchException.class, () -> BundledJoin.join(english, DATASETS.table("population"), "population"));
    assertTrue(e.getMessage().contains("no kommune_code column"), e.getMessage());
  }
}
