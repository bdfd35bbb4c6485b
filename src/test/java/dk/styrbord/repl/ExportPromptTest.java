package dk.styrbord.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.styrbord.WorkbenchException;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class ExportPromptTest {
  @TempDir Path dir;

  private static Table sample() {
    return Table.create("lejre", StringColumn.create("kommune", "Lejre", "Ærø"), DoubleColumn.create("dkk", 1234.5, -2));
  }

  private static String printed(Runnable action) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream stdout = System.out;
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      action.run();
    } finally {
      System.setOut(stdout);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void everyExampleRunsAtThePromptAndWritesUnderExports() throws Exception {
    try (Shell shell = new Shell()) {
      shell.eval(StartupScript.forPrompt());
      shell.eval("import static dk.styrbord.repl.ExportPrompt.*;");
      for (HelpEntry entry : ExportPrompt.HELP) {
        assertEquals("Export / Eksport", entry.task());
        assertTrue(entry.example().contains("\"exports/"), entry.example());
        for (int twice = 0; twice < 2; twice++) {
          for (SnippetEvent e : shell.eval(entry.example())) {
            assertEquals(Snippet.Status.VALID, e.status(), entry.name() + ": " + entry.example());
            assertNull(e.exception(), entry.name() + ": " + entry.example() + " threw " + e.exception());
          }
        }
      }
    }
    Path exports = Path.of(System.getProperty("styrbord.workdir", "")).toAbsolutePath().resolve("exports");
    try (InputStream in = Files.newInputStream(exports.resolve("level-5.38-2024.xlsx"));
        XSSFWorkbook book = new XSSFWorkbook(in)) {
      assertTrue(book.getSheetAt(0).getPhysicalNumberOfRows() > 90, "98 municipalities and a header");
    }
    byte[] csv = Files.readAllBytes(exports.resolve("population.csv"));
    assertTrue(csv.length > 0 && csv[0] != (byte) 0xEF, "international CSV has no byte-order mark");
    String header = new String(csv, StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
    assertTrue(header.contains(",") && !header.contains(";"), header);
  }

  @Test
  void eachExportPrintsOneLineWithTheWrittenPath() throws Exception {
    Path xlsx = dir.resolve("lejre.xlsx");
    Path danish = dir.resolve("lejre.csv");
    Path international = dir.resolve("lejre-int.csv");
    String out = printed(() -> {
      ExportPrompt.exportXlsx(sample(), xlsx.toString());
      ExportPrompt.exportCsv(sample(), danish.toString());
      ExportPrompt.exportCsvInternational(sample(), international.toString());
    });
    String[] lines = out.split("\\R");
    assertEquals(3, lines.length, out);
    assertTrue(lines[0].startsWith("Wrote " + xlsx + " (2 rows, 2 columns"), lines[0]);
    assertTrue(lines[1].startsWith("Wrote " + danish + " "), lines[1]);
    assertTrue(lines[2].startsWith("Wrote " + international + " "), lines[2]);
    assertTrue(Files.readString(danish, StandardCharsets.UTF_8).contains("Lejre;1234,5"));
    assertTrue(Files.readString(international, StandardCharsets.UTF_8).contains("Lejre,1234.5"));
  }

  @Test
  void anExistingFileIsKeptUnlessOverwriteIsTrue() throws Exception {
    Path file = dir.resolve("lejre.csv");
    printed(() -> ExportPrompt.exportCsv(sample(), file.toString()));
    WorkbenchException refused = assertThrows(WorkbenchException.class, () -> ExportPrompt.exportCsv(sample().first(1), file.toString()));
    assertEquals(file + " exists already; pass true as the last argument to replace it, or use lejre-2.csv.", refused.getMessage());
    assertEquals(3, Files.readAllLines(file).size(), "the refused export changed nothing");
    printed(() -> ExportPrompt.exportCsv(sample().first(1), file.toString(), true));
    assertEquals(2, Files.readAllLines(file).size());
    assertThrows(WorkbenchException.class, () -> ExportPrompt.exportXlsx(sample(), dir.toString(), true), "a folder is not a file");
  }
}
