package dk.styrbord.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.styrbord.WorkbenchException;
import dk.styrbord.data.imports.ExcelReader;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.api.TimeColumn;

class XlsxExportTest {
  @TempDir Path dir;

  private static Table sample() {
    DateColumn dates = DateColumn.create("afgjort");
    dates.append(LocalDate.of(2024, 1, 3));
    dates.appendMissing();
    dates.append(LocalDate.of(2025, 12, 31));
    BooleanColumn active = BooleanColumn.create("aktiv", 3);
    active.set(0, true);
    active.set(1, false);
    return Table.create("Udgifter [2024]: Ærø/Hørsholm",
        StringColumn.create("tekst", "Hørsholm", "Ærø & Æbeltoft <Øst> \"Vest\"", "=1+1"),
        IntColumn.create("antal", 223, 492, -3),
        DoubleColumn.create("beløb", 1234.56, -12.5, Double.NaN),
        dates,
        active);
  }

  private static XSSFWorkbook open(Path file) throws Exception {
    try (InputStream in = Files.newInputStream(file)) {
      return new XSSFWorkbook(in);
    }
  }

  private static Cell cell(Sheet sheet, int row, int column) {
    Row r = sheet.getRow(row);
    return r == null ? null : r.getCell(column);
  }

  @Test
  void everyValueKeepsItsTypeWhenPoiOpensTheWorkbook() throws Exception {
    Path file = XlsxExport.of(sample()).write(dir.resolve("udgifter.xlsx"), false);
    try (XSSFWorkbook book = open(file)) {
      assertEquals(1, book.getNumberOfSheets());
      Sheet sheet = book.getSheetAt(0);
      assertEquals(4, sheet.getPhysicalNumberOfRows());

      assertEquals(CellType.STRING, cell(sheet, 1, 0).getCellType());
      assertEquals("Hørsholm", cell(sheet, 1, 0).getStringCellValue());
      assertEquals("Ærø & Æbeltoft <Øst> \"Vest\"", cell(sheet, 2, 0).getStringCellValue());

      assertEquals(CellType.NUMERIC, cell(sheet, 1, 1).getCellType());
      assertEquals(223.0, cell(sheet, 1, 1).getNumericCellValue());
      assertEquals(-3.0, cell(sheet, 3, 1).getNumericCellValue(), "a negative number stays a number");
      assertEquals(1234.56, cell(sheet, 1, 2).getNumericCellValue());
      assertEquals(-12.5, cell(sheet, 2, 2).getNumericCellValue());
      assertNull(cell(sheet, 3, 2), "a missing number is an empty cell");

      Cell date = cell(sheet, 1, 3);
      assertEquals(CellType.NUMERIC, date.getCellType());
      assertTrue(DateUtil.isCellDateFormatted(date), "a date cell carries a date format");
      assertEquals(LocalDate.of(2024, 1, 3), date.getLocalDateTimeCellValue().toLocalDate());
      // 45294 is 3 January 2024 in Excel's 1900 date system (Excel: =DATE(2024;1;3) shows 45294 as General).
      assertEquals(45294.0, date.getNumericCellValue());
      assertEquals("yyyy-mm-dd", date.getCellStyle().getDataFormatString());
      assertNull(cell(sheet, 2, 3), "a missing date is an empty cell");
      assertEquals(LocalDate.of(2025, 12, 31), cell(sheet, 3, 3).getLocalDateTimeCellValue().toLocalDate());

      assertEquals(CellType.BOOLEAN, cell(sheet, 1, 4).getCellType());
      assertTrue(cell(sheet, 1, 4).getBooleanCellValue());
      assertFalse(cell(sheet, 2, 4).getBooleanCellValue());
      assertNull(cell(sheet, 3, 4), "a missing boolean is an empty cell");
    }
  }

  @Test
  void aTextThatLooksLikeAFormulaStaysTextUnchangedWithExcelsQuotePrefix() throws Exception {
    Table t = Table.create("t", StringColumn.create("=header", "=1+1", "-", "+45 12345678", "Lejre"));
    Path file = XlsxExport.of(t).write(dir.resolve("formula.xlsx"), false);
    try (XSSFWorkbook book = open(file)) {
      Sheet sheet = book.getSheetAt(0);
      Cell header = cell(sheet, 0, 0);
      assertEquals("=header", header.getStringCellValue());
      assertTrue(header.getCellStyle().getQuotePrefixed(), "a header is protected too");
      assertTrue(book.getFontAt(header.getCellStyle().getFontIndex()).getBold(), "and still bold");
      for (int row = 1; row <= 3; row++) {
        Cell risky = cell(sheet, row, 0);
        assertEquals(CellType.STRING, risky.getCellType(), "never a formula cell");
        assertEquals(t.stringColumn(0).get(row - 1), risky.getStringCellValue(), "no apostrophe in the text");
        assertTrue(risky.getCellStyle().getQuotePrefixed(), risky.getStringCellValue() + " has the quote prefix");
      }
      assertFalse(cell(sheet, 4, 0).getCellStyle().getQuotePrefixed(), "plain text has no quote prefix");
    }
  }

  @Test
  void theHeaderIsBoldAndFrozenAndColumnsAreAsWideAsTheirContent() throws Exception {
    Path file = XlsxExport.of(sample()).write(dir.resolve("header.xlsx"), false);
    try (XSSFWorkbook book = open(file)) {
      Sheet sheet = book.getSheetAt(0);
      Row header = sheet.getRow(0);
      String[] names = {"tekst", "antal", "beløb", "afgjort", "aktiv"};
      for (int c = 0; c < names.length; c++) {
        assertEquals(names[c], header.getCell(c).getStringCellValue());
        assertTrue(book.getFontAt(header.getCell(c).getCellStyle().getFontIndex()).getBold(), names[c] + " is bold");
      }
      assertFalse(book.getFontAt(cell(sheet, 1, 0).getCellStyle().getFontIndex()).getBold(), "values are not bold");

      PaneInformation pane = sheet.getPaneInformation();
      assertTrue(pane.isFreezePane());
      assertEquals(1, pane.getHorizontalSplitPosition(), "one row frozen");
      assertEquals(0, pane.getVerticalSplitPosition(), "no column frozen");
      assertEquals(1, pane.getHorizontalSplitTopRow(), "scrolling starts at row 2");

      // Widths are in 1/256 of a character: the long text column is wider than the short numbers.
      int text = sheet.getColumnWidth(0);
      int count = sheet.getColumnWidth(1);
      assertTrue(text > count, text + " > " + count);
      assertTrue(text >= 256 * "Ærø & Æbeltoft <Øst> \"Vest\"".length(), "the longest text fits: " + text);
      assertTrue(sheet.getColumnWidth(3) >= 256 * 10, "a date fits");
    }
  }

  @Test
  void theSheetIsNamedAfterTheTableAsExcelAllows() throws Exception {
    Path file = XlsxExport.of(sample()).write(dir.resolve("name.xlsx"), false);
    try (XSSFWorkbook book = open(file)) {
      assertEquals("Udgifter 2024 Ærø Hørsholm", book.getSheetName(0));
    }
    assertEquals("Ark1", XlsxExport.sheetName(null));
    assertEquals("Ark1", XlsxExport.sheetName(" []:*?/\\ "));
    assertEquals("spending", XlsxExport.sheetName("'spending'"));
    assertEquals("history 1", XlsxExport.sheetName("history"));
    String longName = XlsxExport.sheetName("Udgifter pr. indbygger 18-64 år i faste priser, 2024");
    assertEquals(31, longName.length());
    assertEquals("Udgifter pr. indbygger 18-64 år", longName);
    assertEquals("spending per inhabitant, 5.38", XlsxExport.sheetName("spending per inhabitant, 5.38 (DKK, 2024)"));
  }

  @Test
  void otherColumnTypesAndAwkwardTextRoundTrip() throws Exception {
    Table t = Table.create("t",
        LongColumn.create("stor", 9_007_199_254_740_993L / 3, -1L),
        DoubleColumn.create("uendelig", Double.POSITIVE_INFINITY, 0.1),
        DateTimeColumn.create("tidspunkt", LocalDateTime.of(2024, 5, 17, 13, 45, 30), null),
        TimeColumn.create("klokken", LocalTime.of(6, 0), LocalTime.NOON),
        DateColumn.create("gammel", LocalDate.of(1899, 12, 31), LocalDate.of(1900, 3, 1)),
        StringColumn.create("svær", "linje 1\r\nlinje 2\t", "_x0041_ og \u0001"));
    Path file = XlsxExport.of(t).write(dir.resolve("types.xlsx"), false);
    try (XSSFWorkbook book = open(file)) {
      Sheet sheet = book.getSheetAt(0);
      assertEquals(9_007_199_254_740_993L / 3, (long) cell(sheet, 1, 0).getNumericCellValue());
      assertEquals(CellType.ERROR, cell(sheet, 1, 1).getCellType(), "Excel has no infinity");
      assertEquals(FormulaError.NUM.getCode(), cell(sheet, 1, 1).getErrorCellValue());
      assertEquals(0.1, cell(sheet, 2, 1).getNumericCellValue());
      assertEquals(LocalDateTime.of(2024, 5, 17, 13, 45, 30), cell(sheet, 1, 2).getLocalDateTimeCellValue());
      assertEquals("yyyy-mm-dd hh:mm:ss", cell(sheet, 1, 2).getCellStyle().getDataFormatString());
      assertNull(cell(sheet, 2, 2));
      assertEquals(0.25, cell(sheet, 1, 3).getNumericCellValue(), 1e-12);
      assertEquals(0.5, cell(sheet, 2, 3).getNumericCellValue(), 1e-12);
      assertEquals(CellType.STRING, cell(sheet, 1, 4).getCellType(), "before 1 March 1900 Excel's calendar is wrong");
      assertEquals("1899-12-31", cell(sheet, 1, 4).getStringCellValue());
      assertEquals(LocalDate.of(1900, 3, 1), cell(sheet, 2, 4).getLocalDateTimeCellValue().toLocalDate());
      assertEquals("linje 1\r\nlinje 2\t", cell(sheet, 1, 5).getStringCellValue());
      assertEquals("_x0041_ og \u0001", cell(sheet, 2, 5).getStringCellValue());
    }
  }

  @Test
  void ourOwnExcelReaderReadsTheExportBack() {
    Path file = XlsxExport.of(sample()).write(dir.resolve("tilbage.xlsx"), false);
    Table back = ExcelReader.bundled().read(file);
    assertEquals(3, back.rowCount());
    assertEquals("Hørsholm", back.getString(0, "tekst"));
    assertEquals("=1+1", back.getString(2, "tekst"));
    assertEquals(-3, ((Number) back.column("antal").get(2)).intValue());
    assertEquals(1234.56, ((Number) back.column("beløb").get(0)).doubleValue());
    assertTrue(back.column("beløb").isMissing(2));
    assertEquals(LocalDate.of(2024, 1, 3), back.dateColumn("afgjort").get(0));
    assertTrue(back.column("afgjort").isMissing(1));
    assertEquals(LocalDate.of(2025, 12, 31), back.dateColumn("afgjort").get(2));
  }

  @Test
  void anExistingFileIsReplacedOnlyWhenAsked() throws Exception {
    Path file = dir.resolve("en.xlsx");
    XlsxExport.of(sample()).write(file, false);
    WorkbenchException refused = assertThrows(WorkbenchException.class, () -> XlsxExport.of(sample().first(1)).write(file, false));
    assertTrue(refused.getMessage().contains("exists already"), refused.getMessage());
    assertTrue(refused.getMessage().contains("en-2.xlsx"), refused.getMessage());
    try (XSSFWorkbook book = open(file)) {
      assertEquals(4, book.getSheetAt(0).getPhysicalNumberOfRows(), "the refused write changed nothing");
    }
    XlsxExport.of(sample().first(1)).write(file, true);
    try (XSSFWorkbook book = open(file)) {
      assertEquals(2, book.getSheetAt(0).getPhysicalNumberOfRows());
    }
  }

  @Test
  void anEmptyTableIsAWorkbookWithItsHeader() throws Exception {
    Path file = XlsxExport.of(sample().emptyCopy()).write(dir.resolve("tom.xlsx"), false);
    try (XSSFWorkbook book = open(file)) {
      assertEquals("tekst", book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
      assertEquals(1, book.getSheetAt(0).getPhysicalNumberOfRows());
    }
  }

  private static Map<String, String> aboutOf(XSSFWorkbook book, int column) {
    Sheet about = book.getSheet(XlsxExport.ABOUT_SHEET);
    assertNotNull(about, "an about sheet");
    Map<String, String> values = new LinkedHashMap<>();
    for (int r = 1; r <= about.getLastRowNum(); r++) {
      Cell value = cell(about, r, column);
      values.putIfAbsent(cell(about, r, 0).getStringCellValue(), value == null ? "" : value.getStringCellValue());
    }
    return values;
  }

  @Test
  void aResultStatesTitleUnitPriceBasisSourceAndSyntheticStatusOnTheAboutSheet() throws Exception {
    Path file = XlsxExport.of(Results.result(Results.fixedPrices())).write(dir.resolve("lejre.xlsx"), false);
    try (XSSFWorkbook book = open(file)) {
      assertEquals(2, book.getNumberOfSheets());
      assertEquals("spending per 18-64-year-old", book.getSheetName(0), "the figures come first");
      assertEquals("Om tallene (About)", book.getSheetName(1));
      Sheet data = book.getSheetAt(0);
      assertEquals("kommune", cell(data, 0, 0).getStringCellValue(), "the header is still row 1");
      assertEquals(5302.5, cell(data, 1, 2).getNumericCellValue());
      assertTrue(data.getPaneInformation().isFreezePane());

      Sheet sheet = book.getSheetAt(1);
      assertEquals("Felt (Field)", cell(sheet, 0, 0).getStringCellValue());
      Map<String, String> english = aboutOf(book, 1);
      assertEquals("Lejre 2020–2024: spending on 5.38 (adults)", english.get("Titel (Title)"));
      assertEquals("Lejre", english.get("Kommune (Municipality)"));
      assertEquals("Oplandskommuner (2 municipalities)", english.get("Sammenligningsgruppe (Comparison group)"));
      assertEquals("2020–2024", english.get("År (Years)"));
      assertEquals("DKK per 18–64-year-old", english.get("Enhed (Unit)"));
      assertEquals("fixed 2024 prices", english.get("Prisgrundlag (Price basis)"));
      assertEquals("includes synthetic data: for training, not for decisions", english.get("Datastatus (Data status)"));
      assertEquals("spending, population", english.get("Datasæt (Datasets)"));
      assertEquals("Statistics Denmark, REGK31; 2024 synthetic", english.get("Kilde (Source)"), "the first of two sources");
      assertEquals("2024 is a budget year, not accounts", english.get("Note"));
      Map<String, String> danish = aboutOf(book, 2);
      assertEquals("kr. pr. 18–64-årig", danish.get("Enhed (Unit)"));
      assertEquals("faste 2024-priser", danish.get("Prisgrundlag (Price basis)"));
      assertEquals("indeholder syntetiske data: til træning, ikke til beslutninger", danish.get("Datastatus (Data status)"));
      long sources = java.util.stream.IntStream.rangeClosed(1, sheet.getLastRowNum())
          .filter(r -> cell(sheet, r, 0).getStringCellValue().equals("Kilde (Source)")).count();
      assertEquals(2, sources, "one row a source");

      assertEquals("Lejre 2020–2024: spending on 5.38 (adults)", book.getProperties().getCoreProperties().getTitle(),
          "the title is the workbook's title too");
    }
  }

  @Test
  void officialDataInCurrentPricesSayWhoseDataTheyAre() throws Exception {
    Path file = XlsxExport.of(Results.figures(), Results.currentPrices()).write(dir.resolve("budget.xlsx"), false);
    try (XSSFWorkbook book = open(file)) {
      Map<String, String> english = aboutOf(book, 1);
      assertEquals("current prices", english.get("Prisgrundlag (Price basis)"));
      assertEquals("official data", english.get("Datastatus (Data status)"));
      assertEquals("Lejre's own data", english.get("Hvis data (Whose data)"));
      assertEquals("Lejre Kommune, budget 2024", english.get("Kilde (Source)"));
      assertEquals("DKK", english.get("Enhed (Unit)"));
      assertNull(english.get("Sammenligningsgruppe (Comparison group)"), "no group, no row");
    }
  }

  @Test
  void aPlainTableHasOneSheetAndItsNameAsTitle() throws Exception {
    Path file = XlsxExport.of(sample()).write(dir.resolve("plain.xlsx"), false);
    try (XSSFWorkbook book = open(file)) {
      assertEquals(1, book.getNumberOfSheets());
      assertEquals("Udgifter [2024]: Ærø/Hørsholm", book.getProperties().getCoreProperties().getTitle());
    }
  }

  @Test
  void theAboutSheetIsInTheZipAsSpreadsheetML() throws Exception {
    Path file = XlsxExport.of(Results.result(Results.fixedPrices())).write(dir.resolve("zip.xlsx"), false);
    Map<String, String> parts = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        parts.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    assertTrue(parts.get("[Content_Types].xml").contains("/xl/worksheets/sheet2.xml"));
    assertTrue(parts.get("xl/workbook.xml").contains("<sheet name=\"Om tallene (About)\" sheetId=\"2\""));
    assertTrue(parts.get("docProps/core.xml").contains("<dc:title>Lejre 2020–2024: spending on 5.38 (adults)</dc:title>"));
    assertTrue(parts.get("xl/sharedStrings.xml").contains(">fixed 2024 prices<"));
    assertFalse(parts.get("xl/worksheets/sheet2.xml").contains("tabSelected"), "the data sheet is the one that opens");
  }

  @Test
  void aTableBeyondExcelsLimitsIsRefusedWithTheFix() {
    Table tall = Table.create("tall", IntColumn.create("n", new int[XlsxExport.MAX_ROWS]));
    WorkbenchException rows = assertThrows(WorkbenchException.class, () -> XlsxExport.of(tall).write(dir.resolve("tall.xlsx"), false));
    assertEquals("Cannot write tall.xlsx: the table has 1,048,576 rows and an Excel sheet holds 1,048,576 with the header; "
        + "export it as CSV instead (exportCsv or exportCsvInternational), or filter it first.", rows.getMessage());
    assertFalse(Files.exists(dir.resolve("tall.xlsx")), "nothing written");
    Table fits = Table.create("fits", IntColumn.create("n", new int[XlsxExport.MAX_ROWS - 1]));
    XlsxExport.of(fits).checkLimits(dir.resolve("fits.xlsx"));

    // A table of 16,385 columns takes Tablesaw seconds to build (it checks each name against all others); the check sees counts only.
    WorkbenchException columns = assertThrows(WorkbenchException.class,
        () -> XlsxExport.checkSize(dir.resolve("wide.xlsx"), 1, XlsxExport.MAX_COLUMNS + 1));
    assertEquals("Cannot write wide.xlsx: the table has 16,385 columns and an Excel sheet holds 16,384; "
        + "export it as CSV instead (exportCsv or exportCsvInternational), or filter it first.", columns.getMessage());
    XlsxExport.checkSize(dir.resolve("wide.xlsx"), 1, XlsxExport.MAX_COLUMNS);

    Table longText = Table.create("long", StringColumn.create("note", "short", "x".repeat(XlsxExport.MAX_CELL_CHARS + 1)));
    WorkbenchException cell = assertThrows(WorkbenchException.class, () -> XlsxExport.of(longText).write(dir.resolve("long.xlsx"), false));
    assertTrue(cell.getMessage().startsWith("Cannot write long.xlsx: row 2 of column note has more than the 32,767 characters"), cell.getMessage());
    assertTrue(cell.getMessage().contains("export it as CSV"), cell.getMessage());
    assertEquals(1, cell.getMessage().lines().count(), "one line");
    XlsxExport.of(Table.create("ok", StringColumn.create("note", "x".repeat(XlsxExport.MAX_CELL_CHARS)))).write(dir.resolve("ok.xlsx"), false);
  }
}
