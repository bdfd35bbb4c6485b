package dk.styrbord.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.styrbord.WorkbenchException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
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
    assertTrue(unpackedPlotly(page).startsWith("/**\n* plotly.js v" + OfflinePage.PLOTLY_VERSION), "plotly.js packed in, not linked");
    assertFalse(page.contains("<script src"), "no script is linked");
  }

  @Test
  void thePackedPlotlyIsTheMinifiedBundleAtAThirdOfItsSize() throws Exception {
    String page = tiny("Lejre").page();
    String minified;
    try (InputStream in = OfflinePage.class.getResourceAsStream("plotly/plotly.min.js")) {
      minified = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertTrue(unpackedPlotly(page).startsWith(minified), "the unpacked script is the whole bundle");
    assertTrue(page.length() < 2_000_000, "a chart's page is " + page.length() + " bytes; plotly.min.js alone is " + minified.length());
  }

  @Test
  void theBundleTheBuildFetchedIsTheVersionTheCodeNames() throws Exception {
    try (InputStream in = OfflinePage.class.getResourceAsStream("plotly/package.json")) {
      String manifest = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(manifest.contains("\"name\": \"plotly.js-dist-min\"") && manifest.contains("\"version\": \"" + OfflinePage.PLOTLY_VERSION + "\""),
          "pom.xml's plotly.version and OfflinePage.PLOTLY_VERSION agree");
    }
    try (InputStream in = OfflinePage.class.getResourceAsStream("plotly/LICENSE")) {
      assertTrue(new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("MIT"), "plotly's licence travels with it");
    }
  }

  /** The script packed into a page: base64 decoded and gunzipped here, as the page's browser does. */
  static String unpackedPlotly(String page) throws IOException {
    Matcher m = Pattern.compile("\\(\"([A-Za-z0-9+/=]{100000,})\"\\)").matcher(page);
    assertTrue(m.find(), "a base64 string in the page");
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(m.group(1))))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
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
