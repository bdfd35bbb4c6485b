package dk.styrbord.data.imports;

import static dk.styrbord.data.imports.Fixtures.MUNICIPALITIES;
import static dk.styrbord.data.imports.Fixtures.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.styrbord.WorkbenchException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

  @TempDir Path dir;

  /** A sheet with the header kommune, x in row 1 and {@code second} as row 2. */
  private Path sheet(String second) throws IOException {
    return Workbooks.write(dir.resolve("t.xlsx"), "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
        + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c>" + second + "</row>", List.of("kommune", "x", "Lejre"), false);
  }

  private String refused(String second) throws IOException {
    Path file = sheet(second);
    WorkbenchException e = assertThrows(WorkbenchException.class, () -> reader.read(file));
    assertTrue(e.getMessage().startsWith(file + ", row "), e.getMessage());
    assertEquals(1, e.getMessage().lines().count());
    return e.getMessage().substring(file.toString().length() + 2);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "<c r='B2' t='s'><v>abc</v></c>   | row 2: cell B2 refers to the shared text \"abc\", but the workbook has 3 shared texts, numbered from 0",
      "<c r='B2' t='s'><v>-1</v></c>    | row 2: cell B2 refers to the shared text \"-1\"",
      "<c r='B2' t='s'><v>3</v></c>     | row 2: cell B2 refers to the shared text \"3\", but the workbook has 3",
      "<c r='B2' s='1'><v>1E+10</v></c> | row 2: cell B2 is formatted as a date but holds 1E+10, which is no date in Excel",
      "<c r='B2' s='1'><v>1E+300</v></c>| row 2: cell B2 is formatted as a date but holds 1E+300",
      "<c r='B2' s='1'><v>0</v></c>     | row 2: cell B2 is formatted as a date but holds 0",
      "<c r='B2' s='1'><v>60</v></c>    | 60 is Excel's 29 February 1900, a day that did not exist",
      "<c r='B2'><v>12,5</v></c>        | row 2: cell B2 holds \"12,5\" as its number",
      "<c r='B2' s='x'><v>1</v></c>     | row 2: cell B2 has the style \"x\", not a style number",
      "<c r='two'><v>1</v></c>          | row 2: the sheet's XML names a cell \"two\", not a cell reference from A1 to XFD1048576",
      "<c r='XFE2'><v>1</v></c>         | row 2: the sheet's XML names a cell \"XFE2\"",
      "<c r='ZZZZZZZZ2'><v>1</v></c>    | row 2: the sheet's XML names a cell \"ZZZZZZZZ2\"",
      "<c r='XFD2'><v>1</v></c>         | row 2: cell XFD2 holds \"1\" beyond the header's 2 columns"})
  void aDamagedCellIsOneLineNamingIt(String cell, String message) throws IOException {
    String m = refused(cell.replace('\'', '"'));
    assertTrue(m.startsWith(message) || m.contains(message), m);
  }

  @Test
  void aRowThatIsNoRowNumberIsOneLine() throws IOException {
    Path file = Workbooks.write(dir.resolve("r.xlsx"), "<row r=\"two\"><c t=\"s\"><v>0</v></c></row>", List.of("kommune"), false);
    WorkbenchException e = assertThrows(WorkbenchException.class, () -> reader.read(file));
    assertEquals(file + ", row 1: the sheet's XML names a row \"two\", not a row number from 1 to 1,048,576. The file is damaged:"
        + " open it in Excel and save it again.", e.getMessage());
  }

  @Test
  void dateSerialsAreExcelsCalendarIncludingItsFirstMonthsAnd1904() throws IOException {
    String rows = "<row r=\"1\"><c t=\"s\"><v>0</v></c></row>"
        + "<row><c s=\"1\"><v>1</v></c></row><row><c s=\"1\"><v>59</v></c></row><row><c s=\"1\"><v>61</v></c></row>"
        + "<row><c s=\"1\"><v>45294.75</v></c></row><row><c s=\"1\"><v>2958465</v></c></row>";
    Table t = reader.read(Workbooks.write(dir.resolve("d.xlsx"), rows, List.of("dato"), false));
    assertEquals(List.of(LocalDate.of(1900, 1, 1), LocalDate.of(1900, 2, 28), LocalDate.of(1900, 3, 1), LocalDate.of(2024, 1, 3),
        LocalDate.of(9999, 12, 31)), t.dateColumn("dato").asList());
    Table t1904 = reader.read(Workbooks.write(dir.resolve("d1904.xlsx"),
        "<row><c t=\"s\"><v>0</v></c></row><row><c s=\"1\"><v>0</v></c></row><row><c s=\"1\"><v>43832</v></c></row>", List.of("dato"), true));
    assertEquals(List.of(LocalDate.of(1904, 1, 1), LocalDate.of(2024, 1, 3)), t1904.dateColumn("dato").asList());
  }

  @Test
  void emptyCellsFarToTheRightCostNothingAndCellsWithoutReferencesKeepTheirPlace() throws IOException {
    StringBuilder rows = new StringBuilder("<row r=\"1\"><c t=\"s\"><v>0</v></c><c/><c t=\"s\"><v>1</v></c><c r=\"XFD1\"/></row>");
    rows.append("<row r=\"2\"><c><v>1</v></c><c/><c><v>2</v></c><c r=\"XFD2\"/></row>");
    Path file = Workbooks.write(dir.resolve("wide.xlsx"), rows.toString(), List.of("a", "c"), false);
    WorkbenchException e = assertThrows(WorkbenchException.class, () -> reader.read(file));
    assertTrue(e.getMessage().contains("column 2 has no name in the header"), e.getMessage());
    Path named = Workbooks.write(dir.resolve("named.xlsx"), "<row r=\"1\"><c t=\"s\"><v>0</v></c><c t=\"s\"><v>1</v></c>"
        + "<c r=\"XFD1\"/></row><row r=\"2\"><c><v>1</v></c><c><v>2</v></c><c r=\"XFD2\"/></row>", List.of("a", "c"), false);
    Table t = reader.read(named);
    assertEquals(List.of("a", "c"), t.columnNames());
    assertEquals(2, t.intColumn("c").getInt(0));
  }
}
