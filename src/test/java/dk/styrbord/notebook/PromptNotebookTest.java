package dk.styrbord.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.styrbord.WorkbenchException;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A notebook run from the prompt: each cell printed as it ends, on JShell's plain local engine. */
class PromptNotebookTest {
  private static final ShellSetup SETUP = new ShellSetup("local",
      List.of(System.getProperty("java.class.path").split(File.pathSeparator)), "import tech.tablesaw.api.*;\n");

  private static final String TEXT = """
      // # Small

      //%% Parameters
      int year = 2024;

      //%% Table
      Table t = Table.create("years", IntColumn.create("year", year - 2, year - 1, year), StringColumn.create("note", "a", "bb", "c"));
      t

      //%% Sum
      System.out.println("summing");
      long total = (long) t.intColumn("year").sum();
      total
      """;

  @TempDir Path folder;
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

  private PromptNotebook open() throws Exception {
    Path file = folder.resolve("small.jsh");
    Files.writeString(file, TEXT, StandardCharsets.UTF_8);
    return PromptNotebook.open(file, SETUP, null, new PrintStream(bytes, true, StandardCharsets.UTF_8));
  }

  private String printed() {
    String text = bytes.toString(StandardCharsets.UTF_8);
    bytes.reset();
    return text;
  }

  @Test
  void runningOneCellRunsTheCellsAboveThatHaveNotRunAndPrintsEach() throws Exception {
    try (PromptNotebook nb = open()) {
      nb.run(3);
      String out = printed();
      List<String> headers = out.lines().filter(l -> l.startsWith("── cell")).toList();
      assertEquals(3, headers.size(), out);
      assertTrue(headers.get(0).startsWith("── cell 1 · Parameters · ok, "), out);
      assertTrue(headers.get(2).startsWith("── cell 3 · Sum · ok, "), out);
      // 2022 + 2023 + 2024, and what the cell printed before its value
      assertTrue(out.contains("summing\n6069\n"), out);
      // the table as aligned text: numbers right-aligned under their header, text left-aligned
      assertTrue(out.contains("years  (3 rows)\nyear  note\n2022  a   \n2023  bb  \n2024  c   \n"), out);

      nb.run(3);
      assertEquals(1, printed().lines().filter(l -> l.startsWith("── cell")).count(), "only cell 3 runs again");
    }
  }

  @Test
  void settingAParameterRunsTheCellsThatDependOnIt() throws Exception {
    try (PromptNotebook nb = open()) {
      nb.runAll();
      printed();
      nb.set("year", 2000);
      String out = printed();
      // 1998 + 1999 + 2000
      assertTrue(out.contains("\n5997\n"), out);
      assertTrue(nb.toString().contains("cell 3 · Sum · ok"), nb.toString());
    }
  }

  @Test
  void aCellWithoutAChartOrANumberOutOfRangeIsOneLine() throws Exception {
    try (PromptNotebook nb = open()) {
      assertEquals("Cell 2 showed no chart; it has not run yet: run(2) first.",
          assertThrows(WorkbenchException.class, () -> nb.chart(2)).getMessage());
      assertEquals("This notebook has cells 1 to 3; there is no cell 9.",
          assertThrows(WorkbenchException.class, () -> nb.show(9)).getMessage());
    }
    assertTrue(assertThrows(WorkbenchException.class,
        () -> PromptNotebook.open(folder.resolve("none.jsh"), SETUP, null, System.out)).getMessage()
        .startsWith("There is no notebook "));
  }

  @Test
  void aLongTableShowsItsFirstAndLastRows() {
    List<List<String>> rows = new java.util.ArrayList<>();
    for (int i = 1; i <= 50; i++) {
      rows.add(List.of(String.valueOf(i)));
    }
    String text = CellText.table(new TablePreview("n", List.of("i"), List.of(true), rows, List.of(), 50));
    List<String> lines = text.lines().toList();
    // caption, header, 20 first rows, the gap, 10 last rows
    assertEquals(2 + 20 + 1 + 10, lines.size(), text);
    assertEquals(" 1", lines.get(2));
    assertEquals("  … 20 rows not shown …", lines.get(22));
    assertEquals("41", lines.get(23));
    assertEquals("50", lines.get(32));
  }
}
