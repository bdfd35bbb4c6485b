package dk.styrbord.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import jdk.jshell.JShell;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tech.tablesaw.api.Table;

/** Every notebook in notebooks/ runs headless, with its defaults and for another municipality. */
class ShippedNotebooksTest {
  /** A municipality unlike the seed stories' (small, an island, a turnaround of its own). */
  private static final String OTHER = "Morsø";

  @TempDir Path dir;

  static Stream<Arguments> runs() throws IOException {
    List<Arguments> runs = new ArrayList<>();
    for (Path notebook : shipped()) {
      runs.add(Arguments.of(notebook.toString(), List.of()));
      if (Parameters.of(Notebook.read(notebook)).declared().stream().anyMatch(p -> p.name().equals(Parameters.KOMMUNE))) {
        runs.add(Arguments.of(notebook.toString(), List.of("--param", "kommune=" + OTHER)));
      }
    }
    return runs.stream();
  }

  static List<Path> shipped() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("notebooks"))) {
      return files.filter(f -> f.toString().endsWith(".jsh")).sorted().toList();
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("runs")
  void runsWithoutErrorAndOffline(String notebook, List<String> parameters) throws Exception {
    List<String> args = new ArrayList<>(List.of(notebook));
    args.addAll(parameters);

    Runs.Run run = Runs.run(dir.resolve("report.html"), args.toArray(String[]::new));

    assertEquals(0, run.exit(), run.err());
    int cells = Notebook.read(Path.of(notebook)).cells().size();
    assertTrue(run.html().contains("All " + cells + " cells ran without error."), run.err());
    assertFalse(run.html().contains("class=\"cell failed\""));
    Runs.assertOffline(run.html());
    String source = Files.readString(Path.of(notebook), StandardCharsets.UTF_8);
    if (source.matches("(?s).*(?<![.\\w])(chart|show|map|\\w+Chart)\\(.*")) {
      assertTrue(run.html().contains("<figure class=\"chart\">"), "the notebook's charts are embedded");
    }
    if (!parameters.isEmpty()) {
      assertTrue(run.html().contains("<td>" + OTHER + "</td>"), "the report names the municipality it ran for");
    }
  }

  @ParameterizedTest(name = "varde.jsh for {0}")
  @ValueSource(strings = {"Varde", "Esbjerg"})
  void theCasePanelSaysWhoseCasesItShows(String kommune) throws Exception {
    // The catalog gives the bundled cases to 540 Sønderborg: a report for any other municipality must say so
    Runs.Run run = Runs.run(dir.resolve("varde.html"), "notebooks/varde.jsh", "--param", "kommune=" + kommune);

    assertEquals(0, run.exit(), run.err());
    String text = run.html().replaceAll("<[^>]+>", "").replace("&#39;", "'").replace("&amp;", "&");
    assertTrue(text.contains("The case panel uses Sønderborg's own case data (synthetic data), not " + kommune + "'s"), text);
    for (String caption : List.of("open cases per caseworker", "decisions on or before the deadline",
        "processing time from application to decision", "moves on the intervention ladder by year")) {
      assertTrue(text.contains("Sønderborg: " + caption), caption);
    }
    assertEquals(4, count(text, "Data: cases (synthetic data); Sønderborg's own data"), "one Data line per case table");
    assertFalse(text.contains(kommune + ": open cases"), "no case table is captioned with the report's municipality");
  }

  private static int count(String text, String part) {
    return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }

  @Test
  void lollandsGroupRateIsAllTheGroupsRecipientsOverAllItsAdults() throws Exception {
    Runs.Run run = Runs.run(dir.resolve("lolland.html"), "notebooks/lolland.jsh");
    // §85 in 2024 by hand from the bundled files, Lolland left out of its group
    Table municipalities = Table.read().csv("data/municipalities.csv");
    Table recipients = Table.read().csv("data/recipients.csv");
    Table population = Table.read().csv("data/population.csv");
    String group = municipalities.where(municipalities.stringColumn("name").isEqualTo("Lolland")).stringColumn("comparison_group").get(0);
    int[] others = municipalities.where(municipalities.stringColumn("comparison_group").isEqualTo(group)
        .and(municipalities.stringColumn("name").isNotEqualTo("Lolland"))).intColumn("code").asIntArray();
    Table support = recipients.where(recipients.stringColumn("measure").isEqualTo("§85")
        .and(recipients.intColumn("year").isEqualTo(2024)).and(recipients.intColumn("code").isIn(others))).sortOn("code");
    Table adults = population.where(population.intColumn("year").isEqualTo(2024).and(population.intColumn("code").isIn(others))).sortOn("code");
    double ratioOfSums = 1000 * support.numberColumn("recipients").sum() / adults.numberColumn("age_18_64").sum();
    double meanOfRates = support.numberColumn("recipients").multiply(1000).divide(adults.numberColumn("age_18_64")).mean();
    String rates = Runs.section(run.html(), 6);
    assertTrue(rates.contains("<td class=\"num\">" + String.format(Locale.ROOT, "%.2f", ratioOfSums) + "</td>"), rates);
    assertFalse(rates.contains("<td class=\"num\">" + String.format(Locale.ROOT, "%.2f", meanOfRates) + "</td>"),
        "the group's rate is not the mean of its members' rates");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shipped")
  void opensAtThePromptAsItRuns(Path notebook) throws IOException {
    // /open at the prompt reads the whole file as one text: a statement must not run on into the next cell
    String rest = Files.readString(notebook, StandardCharsets.UTF_8);
    try (JShell shell = JShell.builder().executionEngine("local").build()) {
      SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
      while (!rest.isBlank()) {
        SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
        assertTrue(info.completeness().isComplete() || info.completeness() == SourceCodeAnalysis.Completeness.EMPTY,
            () -> notebook + ": incomplete at " + info.remaining());
        if (info.source() == null) {
          break;
        }
        String code = info.source().substring(CellShell.codeStart(info.source()));
        assertFalse(runsIntoAnotherCell(code), () -> notebook + ": a statement without ; runs into the next cell: " + code);
        rest = info.remaining();
      }
    }
  }

  /** Whether a cell marker stands before the last line of code (comment lines after the code do not count). */
  private static boolean runsIntoAnotherCell(String code) {
    List<String> lines = code.lines().toList();
    int lastCode = -1;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (!line.isEmpty() && !line.startsWith("//")) {
        lastCode = i;
      }
    }
    return lines.subList(0, lastCode + 1).stream().anyMatch(l -> l.strip().startsWith("//%%") || l.strip().startsWith("// %%"));
  }
}
