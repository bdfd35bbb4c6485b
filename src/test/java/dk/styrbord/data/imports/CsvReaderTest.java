package dk.styrbord.data.imports;

import static dk.styrbord.data.imports.Fixtures.MUNICIPALITIES;
import static dk.styrbord.data.imports.Fixtures.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.styrbord.WorkbenchException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;

class CsvReaderTest {
  private final CsvReader reader = CsvReader.of(MUNICIPALITIES);

  @Test
  void danishExcelFileInWindows1252() {
    Table t = reader.read(fixture("own/udgifter_excel.csv"));
    // the file's own "Kommune" column is kept as written, so no second "kommune" column is added
    assertEquals(List.of("Kommune", "Dato", "Beløb", "Antal", "Bemærkning", "level", "kommune_code"), t.columnNames());
    assertEquals(ColumnType.LOCAL_DATE, t.column("Dato").type());
    assertEquals(ColumnType.DOUBLE, t.column("Beløb").type());
    assertEquals(ColumnType.INTEGER, t.column("Antal").type());
    assertEquals(LocalDate.of(2024, 1, 3), t.dateColumn("Dato").get(0));
    assertEquals(LocalDate.of(2024, 1, 4), t.dateColumn("Dato").get(1));
    assertEquals(1234.56, t.doubleColumn("Beløb").getDouble(0), 0.0);
    assertEquals(12.5, t.doubleColumn("Beløb").getDouble(1), 0.0);
    assertTrue(t.doubleColumn("Beløb").isMissing(2));
    assertEquals(-3, t.doubleColumn("Beløb").getDouble(3), 0.0);
    assertEquals(1_000_000.5, t.doubleColumn("Beløb").getDouble(4), 0.0);
    assertEquals(-3, t.intColumn("Antal").getInt(1));
    assertEquals(0, t.intColumn("Antal").getInt(2));
    assertEquals("Tredje med æøå", t.stringColumn("Bemærkning").get(2));
    assertEquals(List.of(350, 360, 773, 751, 169), t.intColumn("kommune_code").asList());
    assertEquals("Århus", t.stringColumn("Kommune").get(3));
    assertTrue(t.name().contains("1 value '-' (nil) → 0"), t.name());
  }

  @Test
  void internationalFileWithCommasAndPoints() {
    Table t = reader.read(fixture("own/international.csv"));
    assertEquals(LocalDate.of(2024, 1, 3), t.dateColumn("date").get(0));
    assertEquals(1234.56, t.doubleColumn("amount").getDouble(0), 0.0);
    assertEquals(12.5, t.doubleColumn("amount").getDouble(1), 0.0);
    assertTrue(t.doubleColumn("amount").isMissing(2));
    assertEquals(1234.5, t.doubleColumn("amount").getDouble(3), 0.0);
    assertEquals(-3, t.intColumn("count").getInt(1));
    assertEquals("first, with a comma", t.stringColumn("comment").get(0));
    assertEquals("say \"hi\"", t.stringColumn("comment").get(3));
    assertEquals(List.of(101, 751, 461, 350), t.intColumn("kommune_code").asList());
    assertEquals("København", t.stringColumn("kommune").get(0));
  }

  @Test
  void codesWithLeadingZerosStayTextAndEmptyDatesAreMissing() {
    Table t = reader.read(fixture("own/tilgang_utf8_bom.csv"));
    assertEquals("Sagsnr", t.columnNames().get(0));
    assertEquals(ColumnType.STRING, t.column("Sagsnr").type());
    assertEquals("0101", t.stringColumn("Sagsnr").get(0));
    assertEquals(LocalDate.of(2024, 1, 3), t.dateColumn("Modtaget").get(0));
    assertNull(t.dateColumn("Afgjort").get(1));
    assertTrue(t.dateColumn("Afgjort").isMissing(3));
    assertEquals(12.5, t.doubleColumn("Timer").getDouble(0), 0.0);
    assertEquals(1234.56, t.doubleColumn("Timer").getDouble(1), 0.0);
    assertEquals(-3, t.doubleColumn("Timer").getDouble(2), 0.0);
    assertTrue(t.doubleColumn("Timer").isMissing(3));
  }

  @Test
  void latin1FileFromARealRepositoryWithTheOldNameÅrhus() {
    Table t = reader.read(fixture("real/kommunerne_latin1.csv"));
    assertEquals(97, t.rowCount());
    assertEquals("København", t.stringColumn("Kommune").get(0));
    assertEquals(751, t.where(t.stringColumn("Kommune").isEqualTo("Århus")).intColumn("kommune_code").getInt(0));
  }

  @Test
  void statbankFilesReadAsPlainCsvToo() {
    Table t = reader.read(fixture("statbank/api_decimal_comma.csv"));
    assertEquals(12.5, t.doubleColumn("INDHOLD").getDouble(1), 0.0);
    assertEquals(1234.56, t.doubleColumn("INDHOLD").getDouble(0), 0.0);
    assertEquals(LocalDate.of(2023, 1, 1), t.dateColumn("period_start").get(0));
  }

  @Test
  void previewNamesEncodingSeparatorAndColumnKinds() {
    ImportPreview p = reader.preview(fixture("own/udgifter_excel.csv"));
    assertEquals("windows-1252", p.dialect().encoding().toString());
    assertEquals(';', p.dialect().separator());
    assertEquals("CRLF", p.dialect().lineEnding());
    assertEquals("comma (,)", p.decimalMark());
    assertEquals("date (dd-MM-yyyy, day first)".substring(0, 4), p.columns().get(1).kind().substring(0, 4));
    assertTrue(p.columns().get(2).kind().contains("decimal comma"), p.columns().get(2).kind());
    assertTrue(p.toString().contains("readCsv("), p.toString());
  }

  @TempDir Path dir;

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void whatRAndPandasWriteForMissingIsMissingEvenInMostOfAColumn() throws IOException {
    // as R's write.csv writes it: NA in 3 of 5 cells, more than the fifth that made the column text before
    Path csv = file("r.csv", "kommune,cost,count,note\nLejre,12.5,NA,NA\nLolland,NA,3,x\nMorsø,NA,NA,y\n"
        + "Varde,N/A,#N/A,NULL\nHørsholm,1e-04,7,z\n");
    Table t = reader.read(csv);
    assertEquals(ColumnType.DOUBLE, t.column("cost").type());
    assertEquals(ColumnType.INTEGER, t.column("count").type());
    assertEquals(3, t.doubleColumn("cost").countMissing());
    assertEquals(0.0001, t.doubleColumn("cost").getDouble(4), 0.0, "scientific notation is a number");
    assertEquals(3, t.intColumn("count").countMissing());
    assertEquals(10, t.intColumn("count").sum(), 0.0);
    assertEquals(2, t.stringColumn("note").countMissing(), "NA and NULL in a text column are missing too");
    assertEquals("x", t.stringColumn("note").get(1));
  }

  @Test
  void aColumnOfNumbersWithAFewUnreadableCellsIsAnErrorNamingThem() throws IOException {
    StringBuilder text = new StringBuilder("kommune;udgift\n");
    for (int i = 0; i < 10; i++) {
      text.append("Lejre;").append(i).append(",5\n");
    }
    text.append("Lejre;ca. 12\nLejre;?\nLejre;12,5,0\nLejre;ukendt\n");
    Path csv = file("few.csv", text.toString());
    WorkbenchException e = assertThrows(WorkbenchException.class, () -> reader.read(csv));
    assertEquals(csv + ", line 12: column udgift is numbers in 10 of its 14 values, but 4 are not:"
        + " \"ca. 12\" (line 12), \"?\" (line 13), \"12,5,0\" (line 14), …. Correct those cells (numbers like 12,5 or"
        + " 1.234,56), or leave them empty for a missing value (NA, N/A and .. count as missing too).", e.getMessage());
  }

  @Test
  void aColumnThatIsMostlyTextStaysText() throws IOException {
    Table t = reader.read(file("text.csv", "kommune;note\nLejre;12\nLolland;god\nMorsø;bedre\n"));
    assertEquals(ColumnType.STRING, t.column("note").type());
  }
}
