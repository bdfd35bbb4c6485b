package dk.styrbord.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {
  private static final String FIXTURES = "src/test/resources/notebooks/";

  @TempDir Path dir;

  @Test
  void aRuntimeErrorMarksItsCellAndLineAndSkipsTheRest() throws Exception {
    Runs.Run run = Runs.run(dir.resolve("failing.html"), FIXTURES + "failing.jsh");

    assertEquals(1, run.exit(), run.err());
    assertTrue(run.err().contains("[3/4] Call … FAILED, line 15: java.lang.ArithmeticException: / by zero"), run.err());
    assertTrue(run.err().contains("[4/4] After … not run"), run.err());
    assertTrue(run.html().contains("Cell 3 “Call” threw an exception at line 15"), "the status names cell and line");
    String call = Runs.section(run.html(), 3);
    assertTrue(call.startsWith("<section class=\"cell failed\""));
    assertTrue(call.contains("before the error"), "output up to the error is kept");
    assertTrue(call.contains("line 9 (cell 2 Define)"), "the frame inside the helper points at its line");
    assertTrue(call.contains("line 15 (cell 3 Call)"));
    String after = Runs.section(run.html(), 4);
    assertTrue(after.startsWith("<section class=\"cell not-run\""));
    assertFalse(after.contains("<pre class=\"printed\""), "a cell after the failure does not run");
  }

  @Test
  void aCompileErrorPointsAtItsFileLine() throws Exception {
    Runs.Run run = Runs.run(dir.resolve("compile.html"), FIXTURES + "compile-error.jsh");

    assertEquals(1, run.exit(), run.err());
    assertTrue(run.err().contains("[3/4] Broken … FAILED, line 11: cannot find symbol"), run.err());
    assertTrue(run.html().contains("Cell 3 “Broken” does not compile at line 11"));
    assertTrue(Runs.section(run.html(), 4).startsWith("<section class=\"cell not-run\""));
  }

  @Test
  void textFromDataProseAndParametersIsEscaped() throws Exception {
    Runs.Run run = Runs.run(dir.resolve("escaping.html"), FIXTURES + "escaping.jsh",
        "--param", "label=<script>alert(5)</script>");

    assertEquals(0, run.exit(), run.err());
    assertFalse(run.html().contains("<script>alert"), "no script from data runs");
    assertTrue(run.html().contains("<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>"), "a name in a table cell shows as text");
    assertTrue(run.html().contains("Kommuner &lt;script&gt;alert(3)&lt;/script&gt;"), "the table's name is its caption");
    assertTrue(run.html().contains("&lt;script&gt;alert(2)&lt;/script&gt;"), "raw HTML in prose shows as text");
    assertTrue(run.html().contains("&lt;script&gt;alert(4)&lt;/script&gt; &lt;script&gt;alert(5)&lt;/script&gt;"),
        "printed text and a parameter show as text");
    assertTrue(run.html().contains("link (https://example.com/x.js)"), "a link in prose becomes text");
    Runs.assertOffline(run.html());
  }

  @Test
  void chartsAreEmbeddedWithPlotlyInlinedOnce() throws Exception {
    Runs.Run run = Runs.run(dir.resolve("chart.html"), FIXTURES + "chart.jsh");

    assertEquals(1, run.exit(), "the last cell is a user mistake");
    assertTrue(run.html().contains("offered: true"), "Display.offer says a run is capturing");
    assertEquals(1, Runs.count(Runs.section(run.html(), 1), "<figure class=\"chart\">"), "an offered chart");
    assertEquals(1, Runs.count(Runs.section(run.html(), 2), "<figure class=\"chart\">"), "a chart as a cell's value");
    assertTrue(run.html().contains("Plotly.newPlot(\"chart-1-1\""));
    assertTrue(run.html().contains("Plotly.newPlot(\"chart-2-2\""));
    Runs.assertOffline(run.html());
    assertTrue(run.html().contains("Unknown municipality &quot;Atlantis&quot;."), "a user mistake shows its one-line message");
    assertTrue(run.html().contains("Cell 3 “A user mistake” threw an exception at line 11"));
  }

  @Test
  void anUnknownParameterFailsAtOnceWithASuggestion() throws Exception {
    Runs.Run run = Runs.run(dir.resolve("x.html"), "notebooks/lejre.jsh", "--param", "kommunne=Morsø");

    assertEquals(2, run.exit());
    assertTrue(run.err().contains("Unknown parameter \"kommunne\" for notebooks/lejre.jsh. Did you mean kommune?"), run.err());
    assertFalse(Files.exists(dir.resolve("x.html")));
  }

  @Test
  void anUnknownMunicipalityFailsAtOnceWithASuggestion() throws Exception {
    Runs.Run run = Runs.run(dir.resolve("x.html"), "notebooks/lejre.jsh", "--param", "kommune=Sønderbrog");

    assertEquals(2, run.exit());
    assertTrue(run.err().contains("Unknown municipality \"Sønderbrog\". Did you mean Sønderborg?"), run.err());
  }

  @Test
  void aValueOfTheWrongTypeFailsAtOnce() throws Exception {
    Runs.Run run = Runs.run(dir.resolve("x.html"), "notebooks/lejre.jsh", "--param", "year=last");

    assertEquals(2, run.exit());
    assertTrue(run.err().contains("--param year=last: year is a whole number, e.g. --param year=2024."), run.err());
  }

  @Test
  void aFileTheRunnerDidNotWriteIsLeftAlone() throws Exception {
    Path mine = dir.resolve("notes.html");
    Files.writeString(mine, "<p>my notes</p>", StandardCharsets.UTF_8);

    Runs.Run run = Runs.run(mine, FIXTURES + "escaping.jsh");

    assertEquals(2, run.exit());
    assertTrue(run.err().contains("exists and is not a notebook report"), run.err());
    assertEquals("<p>my notes</p>", Files.readString(mine, StandardCharsets.UTF_8));
  }

  @Test
  void aReportTheRunnerWroteIsReplaced() throws Exception {
    Path out = dir.resolve("again.html");
    assertEquals(0, Runs.run(out, FIXTURES + "escaping.jsh").exit());

    Runs.Run again = Runs.run(out, FIXTURES + "escaping.jsh", "--param", "label=second");

    assertEquals(0, again.exit(), again.err());
    assertTrue(again.html().contains("second"));
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count(), "no temporary file is left behind");
    }
  }

  private static final String A = String.join("\n",
      "// # Notebook A",
      "//%% Parameters",
      "String label = \"a-default\";",
      "",
      "//%% Define",
      "int fromA = 42;",
      "System.out.println(\"A says \" + fromA + \" \" + label);");
  private static final String B = String.join("\n",
      "// # Notebook B",
      "//%% Parameters",
      "int year = 2020;",
      "",
      "//%% Print",
      "System.out.println(\"B says \" + year);");
  /** Uses a variable only notebook A declares. */
  private static final String C = String.join("\n",
      "// # Notebook C",
      "//%% Use fromA",
      "System.out.println(\"C sees \" + fromA);");

  private Path notebook(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static String read(Path file) throws Exception {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  @Test
  void severalNotebooksRunInOneGoEachToItsOwnReport() throws Exception {
    Path out = dir.resolve("out");
    Runs.Run run = Runs.command(List.of(notebook("a.jsh", A).toString(), notebook("b.jsh", B).toString(),
        "--param", "label=given", "--out-dir", out.toString()));

    assertEquals(0, run.exit(), run.err());
    String a = read(out.resolve("a.html"));
    String b = read(out.resolve("b.html"));
    assertTrue(a.contains("A says 42 given"), "the parameter reaches the notebook that declares it");
    assertTrue(a.contains("<td><code>label</code></td><td>given</td>"));
    assertTrue(b.contains("B says 2020"), "the other notebook runs with its defaults");
    assertFalse(b.contains("A says"), "each report holds its own notebook's output");
    assertTrue(run.err().contains("(1 of 2, 2 cells) with label=given"), run.err());
    assertTrue(run.err().contains("(2 of 2, 2 cells) with year=2020"), run.err());
    assertTrue(run.err().contains("Report: " + out.resolve("b.html") + " in "), run.err());
    assertTrue(run.err().lines().reduce((x, y) -> y).orElse("").matches("Styrbord: 2 reports written in \\d+\\.\\d s\\."),
        run.err());
  }

  @Test
  void eachNotebookHasAFreshShellAndAFailureLeavesTheOtherReportsWritten() throws Exception {
    Path out = dir.resolve("out");
    Path c = notebook("c.jsh", C);
    Runs.Run run = Runs.command(List.of(notebook("a.jsh", A).toString(), c.toString(), notebook("b.jsh", B).toString(),
        "--out-dir", out.toString()));

    assertEquals(1, run.exit(), run.err());
    assertTrue(read(out.resolve("a.html")).contains("All 2 cells ran without error."));
    String seen = read(out.resolve("c.html"));
    assertTrue(seen.contains("Cell 1 “Use fromA” does not compile at line 3"), "fromA from notebook A is unknown in C");
    assertTrue(seen.contains("cannot find symbol"));
    assertFalse(seen.contains("<pre class=\"printed\""), "nothing of C ran");
    assertTrue(read(out.resolve("b.html")).contains("B says 2020"), "the notebook after the failure still runs");
    assertTrue(run.err().contains("3 runs in "), run.err());
    assertTrue(run.err().contains(": 3 reports written, a cell failed in " + c + "."), run.err());
  }

  @Test
  void aParameterNoNotebookDeclaresFailsAtOnceWithASuggestion() throws Exception {
    Path out = dir.resolve("out");
    Runs.Run run = Runs.command(List.of(notebook("a.jsh", A).toString(), notebook("b.jsh", B).toString(),
        "--param", "lable=x", "--out-dir", out.toString()));

    assertEquals(2, run.exit());
    assertEquals("Styrbord: Unknown parameter \"lable\": none of the 2 notebooks declares it. Did you mean label?"
        + " Their parameters: label, year.", run.err().strip());
    assertFalse(Files.exists(out), "nothing ran");
  }

  @Test
  void aValueOneNotebookCannotTakeStopsAllBeforeAnythingRuns() throws Exception {
    Path out = dir.resolve("out");
    Runs.Run run = Runs.command(List.of(notebook("a.jsh", A).toString(), notebook("b.jsh", B).toString(),
        "--param", "year=soon", "--out-dir", out.toString()));

    assertEquals(2, run.exit());
    assertEquals("Styrbord: --param year=soon: year is a whole number, e.g. --param year=2020.", run.err().strip());
    assertFalse(Files.exists(out.resolve("a.html")));
  }

  @Test
  void aMissingNotebookStopsAllBeforeAnythingRuns() throws Exception {
    Path out = dir.resolve("out");
    Path missing = dir.resolve("missing.jsh");
    Runs.Run run = Runs.command(List.of(notebook("a.jsh", A).toString(), missing.toString(), "--out-dir", out.toString()));

    assertEquals(2, run.exit());
    assertTrue(run.err().startsWith("Styrbord: No notebook " + missing + "."), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void aFileInTheWayOfOneReportStopsAllAndIsLeftAlone() throws Exception {
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.writeString(out.resolve("b.html"), "<p>my notes</p>", StandardCharsets.UTF_8);

    Runs.Run run = Runs.command(List.of(notebook("a.jsh", A).toString(), notebook("b.jsh", B).toString(),
        "--out-dir", out.toString()));

    assertEquals(2, run.exit());
    assertEquals("Styrbord: " + out.resolve("b.html") + " exists and is not a notebook report; give another --out or move it away.",
        run.err().strip());
    assertFalse(Files.exists(out.resolve("a.html")));
    assertEquals("<p>my notes</p>", read(out.resolve("b.html")));
  }

  @Test
  void twoNotebooksThatWouldWriteOneReportAreRefused() throws Exception {
    String a = notebook("a.jsh", A).toString();
    Runs.Run run = Runs.command(List.of(a, a, "--out-dir", dir.resolve("out").toString()));

    assertEquals(2, run.exit());
    assertTrue(run.err().contains(" would both write "), run.err());
  }

  @Test
  void outWithSeveralNotebooksIsRefusedInOneLine() throws Exception {
    Runs.Run run = Runs.command(List.of(notebook("a.jsh", A).toString(), notebook("b.jsh", B).toString(),
        "--out", dir.resolve("r.html").toString()));

    assertEquals(2, run.exit());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().startsWith("Styrbord: --out names one report, but 2 notebooks were given;"), run.err());
  }

  /** Fails for Morsø only, so a batch has one failing municipality. */
  private static final String PER_KOMMUNE = String.join("\n",
      "// # Per municipality",
      "//%% Parameters",
      "String kommune = \"Lejre\";",
      "",
      "//%% Say",
      "if (kommune.equals(\"Morsø\")) throw new IllegalStateException(\"no data for \" + kommune);",
      "System.out.println(\"Report for \" + kommune);");

  @Test
  void aBatchWritesOneReportPerMunicipalityAndAnIndexLinkingThem() throws Exception {
    Path out = dir.resolve("out");
    Path nb = notebook("per.jsh", PER_KOMMUNE);
    Runs.Run run = Runs.command(List.of(nb.toString(), "--param", "kommune=Lolland, Hørsholm", "--out-dir", out.toString()));

    assertEquals(0, run.exit(), run.err());
    assertTrue(read(out.resolve("per-lolland.html")).contains("Report for Lolland"));
    assertTrue(read(out.resolve("per-hoersholm.html")).contains("Report for Hørsholm"));
    String index = read(out.resolve("index.html"));
    List<String> links = hrefs(index);
    assertEquals(List.of("per-lolland.html", "per-hoersholm.html"), links);
    for (String link : links) {
      assertTrue(Files.isRegularFile(out.resolve(link)), "the link " + link + " leads to its report");
    }
    assertTrue(index.contains(">Lolland</a>") && index.contains(">Hørsholm</a>"), index);
    assertTrue(run.err().contains("Index: " + out.resolve("index.html")), run.err());
  }

  @Test
  void aFailingMunicipalityIsReportedAndTheBatchGoesOn() throws Exception {
    Path out = dir.resolve("out");
    Path nb = notebook("per.jsh", PER_KOMMUNE);
    Runs.Run run = Runs.command(List.of(nb.toString(), "--param", "kommune=Morsø,Lolland", "--out-dir", out.toString()));

    assertEquals(1, run.exit(), run.err());
    assertTrue(read(out.resolve("per-morsoe.html")).contains("no data for Morsø"));
    assertTrue(read(out.resolve("per-lolland.html")).contains("Report for Lolland"), "the run after the failure happened");
    String index = read(out.resolve("index.html"));
    assertTrue(index.contains("<td class=\"failed\">a cell failed</td>"), index);
    assertEquals(1, Runs.count(index, ">all cells ran</td>"), index);
    assertTrue(run.err().contains("a cell failed in " + nb + " for Morsø."), run.err());
  }

  @Test
  void aBatchWithAnUnknownMunicipalityRunsNothing() throws Exception {
    Path out = dir.resolve("out");
    Runs.Run run = Runs.command(List.of(notebook("per.jsh", PER_KOMMUNE).toString(), "--param", "kommune=Lolland,Atlantis",
        "--out-dir", out.toString()));

    assertEquals(2, run.exit(), run.err());
    assertTrue(run.err().startsWith("Styrbord: Unknown municipality \"Atlantis\""), run.err());
    assertFalse(Files.exists(out), "nothing is written");
  }

  @Test
  void allMeansEveryMunicipalityOfTheRegistry() throws Exception {
    Path out = dir.resolve("out");
    Files.createDirectories(out);
    Files.writeString(out.resolve("per-lolland.html"), "mine");
    Runs.Run run = Runs.command(List.of(notebook("per.jsh", PER_KOMMUNE).toString(), "--param", "kommune=all",
        "--out-dir", out.toString()));

    assertEquals(2, run.exit(), "a file in the way of one of the 98 stops the batch before it runs: " + run.err());
    assertTrue(run.err().contains("per-lolland.html exists and is not a notebook report"), run.err());
    try (var files = Files.list(out)) {
      assertEquals(1, files.count(), "none of the 98 ran");
    }
  }

  /** The link targets of a page, in order. */
  private static List<String> hrefs(String html) {
    return java.util.regex.Pattern.compile("href=\"([^\"]*)\"").matcher(html).results().map(m -> m.group(1)).toList();
  }

  @Test
  void pdfPrintsEachReportOnA4BesideItAndTheIndexLinksThem() throws Exception {
    Path out = dir.resolve("out");
    Runs.Run run = Runs.command(List.of(notebook("per.jsh", PER_KOMMUNE).toString(), "--pdf", "--param", "kommune=Lolland,Morsø",
        "--out-dir", out.toString()));

    assertEquals(1, run.exit(), "Morsø's run fails: " + run.err());
    assertTrue(Files.isRegularFile(out.resolve("per-lolland.html")));
    assertEquals(List.of("per-lolland.html", "per-lolland.pdf", "per-morsoe.html", "per-morsoe.pdf"),
        hrefs(read(out.resolve("index.html"))), "the index links each report and its PDF");
    String pdf = new String(Files.readAllBytes(out.resolve("per-lolland.pdf")), StandardCharsets.ISO_8859_1);
    assertTrue(pdf.startsWith("%PDF-"), "a PDF");
    // A4 is 210 × 297 mm = 595.3 × 841.9 points; Chromium rounds to whole CSS pixels (793 × 1122 px)
    java.util.regex.Matcher box = java.util.regex.Pattern.compile("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]").matcher(pdf);
    assertTrue(box.find(), "a page size");
    assertEquals(210 / 25.4 * 72, Double.parseDouble(box.group(1)), 1.0);
    assertEquals(297 / 25.4 * 72, Double.parseDouble(box.group(2)), 1.0);
    assertTrue(run.err().contains("PDF: " + out.resolve("per-lolland.pdf") + " in "), run.err());
  }
}
