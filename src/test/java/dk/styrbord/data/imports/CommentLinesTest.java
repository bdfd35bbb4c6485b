package dk.styrbord.data.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.styrbord.WorkbenchException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

class CommentLinesTest {
  @TempDir Path dir;

  @Test
  void leadingHashLinesAndBlankLinesAreCountedWhateverTheLineEnds() {
    assertEquals(3, CommentLines.count("# Title: x\r\n# Unit: DKK\r\n\r\nkommune;dkk\r\n# not leading\r\n"));
    assertEquals(2, CommentLines.count("# a\r#\rkommune,dkk\r"));
    assertEquals(0, CommentLines.count("#;kommune;dkk\n1;Lejre;2\n"), "a header starting with # is a header");
    assertEquals(0, CommentLines.count("#nr,kommune\n"));
    assertEquals("kommune;dkk\r\n", CommentLines.after("# Title: x\r\n\r\nkommune;dkk\r\n"));
    assertEquals("kommune,dkk\r", CommentLines.after("# a\r#\rkommune,dkk\r"));
    assertEquals("a;b\n", CommentLines.after("a;b\n"));
  }

  @Test
  void readCsvSkipsTheCommentsAndStillNamesTheRightLine() throws Exception {
    // The comments hold commas, quotes and more fields than the table: none of it may sway the dialect.
    Path file = dir.resolve("kommenteret.csv");
    Files.writeString(file, "# Title: \"spending\", 5.38, all, four, five, six\n# Source: a; b\n\nkommune;dkk\nLejre;12,5\nRoskilde;x;y\n",
        StandardCharsets.UTF_8);
    WorkbenchException e = assertThrows(WorkbenchException.class, () -> CsvReader.bundled().read(file));
    assertTrue(e.getMessage().contains("line 6"), e.getMessage());

    Files.writeString(file, "# Title: \"spending\", 5.38, all, four, five, six\n# Source: a; b\n\nkommune;dkk\nLejre;12,5\nRoskilde;-3\n",
        StandardCharsets.UTF_8);
    Table t = CsvReader.bundled().read(file);
    assertEquals(2, t.rowCount());
    assertEquals(12.5, ((Number) t.column("dkk").get(0)).doubleValue());
    assertEquals("Roskilde", t.getString(1, "kommune"));
  }
}
