package dk.styrbord.data.imports;

import static dk.styrbord.data.imports.Fixtures.MUNICIPALITIES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.styrbord.WorkbenchException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A file read in regions on several threads gives the table and the messages of one pass, wherever
 * the cuts fall: every region size from 1 byte to the whole file is tried, so cuts land between CR
 * and LF, inside quoted fields, just after the byte-order mark and before a last line without a line end.
 */
class ChunkedReadTest {
  private static final StatbankReader READER = StatbankReader.of(MUNICIPALITIES);
  private static final String HEADER = "\uFEFFOMRÅDE;FUNKTION;TID;INDHOLD";

  @TempDir Path dir;

  @Test
  void bulkWithBomCrlfBlankLinesAndNoLastLineEndReadsAsOnePassAtEveryCut() throws IOException {
    List<String> lines = new ArrayList<>(List.of(HEADER));
    lines.addAll(rows(40));
    lines.add(12, "");
    lines.add(30, "");
    Path file = write("crlf.csv", String.join("\r\n", lines), StandardCharsets.UTF_8);
    Table whole = READER.read(file);
    assertEquals(40, whole.rowCount());
    assertEquals(expectedSum(40), whole.doubleColumn("INDHOLD").sum(), 1e-9);
    assertEquals("crlf.csv · 4 values '..' (not available) → missing · 4 values '-' (nil) → 0", whole.name());
    sameAtEveryCut(file, whole);
  }

  @Test
  void lfAndCrLineEndsReadAsOnePassAtEveryCut() throws IOException {
    List<String> lines = new ArrayList<>(List.of(HEADER));
    lines.addAll(rows(30));
    for (String end : List.of("\n", "\r")) {
      Path file = write("ends" + (int) end.charAt(0) + ".csv", String.join(end, lines) + end, StandardCharsets.UTF_8);
      Table whole = READER.read(file);
      assertEquals(30, whole.rowCount());
      sameAtEveryCut(file, whole);
    }
  }

  @Test
  void quotedWebExportWithLineBreaksInFieldsInWindows1252ReadsAsOnePassAtEveryCut() throws IOException {
    StringBuilder text = new StringBuilder();
    List<String> areas = List.of("Lejre", "Morsø", "Sønderborg", "Aabenraa", "Hele landet");
    for (int row = 0; row < 30; row++) {
      String note = row % 4 == 0 ? "Plejefamilier\r\nog \"\"opholdssteder\"\"" : "Plejefamilier";
      text.append("\"").append(areas.get(row % 5)).append("\",\"5.28.").append(row / 5).append(' ').append(note)
          .append("\",\"").append(2015 + row % 5).append("\",\"").append(row * 3).append(",5\"\r\n");
    }
    Path file = write("web.csv", text.toString(), Charset.forName("windows-1252"));
    Table whole = READER.read(file);
    assertEquals(30, whole.rowCount());
    assertEquals("5.28.0 Plejefamilier\r\nog \"opholdssteder\"", whole.stringColumn("V2").get(0));
    assertEquals(773, whole.intColumn("kommune_code").getInt(1));
    sameAtEveryCut(file, whole);
  }

  @Test
  void aColumnOfMoreValuesThanOneByteCodesJoinsRegionsOfBothWidths() throws IOException {
    StringBuilder text = new StringBuilder(HEADER + "\n");
    for (int row = 0; row < 700; row++) {
      text.append(row % 3 == 0 ? "Lejre" : "Morsø").append(";5.").append(row % 600).append(" Funktion;").append(2000 + row / 600)
          .append(';').append(row).append('\n');
    }
    Path file = write("wide.csv", text.toString(), StandardCharsets.UTF_8);
    Table whole = READER.read(file);
    assertEquals(600, whole.stringColumn("FUNKTION").countUnique());
    assertEquals("5.599 Funktion", whole.stringColumn("FUNKTION").get(599));
    assertEquals("5.0 Funktion", whole.stringColumn("FUNKTION").get(600));
    for (long bytes : List.of(300L, 2_000L, 9_000L, 12_000L, Files.size(file) / 2)) {
      Table cut = READER.read(file, bytes);
      for (int c = 0; c < whole.columnCount(); c++) {
        assertEquals(whole.column(c).asList(), cut.column(c).asList(), whole.column(c).name() + ", regions of " + bytes + " bytes");
      }
    }
  }

  @Test
  void aBadNumberInTheSecondRegionNamesItsLine() throws IOException {
    List<String> lines = new ArrayList<>(List.of(HEADER));
    lines.addAll(rows(40));
    lines.set(31, lines.get(31).replaceAll(";[^;]*$", ";12,5 kr"));
    Path file = write("bad.csv", String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
    String expected = file + ", line 32: \"12,5 kr\" in INDHOLD is not a number. StatBank writes values like 12,5 or 1234,"
        + " '..' when not available and '-' for nil; correct the cell.";
    assertEquals(expected, message(() -> READER.read(file)));
    assertEquals(expected, message(() -> READER.read(file, Files.size(file) / 2)));
    assertEquals(expected, message(() -> READER.read(file, 40)));
  }

  @Test
  void theFirstProblemInTheFileWinsOverALaterRegionsProblem() throws IOException {
    List<String> lines = new ArrayList<>(List.of(HEADER));
    lines.addAll(rows(60));
    lines.set(11, lines.get(11).replace("Lejre", "Lejrre"));
    lines.set(45, lines.get(45).replaceAll(";[^;]*$", ";abc"));
    lines.set(50, "Morsø;5.28.1 Funktion æøå;2017");
    Path file = write("two.csv", String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    String first = message(() -> READER.read(file));
    assertTrue(first.startsWith(file + ", line 12: \"Lejrre\" in OMRÅDE is not a municipality"), first);
    for (long bytes = 1; bytes < Files.size(file); bytes += 3) {
      assertEquals(first, message(readIn(file, bytes)), "regions of " + bytes + " bytes");
    }
    lines.set(11, lines.get(11).replace("Lejrre", "Lejre"));
    write("two.csv", String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    String second = message(() -> READER.read(file));
    assertEquals(file + ", line 46: \"abc\" in INDHOLD is not a number. StatBank writes values like 12,5 or 1234, '..' when not"
        + " available and '-' for nil; correct the cell.", second);
    for (long bytes = 1; bytes < Files.size(file); bytes += 3) {
      assertEquals(second, message(readIn(file, bytes)), "regions of " + bytes + " bytes");
    }
  }

  @Test
  void aRowRepeatedInALaterRegionNamesBothLines() throws IOException {
    List<String> lines = new ArrayList<>(List.of(HEADER));
    lines.addAll(rows(40));
    lines.add(lines.get(3).replaceAll(";[^;]*$", ";99"));
    Path file = write("dup.csv", String.join("\r\n", lines), StandardCharsets.UTF_8);
    String expected = file + ", line 42: this row repeats line 4 (same OMRÅDE × FUNKTION × TID: Morsø, 5.28.0 Funktion æøå, 2002)."
        + " Remove one of the two rows; if both are needed, the file lacks a column that tells them apart.";
    assertEquals(expected, message(() -> READER.read(file)));
    for (long bytes = 1; bytes < Files.size(file); bytes += 5) {
      assertEquals(expected, message(readIn(file, bytes)), "regions of " + bytes + " bytes");
    }
  }

  @Test
  void aQuotedFieldLeftOpenIsReportedAtTheLineItOpensWhereverTheCutsFall() throws IOException {
    String rows = "\"Lejre\",\"2015\",\"1\"\r\n\"Morsø\",\"2015\",\"2\"\r\n\"Aabenraa\",\"2015\",\"2\"\r\n";
    for (String tail : List.of("\"Lejre\",\"2016\",\"3\r\n\"Morsø\",\"2016\",\"4\"\r\n", "\"Lejre\",\"2016\",\"3\r\nMorsø,2016,4\r\n")) {
      Path file = write("open.csv", rows + tail, StandardCharsets.UTF_8);
      String expected = message(() -> READER.read(file));
      assertTrue(expected.startsWith(file + ", line 4: a quoted field opens here and "), expected);
      for (long bytes = 1; bytes < Files.size(file); bytes++) {
        assertEquals(expected, message(readIn(file, bytes)), "regions of " + bytes + " bytes");
      }
    }
  }

  private static void sameAtEveryCut(Path file, Table whole) throws IOException {
    for (long bytes = 1; bytes <= Files.size(file); bytes++) {
      Table cut = READER.read(file, bytes);
      assertEquals(whole.name(), cut.name(), "regions of " + bytes + " bytes");
      assertEquals(whole.columnNames(), cut.columnNames(), "regions of " + bytes + " bytes");
      for (int c = 0; c < whole.columnCount(); c++) {
        Column<?> expected = whole.column(c);
        Column<?> actual = cut.column(c);
        assertEquals(expected.type(), actual.type(), expected.name());
        assertEquals(expected.asList(), actual.asList(), expected.name() + ", regions of " + bytes + " bytes");
        if (expected instanceof StringColumn s) {
          assertEquals(s.unique().asList(), ((StringColumn) actual).unique().asList(), expected.name());
        }
      }
    }
  }

  /** Rows of area × function × year (a year a row); every tenth value '..' and every tenth (shifted) '-'. */
  private static List<String> rows(int n) {
    List<String> areas = List.of("Lejre", "Morsø", "Aabenraa", "Region Sjælland", "Hele landet");
    List<String> out = new ArrayList<>();
    for (int row = 0; row < n; row++) {
      String value = row % 10 == 3 ? ".." : row % 10 == 7 ? "-" : (row % 2 == 0 ? "-" : "") + row + "," + row % 10;
      out.add(areas.get(row / 2 % 5) + ";5.28." + row / 10 + " Funktion æøå;" + (2000 + row) + ";" + value);
    }
    return out;
  }

  private static double expectedSum(int n) {
    double sum = 0;
    for (int row = 0; row < n; row++) {
      if (row % 10 != 3 && row % 10 != 7) {
        sum += (row % 2 == 0 ? -1 : 1) * (row + (row % 10) / 10.0);
      }
    }
    return sum;
  }

  private Path write(String name, String text, Charset charset) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, text.getBytes(charset));
    return file;
  }

  private static org.junit.jupiter.api.function.Executable readIn(Path file, long bytes) {
    return () -> READER.read(file, bytes);
  }

  private static String message(org.junit.jupiter.api.function.Executable read) {
    return assertThrows(WorkbenchException.class, read).getMessage();
  }
}
