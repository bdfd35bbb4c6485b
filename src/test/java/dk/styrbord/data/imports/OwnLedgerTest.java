package dk.styrbord.data.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.styrbord.WorkbenchException;
import dk.styrbord.data.Municipality;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class OwnLedgerTest {
  private static final Municipality VARDE = Fixtures.MUNICIPALITIES.resolve("Varde");

  /** Two bundled municipalities, two years, one function per area. */
  private static Table bundled() {
    return Table.create("spending", IntColumn.create("code", 573, 573, 573, 101, 573),
        StringColumn.create("municipality", "Varde", "Varde", "Varde", "København", "Varde"),
        IntColumn.create("year", 2024, 2024, 2023, 2024, 2024),
        StringColumn.create("function", "5.38.50", "5.28.20", "5.38.50", "5.38.50", "5.38.38"),
        StringColumn.create("function_name", "Botilbud (§ 108)", "Opholdssteder", "Botilbud (§ 108)", "Botilbud (§ 108)", "Bostøtte"),
        StringColumn.create("area", "adults", "children", "adults", "adults", "adults"),
        IntColumn.create("net_dkk", 100, 200, 300, 400, 50), IntColumn.create("per_inhabitant", 1, 2, 3, 4, 5),
        StringColumn.create("source", "s", "s", "s", "s", "s"));
  }

  private static Table ledger(int months, double amount) {
    Table t = Table.create("ledger", StringColumn.create("function"), IntColumn.create("year"), IntColumn.create("month"),
        DoubleColumn.create("net_dkk"));
    for (int m = 1; m <= months; m++) {
      t.stringColumn("function").append("5.38.50");
      t.intColumn("year").append(2024);
      t.intColumn("month").append(m);
      t.doubleColumn("net_dkk").append(amount);
    }
    return t;
  }

  @Test
  void monthsAreSummedToTheYearBeforeRounding() {
    Table rows = OwnLedger.rows(ledger(12, 1000.25), VARDE, bundled(), "ownSpending");
    assertEquals(1, rows.rowCount());
    assertEquals(12003, rows.intColumn("net_dkk").get(0)); // 12 × 1000,25 = 12003, not 12 × 1000
    assertEquals("Botilbud (§ 108)", rows.stringColumn("function_name").get(0));
    assertEquals("adults", rows.stringColumn("area").get(0));
    assertEquals(573, rows.intColumn("code").get(0));
    assertEquals(OwnLedger.SOURCE, rows.stringColumn("source").get(0));
  }

  @Test
  void theOwnRowsReplaceOnlyTheMunicipalitysAreaAndYearsTheyCover() {
    Table merged = OwnLedger.replacing(bundled(), OwnLedger.rows(ledger(12, 1000), VARDE, bundled(), "ownSpending"));
    // kept: Varde children 2024 (200), Varde adults 2023 (300), København 2024 (400); Varde adults 2024 (100 + 50) replaced
    assertEquals(4, merged.rowCount());
    assertEquals(200 + 300 + 400 + 12000, (int) merged.intColumn("net_dkk").sum());
    assertEquals("spending", merged.name());
  }

  @Test
  void aYearWithoutAllTwelveMonthsIsRefused() {
    WorkbenchException e = assertThrows(WorkbenchException.class,
        () -> OwnLedger.rows(ledger(6, 1000), VARDE, bundled(), "ownSpending"));
    assertEquals("ownSpending: 5.38.50 has 6 months in 2024 ([1, 2, 3, 4, 5, 6]); a ledger year must have all 12."
        + " Leave the year out, or use forecast for a year under way.", e.getMessage());
  }
}
