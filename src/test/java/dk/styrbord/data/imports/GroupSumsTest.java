package dk.styrbord.data.imports;

import static dk.styrbord.data.imports.Fixtures.MUNICIPALITIES;
import static dk.styrbord.data.imports.Fixtures.SOURCES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tech.tablesaw.aggregate.AggregateFunctions.sum;

import dk.styrbord.WorkbenchException;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class GroupSumsTest {
  private static final double NA = Double.NaN;

  @Test
  void sumsEachGroupSkippingMissingValuesInTheOrderOfFirstRows() {
    Table t = Table.create("udgifter",
        StringColumn.create("OMRÅDE", "Lejre", "Lejre", "Morsø", "Lejre", "Morsø", "", "Morsø"),
        StringColumn.create("TID", "2023", "2024", "2023", "2023", "2023", "2024", "2024"),
        DoubleColumn.create("INDHOLD", 1.5, 2, NA, 0.25, 4, 10, NA));
    Table sums = GroupSums.sumBy(t, "INDHOLD", "OMRÅDE", "TID");
    assertEquals("udgifter summary", sums.name());
    assertEquals(List.of("OMRÅDE", "TID", "Sum [INDHOLD]"), sums.columnNames());
    assertEquals(List.of("Lejre", "Lejre", "Morsø", "", "Morsø"), sums.stringColumn("OMRÅDE").asList());
    assertEquals(List.of("2023", "2024", "2023", "2024", "2024"), sums.stringColumn("TID").asList());
    // 1.5 + 0.25; 2; the missing Morsø 2023 value skipped; a missing area is a group; only missing values sum to 0
    assertEquals(List.of(1.75, 2.0, 4.0, 10.0, 0.0), sums.doubleColumn("Sum [INDHOLD]").asList());
    assertSameAsTablesaw(t, "INDHOLD", "OMRÅDE", "TID");
  }

  @Test
  void wholeNumberAndDateKeysWithMissingValuesGroupAsTablesawDoes() {
    IntColumn year = IntColumn.create("year", new int[] {2023, 2024, 2023, 2024, 2023});
    year.setMissing(3);
    DateColumn month = DateColumn.create("month", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 1), null,
        LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1));
    Table t = Table.create("t", year, month, IntColumn.create("cases", new int[] {3, 4, 5, 6, 7}));
    Table sums = GroupSums.sumBy(t, "cases", "year", "month");
    assertEquals(List.of(10.0, 4.0, 5.0, 6.0), sums.doubleColumn("Sum [cases]").asList());
    assertTrue(sums.dateColumn("month").isMissing(2));
    assertTrue(sums.intColumn("year").isMissing(3));
    assertSameAsTablesaw(t, "cases", "year", "month");
  }

  @Test
  void aGeneratedTableOfManyGroupsGivesTablesawsSumsToTheLastBit() {
    Random random = new Random(7);
    int rows = 120_000;
    String[] areas = new String[rows];
    int[] years = new int[rows];
    long[] codes = new long[rows];
    double[] values = new double[rows];
    for (int row = 0; row < rows; row++) {
      areas[row] = random.nextInt(40) == 0 ? "" : "kommune " + random.nextInt(99);
      years[row] = 2010 + random.nextInt(15);
      codes[row] = random.nextInt(3) * 1_000_000_000_000L;
      values[row] = random.nextInt(25) == 0 ? NA : (random.nextInt(2_000_001) - 1_000_000) / 10.0;
    }
    Table t = Table.create("bulk", StringColumn.create("area", areas), IntColumn.create("year", years),
        LongColumn.create("code", codes), DoubleColumn.create("value", values));
    assertSameAsTablesaw(t, "value", "area", "year");
    assertSameAsTablesaw(t, "value", "year", "code", "area");
    assertSameAsTablesaw(t, "value", "code");
  }

  @Test
  void aStatbankFileByMunicipalityAndPeriodMatchesTablesaw() {
    Table t = StatbankReader.of(MUNICIPALITIES).read(SOURCES.resolve("FOLK1AM_2021M10-2024M04.csv"));
    Table sums = GroupSums.sumBy(t, "INDHOLD", "kommune", "period_start");
    // 98 municipalities and the rows outside them (country, regions, Christiansø) under a missing name, 31 months
    assertEquals(99 * 31, sums.rowCount());
    assertSameAsTablesaw(t, "INDHOLD", "kommune", "period_start");
  }

  @Test
  void mistakesNameTheColumnAndTheFix() {
    Table t = Table.create("t", StringColumn.create("OMRÅDE", "Lejre"), DoubleColumn.create("INDHOLD", 1.0));
    assertTrue(assertThrows(WorkbenchException.class, () -> GroupSums.sumBy(t, "INDHOLD", "TID")).getMessage()
        .contains("no column \"TID\"; its columns are OMRÅDE, INDHOLD"));
    assertTrue(assertThrows(WorkbenchException.class, () -> GroupSums.sumBy(t, "OMRÅDE", "OMRÅDE")).getMessage()
        .contains("OMRÅDE holds string, not numbers"));
    assertTrue(assertThrows(WorkbenchException.class, () -> GroupSums.sumBy(t, "INDHOLD", "INDHOLD")).getMessage()
        .contains("cannot group by INDHOLD"));
    assertThrows(WorkbenchException.class, () -> GroupSums.sumBy(t, "INDHOLD"));
  }

  private static void assertSameAsTablesaw(Table t, String value, String... keys) {
    assertAll(t.summarize(value, sum).by(keys), GroupSums.sumBy(t, value, keys));
  }

  private static void assertAll(Table expected, Table actual) {
    assertEquals(expected.name(), actual.name());
    assertEquals(expected.columnNames(), actual.columnNames());
    assertEquals(expected.rowCount(), actual.rowCount());
    for (int c = 0; c < expected.columnCount(); c++) {
      assertEquals(expected.column(c).type(), actual.column(c).type(), expected.column(c).name());
      for (int row = 0; row < expected.rowCount(); row++) {
        assertEquals(expected.column(c).get(row), actual.column(c).get(row), expected.column(c).name() + " row " + row);
      }
    }
  }
}
