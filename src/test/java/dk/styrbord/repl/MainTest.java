package dk.styrbord.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The non-interactive path of {@code ./workbench}: snippets piped in, results printed, exit. */
class MainTest {
  @Test
  void updateWithoutTheApiIsOneLineAndKeepsTheData(@org.junit.jupiter.api.io.TempDir java.nio.file.Path home) throws Exception {
    int closedPort;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      closedPort = s.getLocalPort();
    }
    System.setProperty("styrbord.statbank.url", "http://127.0.0.1:" + closedPort + "/v1");
    System.setProperty("styrbord.data.home", home.toString());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      assertEquals(1, Main.update(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
    } finally {
      System.clearProperty("styrbord.statbank.url");
      System.clearProperty("styrbord.data.home");
    }
    String line = err.toString(StandardCharsets.UTF_8).strip();
    assertFalse(line.contains("\n"), line);
    assertTrue(line.startsWith("Styrbord: Update stopped, the previous data are kept: REGK31: Cannot reach 127.0.0.1"), line);
    assertFalse(line.contains("cache"), "the update has no cache to fall back on, so it names none (the half-made layer is gone): " + line);
    assertTrue(line.endsWith("Connect to the internet and run the update again."), line);
    try (java.util.stream.Stream<java.nio.file.Path> left = java.nio.file.Files.list(home)) {
      assertEquals(0, left.count(), "no layer and no pointer are left");
    }
  }


  @Test
  void pipedDatasetsPrintsTheCatalogAndExits() {
    String out = PipedPrompt.run("datasets()\n", new HashMap<>());
    for (String dataset : new String[] {"municipalities", "population", "spending", "price_index",
        "recipients", "socioeconomic", "cases", "budget"}) {
      assertTrue(out.contains(" " + dataset + " "), dataset + " missing from:\n" + out);
    }
    assertTrue(out.contains("SYNTHETIC"), out);
    assertTrue(out.contains("OFFICIAL"), out);
    assertFalse(out.contains("$1 ==>"), "an expression shows its value only:\n" + out);
  }

  @Test
  void theBannerSaysWhatIsLoadedAndWhatIsSynthetic() {
    String out = PipedPrompt.run("/exit\n", new HashMap<>());
    assertTrue(out.contains("population"), out);
    assertTrue(out.contains("synthetic"), out);
    assertTrue(out.contains("help()"), out);
  }

  @Test
  void theDatasetsAreBoundAndTheBannerPrintedByOneStartUpSnippet() {
    String out = PipedPrompt.run("/list -start\n", new HashMap<>());
    assertTrue(out.lines().anyMatch(l -> l.contains("dk.styrbord.repl.DatasetVariables.bind();")
        && l.contains("dk.styrbord.repl.Banner.print();")), "one snippet, one compile:\n" + out);
  }

  @Test
  void datasetsAreVariablesAndTypoGetsOneLine() {
    String out = PipedPrompt.run(
        "municipalities.rowCount()\nkommune(\"Lejer\")\nkommune(\"hoersholm\").name()\n", new HashMap<>());
    assertTrue(out.contains("98"), out);
    assertTrue(out.contains("Exception Styrbord: Unknown municipality \"Lejer\". Did you mean Lejre?"), out);
    assertFalse(out.contains("|        at "), "no stack trace:\n" + out);
    assertTrue(out.contains("\"Hørsholm\""), out);
  }

  @Test
  void historyIsKeptInThePreferences() {
    Map<String, String> prefs = new HashMap<>();
    PipedPrompt.run("int answer = 42;\n", prefs);
    assertTrue(prefs.containsKey("MODE2"), "the feedback mode is retained: " + prefs.keySet());
    assertTrue(prefs.values().stream().anyMatch(v -> v.contains("int answer = 42")), prefs.toString());
  }
}
