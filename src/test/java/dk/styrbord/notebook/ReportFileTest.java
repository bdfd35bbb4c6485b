package dk.styrbord.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.styrbord.WorkbenchException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFileTest {
  @TempDir Path dir;

  private static Report.Page page(String body) {
    return new Report.Page("<!DOCTYPE html><html><head>" + Report.GENERATOR, false, "</head><body>" + body + "</body></html>");
  }

  @Test
  void aFileAnotherProgramWroteDuringTheRunIsNeverReplaced() throws IOException {
    Path out = dir.resolve("lolland.html");
    ReportFile.checkMayWrite(out);
    // while the notebook runs, another program writes its own file at the report's path
    Files.writeString(out, "a spreadsheet's export, not a report");
    WorkbenchException e = assertThrows(WorkbenchException.class, () -> ReportFile.write(out, page("figures")));
    assertEquals(out + " exists and is not a notebook report; give another --out or move it away.", e.getMessage());
    assertEquals("a spreadsheet's export, not a report", Files.readString(out));
  }

  @Test
  void aReportTheRunnerWroteIsReplacedAndANewOneIsPlaced() throws IOException {
    Path out = dir.resolve("lolland.html");
    ReportFile.write(out, page("first"));
    ReportFile.write(out, page("second"));
    assertTrue(Files.readString(out).contains("<body>second</body>"));
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count(), "no temporary file is left");
    }
  }
}
