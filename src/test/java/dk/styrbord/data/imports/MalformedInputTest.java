package dk.styrbord.data.imports;

import static dk.styrbord.data.imports.Fixtures.MUNICIPALITIES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.styrbord.WorkbenchException;
import dk.styrbord.data.DatasetLoader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tech.tablesaw.api.Table;

/**
 * Every file in {@code imports/bad/} gives one line naming the file, the line and the fix; no
 * reader crashes on it, and none changes it.
 */
class MalformedInputTest {
  private static final Path BAD = Fixtures.ROOT.resolve("bad");
  private static Map<String, String> before;

  private final StatbankReader statbank = StatbankReader.of(MUNICIPALITIES);
  private final CsvReader csv = CsvReader.of(MUNICIPALITIES);

  @BeforeAll
  static void fingerprintCorpus() throws IOException {
    before = fingerprints();
    assertTrue(before.size() >= 20, "the corpus holds at least 20 malformed files: " + before.size());
  }

  @AfterAll
  static void corpusIsUnchanged() throws IOException {
    assertEquals(before, fingerprints());
  }

  @ParameterizedTest(name = "{0} ({1})")
  @CsvSource(delimiter = '|', value = {
      "wrong-separator.csv       | statbank | line 2 | separated by ',' instead of ';'",
      "ragged-rows.csv           | statbank | line 3 | has 4 fields where the first line has 3",
      "ragged-rows.csv           | csv      | line 3 | put that value in double quotes",
      "mixed-encoding.csv        | statbank | line 3 | mixes encodings",
      "mixed-encoding.csv        | csv      | line 3 | save it again as \"CSV UTF-8\"",
      "workbook.xlsx             | statbank | row 1 | Excel workbook",
      "workbook.xlsx             | csv      | row 1 | readExcel(path)",
      "binary.dat                | csv      | line 1 | binary, not text",
      "binary.dat                | statbank | line 1 | Export the data as CSV",
      "empty.csv                 | statbank | line 1 | empty (0 bytes)",
      "empty.csv                 | csv      | line 1 | header line",
      "blank-lines.csv           | csv      | line 1 | only blank lines",
      "header-only.csv           | statbank | line 1 | header but no data rows",
      "header-only.csv           | csv      | line 1 | header but no data rows",
      "duplicate-columns.csv     | statbank | line 1 | names the column TID twice",
      "duplicate-columns.csv     | csv      | line 1 | Rename or remove one",
      "duplicate-keys.csv        | statbank | line 4 | repeats line 2 (same OMRÅDE × TID: Lejre, 2024M01)",
      "text-in-number.csv        | statbank | line 3 | \"ca. 40000\" in INDHOLD is not a number",
      "text-in-number-own.csv    | csv      | line 5 | column Beløb is numbers in 4 of its 5 values, but 1 is not: \"12,5 kr\" (line 5)",
      "unterminated-quote.csv    | csv      | line 3 | opens here and does not close on this line. Add the closing double quote",
      "unterminated-quote-at-end.csv | csv  | line 3 | a quoted field opens here and never closes",
      "unknown-municipality.csv  | statbank | line 4 | Did you mean Sønderborg?",
      "missing-indhold.csv       | statbank | line 1 | has no INDHOLD column",
      "utf16.csv                 | statbank | line 1 | UTF-16",
      "utf16.csv                 | csv      | line 1 | CSV UTF-8",
      "html-page.csv             | statbank | line 1 | web page",
      "html-page.csv             | csv      | line 1 | Download the data again",
      "json-instead.csv          | statbank | line 1 | JSON",
      "bad-period.csv            | statbank | line 3 | \"2023K5\" in TID is not a StatBank period",
      "impossible-date.csv       | csv      | line 3 | \"31.02.2024\" in column Modtaget is not a date (no such day)",
      "empty-column-name.csv     | statbank | line 1 | column 2 has no name",
      "empty-column-name.csv     | csv      | line 1 | column 2 has no name",
      "web-export-text-value.csv | statbank | line 1 | last field \"ca. 2545\" is not a number",
      "stray-quote.csv           | csv      | line 2 | text follows a closing quote",
      "short-row.csv             | csv      | line 3 | Add the missing field"})
  void malformedFileGivesOneLineWithFileLineAndFix(String name, String reader, String line, String fragment) {
    Path file = BAD.resolve(name);
    WorkbenchException e = assertThrows(WorkbenchException.class, () -> read(reader).apply(file));
    assertOneLine(e, file);
    assertTrue(e.getMessage().contains(", " + line + ": "), e.getMessage());
    assertTrue(e.getMessage().contains(fragment), e.getMessage());
    System.out.println(reader + "  " + e.getMessage());
  }

  @Test
  void everyReaderAndPreviewEitherReadsOrExplainsEveryCorpusFile() throws IOException {
    try (Stream<Path> files = Files.list(BAD)) {
      for (Path file : files.sorted().toList()) {
        for (Function<Path, Object> call : java.util.List.<Function<Path, Object>>of(
            statbank::read, csv::read, statbank::preview, csv::preview, ExcelReader.of(MUNICIPALITIES)::read)) {
          try {
            Object result = call.apply(file);
            assertTrue(result instanceof Table || result instanceof ImportPreview);
          } catch (WorkbenchException e) {
            assertOneLine(e, file);
          }
        }
      }
    }
  }

  @Test
  void fileThatDoesNotExistIsNamedWithTheFolderLookedIn() {
    Path file = BAD.resolve("does-not-exist.csv");
    for (String reader : new String[] {"statbank", "csv"}) {
      WorkbenchException e = assertThrows(WorkbenchException.class, () -> read(reader).apply(file));
      assertOneLine(e, file);
      assertTrue(e.getMessage().contains("no such file") && e.getMessage().contains("Check the spelling"), e.getMessage());
      System.out.println(reader + "  " + e.getMessage());
    }
    assertFalse(Files.exists(file));
  }

  @Test
  void directoryIsRefusedWithAPathInsideIt() {
    for (String reader : new String[] {"statbank", "csv"}) {
      WorkbenchException e = assertThrows(WorkbenchException.class, () -> read(reader).apply(BAD));
      assertOneLine(e, BAD);
      assertTrue(e.getMessage().contains("is a folder, not a file"), e.getMessage());
      System.out.println(reader + "  " + e.getMessage());
    }
  }

  @Test
  void tenMegabyteSingleLineIsRefusedQuickly(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("one-line.csv");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("OMRÅDE;TID;INDHOLD");
      String chunk = ";x".repeat(512);
      for (int written = 0; written < 10 * 1024 * 1024; written += chunk.length()) {
        out.write(chunk);
      }
    }
    assertTrue(Files.size(file) > 10_000_000);
    for (String reader : new String[] {"statbank", "csv"}) {
      WorkbenchException e = assertThrows(WorkbenchException.class, () -> read(reader).apply(file));
      assertOneLine(e, file);
      assertTrue(e.getMessage().contains("line 1: the line is longer than 1,000,000 characters"), e.getMessage());
      System.out.println(reader + "  " + e.getMessage());
    }
  }

  @Test
  void aFileThatTurnsFromWindows1252ToUtf8AfterTheFirstMegabyteIsRefusedAtThatLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("turns.csv");
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    bytes.writeBytes("OMRÅDE;TID;INDHOLD\n".getBytes(TextEncoding.WINDOWS_1252));
    byte[] row = "Tønder;2024;1\n".getBytes(TextEncoding.WINDOWS_1252);
    int rows = 0;
    while (bytes.size() < TextSource.SAMPLE_BYTES + 1000) {
      bytes.writeBytes(row);
      rows++;
    }
    bytes.writeBytes("Tønder;2024;2\n".getBytes(StandardCharsets.UTF_8));
    Files.write(file, bytes.toByteArray());
    long line = rows + 2;
    for (String reader : new String[] {"statbank", "csv"}) {
      WorkbenchException e = assertThrows(WorkbenchException.class, () -> read(reader).apply(file), reader);
      assertOneLine(e, file);
      assertTrue(e.getMessage().contains("line " + line + ": ") && e.getMessage().contains("CSV UTF-8"), reader + ": " + e.getMessage());
    }
  }

  @Test
  void danishWindows1252TextIsReadAsItIs(@TempDir Path dir) throws IOException {
    Path file = Files.write(dir.resolve("da.csv"), "kommune;note\nTønder;Æble, ø og å § 85 ½ ¼ °\nÆrø;Ørsted\n"
        .getBytes(TextEncoding.WINDOWS_1252));
    Table t = csv.read(file);
    assertEquals("Æble, ø og å § 85 ½ ¼ °", t.stringColumn("note").get(0));
    assertEquals("Ørsted", t.stringColumn("note").get(1));
  }

  @Test
  void aNamedPipeIsRefusedInsteadOfReadForEver(@TempDir Path dir) throws Exception {
    Path pipe = dir.resolve("pipe.csv");
    Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).inheritIO().start();
    assertEquals(0, mkfifo.waitFor(), "mkfifo (coreutils) makes the pipe");
    for (Function<Path, Table> reader : List.<Function<Path, Table>>of(statbank::read, csv::read, ExcelReader.of(MUNICIPALITIES)::read)) {
      WorkbenchException e = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
          () -> assertThrows(WorkbenchException.class, () -> reader.apply(pipe)));
      assertOneLine(e, pipe);
      assertTrue(e.getMessage().contains("not a regular file but a named pipe"), e.getMessage());
    }
  }

  private Function<Path, Table> read(String reader) {
    return reader.equals("statbank") ? statbank::read : csv::read;
  }

  private static void assertOneLine(WorkbenchException e, Path file) {
    String m = e.getMessage();
    assertFalse(m.contains("\n") || m.contains("\r"), m);
    assertTrue(m.startsWith(file.toString()), m);
    assertTrue(m.length() < 400, m);
  }

  private static Map<String, String> fingerprints() throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> files = Files.list(BAD)) {
      for (Path f : files.toList()) {
        out.put(f.getFileName().toString(),
            DatasetLoader.sha256(Files.readAllBytes(f)) + " " + Files.getLastModifiedTime(f).toMillis());
      }
    }
    return out;
  }
}
