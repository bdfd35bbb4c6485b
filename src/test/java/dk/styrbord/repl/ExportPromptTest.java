package dk.styrbord.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.styrbord.WorkbenchException;
import dk.styrbord.analysis.PriceBasis;
import dk.styrbord.analysis.Result;
import dk.styrbord.analysis.ResultInfo;
import dk.styrbord.analysis.ResultTable;
import dk.styrbord.analysis.Unit;
import dk.styrbord.data.DataStatus;
import dk.styrbord.data.Provenance;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    byte[] csv = Files.readAllBytes(exports.resolve("level-5.38-2024-international.csv"));
    assertTrue(csv.length > 0 && csv[0] != (byte) 0xEF, "international CSV has no byte-order mark");
    // level() is becoming a result; its "# …" lines, if any, come before the header.
    String header = new String(csv, StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("# ") && !l.isBlank()).findFirst().orElseThrow();
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

  private static ResultInfo info() {
    Provenance provenance = new Provenance(List.of("spending"), DataStatus.SYNTHETIC, List.of("synthetic, for training"), null);
    return ResultInfo.of("Lejre 2024: spending", "5.38 (adults)", List.of(2024), Unit.dkk(), PriceBasis.fixed(2024), provenance);
  }

  @Test
  void aResultTableAndAResultRecordTakeWhatTheyAreAlong() throws Exception {
    ResultTable table = ResultTable.of(sample(), info());
    Result record = new Result() {
      @Override
      public ResultInfo info() {
        return ExportPromptTest.info();
      }

      @Override
      public Table table() {
        return sample();
      }
    };
    Path xlsx = dir.resolve("result.xlsx");
    Path recordXlsx = dir.resolve("record.xlsx");
    Path csv = dir.resolve("result.csv");
    Path international = dir.resolve("record-int.csv");
    String out = printed(() -> {
      ExportPrompt.exportXlsx(table, xlsx.toString());
      ExportPrompt.exportXlsx(record, recordXlsx.toString());
      ExportPrompt.exportCsv(table, csv.toString());
      ExportPrompt.exportCsvInternational(record, international.toString());
    });
    assertTrue(out.lines().findFirst().orElseThrow().endsWith("title, unit, price basis and source on the sheet \"Om tallene (About)\")."), out);
    for (Path file : List.of(xlsx, recordXlsx)) {
      try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
        assertEquals("Om tallene (About)", book.getSheetName(1));
        org.apache.poi.ss.usermodel.Sheet about = book.getSheetAt(1);
        String status = java.util.stream.IntStream.rangeClosed(1, about.getLastRowNum()).mapToObj(about::getRow)
            .filter(r -> r.getCell(0).getStringCellValue().equals("Datastatus (Data status)")).findFirst().orElseThrow()
            .getCell(1).getStringCellValue();
        assertEquals("synthetic data: for training, not for decisions", status);
      }
    }
    assertTrue(Files.readString(csv, StandardCharsets.UTF_8).contains("# Price basis: fixed 2024 prices (faste 2024-priser)\r\n"));
    assertTrue(Files.readString(international, StandardCharsets.UTF_8).startsWith("# Title: Lejre 2024: spending\r\n"));
  }
}
