package dk.styrbord.data.imports;

import static dk.styrbord.data.imports.Fixtures.MUNICIPALITIES;
import static dk.styrbord.data.imports.Fixtures.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.styrbord.WorkbenchException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;

class ExcelReaderTest {
  private final ExcelReader reader = ExcelReader.of(MUNICIPALITIES);

  /** The same sheet with inline strings (as openpyxl writes) and with shared strings and a rich-text run (as Excel writes). */
  @ParameterizedTest
  @ValueSource(strings = {"own/udgifter.xlsx", "own/udgifter_sharedstrings.xlsx"})
  void readsNumbersDatesAndDanishTextCells(String name) {
    Table t = reader.read(fixture(name));
    assertEquals(List.of("Kommune", "Dato", "Beløb", "Antal", "Tekstbeløb", "Tekstdato", "Bemærkning", "level", "kommune_code"),
        t.columnNames());
    assertEquals("Lejre", t.stringColumn("Kommune").get(0));
    assertEquals(ColumnType.LOCAL_DATE, t.column("Dato").type());
    assertEquals(LocalDate.of(2024, 1, 3), t.dateColumn("Dato").get(0));
    assertEquals(1234.56, t.doubleColumn("Beløb").getDouble(0), 0.0);
    assertEquals(12.5, t.doubleColumn("Beløb").getDouble(1), 0.0);
    assertTrue(t.doubleColumn("Beløb").isMissing(2));
    assertEquals(-3, t.doubleColumn("Beløb").getDouble(3), 0.0);
    assertEquals(-3, t.intColumn("Antal").getInt(1));
    assertEquals(1234.56, t.doubleColumn("Tekstbeløb").getDouble(0), 0.0, "text cells in Danish notation");
    assertEquals(12.5, t.doubleColumn("Tekstbeløb").getDouble(1), 0.0);
    assertTrue(t.doubleColumn("Tekstbeløb").isMissing(2));
    assertEquals(-3, t.doubleColumn("Tekstbeløb").getDouble(3), 0.0);
    assertEquals(LocalDate.of(2024, 1, 3), t.dateColumn("Tekstdato").get(0), "03.01.2024 typed as text is 3 January");
    assertEquals(List.of(350, 360, 773, 751, 169), t.intColumn("kommune_code").asList());
    assertEquals("Tredje med æøå", t.stringColumn("Bemærkning").get(2));
    assertTrue(t.name().startsWith(name.substring(4) + " · Udgifter"), t.name());
  }

  @Test
  void aSheetIsChosenByNameAndAnUnknownOneListsTheSheets() {
    Table notes = reader.read(fixture("own/udgifter.xlsx"), "noter");
    assertEquals(List.of("Kilde", "Note"), notes.columnNames());
    assertEquals("Tal fra økonomisystemet 03.01.2024", notes.stringColumn("Note").get(0));
    WorkbenchException e = assertThrows(WorkbenchException.class, () -> reader.read(fixture("own/udgifter.xlsx"), "Budget"));
    assertTrue(e.getMessage().contains("no sheet \"Budget\". Its sheets are Udgifter, Noter"), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "bad/workbook.xlsx            | not a readable .xlsx workbook",
      "bad/zip-not-workbook.xlsx    | row 1: this zip file is not an Excel workbook",
      "bad/value-beyond-header.xlsx | row 3: cell C3 holds \"stray\" beyond the header's 2 columns. Give column C a name in row 1",
      "bad/does-not-exist.xlsx      | no such file",
      "bad/empty.csv                | not a readable .xlsx workbook"})
  void brokenWorkbooksGiveOneLine(String name, String fragment) {
    WorkbenchException e = assertThrows(WorkbenchException.class, () -> reader.read(fixture(name)));
    assertTrue(e.getMessage().startsWith(fixture(name).toString()) && e.getMessage().contains(fragment), e.getMessage());
    assertEquals(1, e.getMessage().lines().count());
    System.out.println("excel  " + e.getMessage());
  }

  @Test
  void theCsvReadersPointAtReadExcel() {
    WorkbenchException e = assertThrows(WorkbenchException.class, () -> CsvReader.of(MUNICIPALITIES).read(fixture("own/udgifter.xlsx")));
    assertTrue(e.getMessage().contains("readExcel(path)"), e.getMessage());
  }
}
