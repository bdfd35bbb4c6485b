package dk.styrbord.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.styrbord.WorkbenchException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartFilesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Chart tiny(String title) {
    return new Chart(title, JSON.createArrayNode(), JSON.createObjectNode(), "Source: a test.");
  }

  @Test
  void savedPageIsSelfContainedAndOpensWithoutANetwork(@TempDir Path dir) throws Exception {
    Path file = ChartFiles.save(tiny("Lejre"), dir.resolve("lejre.html"), false);
    String page = Files.readString(file);
    assertTrue(page.contains("<title>Lejre</title>"));
    assertTrue(page.contains("plotly.js v" + OfflinePage.PLOTLY_VERSION), "plotly.js inlined, not linked");
  }

  @Test
  void anExistingFileIsKeptUnlessOverwriteIsAsked(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("chart.html");
    Files.writeString(file, "mine");
    WorkbenchException e = assertThrows(WorkbenchException.class, () -> ChartFiles.save(tiny("A"), file, false));
    assertTrue(e.getMessage().contains("exists already; pass true"), e.getMessage());
    assertEquals("mine", Files.readString(file));
    ChartFiles.save(tiny("A"), file, true);
    assertTrue(Files.readString(file).contains("<title>A</title>"));
    try (Stream<Path> left = Files.list(dir)) {
      assertEquals(List.of(file), left.toList(), "no temporary file left behind");
    }
  }

  @Test
  void savedFilesGetTheSamePermissionsAsAnyFileTheUserWrites(@TempDir Path dir) throws Exception {
    Path file = ChartFiles.save(tiny("A"), dir.resolve("a.html"), false);
    Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
    assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(file));
  }

  @Test
  void newFilesAreNamedFromTheTitleAndNumberedWhenTaken(@TempDir Path dir) {
    assertEquals(dir.resolve("hoersholm-spending-aeroe-aa.html"), ChartFiles.newFile(dir, "Hørsholm: spending, Ærø & Å!", "html"));
    assertEquals(dir.resolve("hoersholm-spending-aeroe-aa-2.html"), ChartFiles.newFile(dir, "Hørsholm: spending, Ærø & Å!", "html"));
    assertEquals(dir.resolve("hoersholm-spending-aeroe-aa-3.html"), ChartFiles.newFile(dir, "Hørsholm: spending, Ærø & Å!", "html"));
  }

  @Test
  void slugsAreShortAsciiAndNeverEmpty() {
    assertEquals("chart", ChartFiles.slug("§ – §"));
    assertEquals("lejre-2024-vs-oplandskommuner", ChartFiles.slug("Lejre 2024 vs Oplandskommuner"));
    assertTrue(ChartFiles.slug("a ".repeat(100)).length() <= 60);
  }

  @Test
  void showWritesIntoTheFolderWithoutReplacingAndReportsWhetherItOpened(@TempDir Path dir) {
    ChartViewer.Shown first = ChartViewer.show(tiny("Lejre"), dir);
    ChartViewer.Shown second = ChartViewer.show(tiny("Lejre"), dir);
    assertEquals(dir.resolve("lejre.html"), first.file());
    assertEquals(dir.resolve("lejre-2.html"), second.file());
    assertEquals(false, first.opened(), "the tests run headless");
  }
}
