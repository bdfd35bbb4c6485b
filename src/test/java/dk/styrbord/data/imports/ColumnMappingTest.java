package dk.styrbord.data.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.styrbord.WorkbenchException;
import dk.styrbord.data.Catalog;
import dk.styrbord.data.DatasetEntry;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class ColumnMappingTest {
  private static final DatasetEntry BUDGET = Catalog.bundled().entry("budget");
  private static final Set<String> FILLED = Set.of("code", "municipality", "area_name");

  private static Table extract() {
    return Table.create("budget.csv", DoubleColumn.create("År", 2025, 2025), IntColumn.create("Md", 1, 2),
        StringColumn.create("area", "adults", "adults"), DoubleColumn.create("Budget", 100.0, 100.5),
        IntColumn.create("Forbrug", 90, 95), StringColumn.create("Note", "a", "b"));
  }

  @Test
  void columnsAreRenamedTypedAndKeptInTheDatasetsOrder() {
    Table t = ColumnMapping.apply(extract(), BUDGET,
        Map.of("År", "year", "Md", "month", "Budget", "budget_dkk", "Forbrug", "actual_dkk"), FILLED, Set.of(), "ownBudget");
    assertEquals(java.util.List.of("year", "month", "area", "budget_dkk", "actual_dkk"), t.columnNames());
    assertEquals(ColumnType.INTEGER, t.column("year").type()); // 2025.0 is a whole number
    assertEquals(ColumnType.DOUBLE, t.column("budget_dkk").type()); // 100,50 kr. keeps its øre
    assertEquals(100.5, t.doubleColumn("budget_dkk").get(1));
  }

  @Test
  void idsDatesAndFlagsAreTypedAsTheCaseHelpersNeed() {
    DatasetEntry cases = Catalog.bundled().entry("cases");
    Table t = Table.create("x", IntColumn.create("nr", new int[] {1001}), StringColumn.create("ansøgt", "03.01.2024"),
        StringColumn.create("straks", "ja"));
    Set<String> rest = new java.util.HashSet<>(cases.columns().stream().map(c -> c.name()).toList());
    rest.removeAll(Set.of("case_id", "application_date", "rapid_response"));
    Table typed = ColumnMapping.apply(t, cases, Map.of("nr", "case_id", "ansøgt", "application_date", "straks",
        "rapid_response"), rest, Set.of(), "ownCases");
    assertEquals("1001", typed.stringColumn("case_id").get(0));
    assertEquals(LocalDate.of(2024, 1, 3), typed.dateColumn("application_date").get(0));
    assertTrue(typed.booleanColumn("rapid_response").get(0));
  }

  @Test
  void aMissingColumnNamesItTheExpectedNamesAndAnExample() {
    WorkbenchException e = assertThrows(WorkbenchException.class, () -> ColumnMapping.apply(extract(), BUDGET,
        Map.of("År", "year", "Md", "month", "Budget", "budget_dkk"), FILLED, Set.of(), "ownBudget"));
    assertEquals("ownBudget: no column for \"actual_dkk\"; map one of the table's columns to it, e.g. Map.of(\"Forbrug\","
        + " \"actual_dkk\"). Expected: year, month, area, budget_dkk, actual_dkk.", e.getMessage());
    assertFalse(e.getMessage().contains("\n"));
  }

  @Test
  void textWhereDatesBelongNamesTheRow() {
    DatasetEntry cases = Catalog.bundled().entry("cases");
    Table t = Table.create("x", StringColumn.create("ansøgt", "03.01.2024", "snart"));
    Set<String> rest = new java.util.HashSet<>(cases.columns().stream().map(c -> c.name()).toList());
    rest.remove("application_date");
    WorkbenchException e = assertThrows(WorkbenchException.class,
        () -> ColumnMapping.apply(t, cases, Map.of("ansøgt", "application_date"), rest, Set.of(), "ownCases"));
    assertEquals("ownCases: column \"ansøgt\" (application_date) should hold dates such as 2024-01-03 or 03.01.2024,"
        + " but row 2 holds \"snart\".", e.getMessage());
  }
}
