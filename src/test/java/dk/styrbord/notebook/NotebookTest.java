package dk.styrbord.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.styrbord.WorkbenchException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class NotebookTest {
  private static final String TEXT = String.join("\n",
      "// # The title",
      "// Intro *prose*.",
      "",
      "//%% Parameters",
      "String kommune = \"Lejre\";",
      "",
      "//%%   Level  ",
      "// First line of prose.",
      "//",
      "//Second paragraph.",
      "",
      "Table t = level(\"5.38\", 2024);",
      "// a comment inside the code stays code",
      "t",
      "",
      "",
      "// %% Only prose",
      "// Nothing to run.",
      "//%%",
      "int x = 1;");

  private final Notebook notebook = Notebook.parse(Path.of("notebooks/example.jsh"), TEXT);

  @Test
  void cellsStartAtEachMarkerWithTheirTitles() {
    assertEquals(4, notebook.cells().size());
    assertEquals("Parameters", notebook.cells().get(0).title());
    assertEquals("Level", notebook.cells().get(1).title());
    assertEquals("Only prose", notebook.cells().get(2).title());
    assertEquals("Cell 4", notebook.cells().get(3).title());
  }

  @Test
  void theIntroductionGivesNameTitleAndProse() {
    assertEquals("example", notebook.name());
    assertEquals("The title", notebook.title());
    assertEquals("Intro *prose*.", notebook.intro());
  }

  @Test
  void leadingCommentLinesAreProseAndTheRestIsCode() {
    Cell level = notebook.cells().get(1);
    assertEquals("First line of prose.\n\nSecond paragraph.", level.prose());
    assertEquals("Table t = level(\"5.38\", 2024);\n// a comment inside the code stays code\nt", level.code());
    Cell prose = notebook.cells().get(2);
    assertEquals("Nothing to run.", prose.prose());
    assertTrue(!prose.hasCode());
  }

  @Test
  void codePositionsMapToFileLines() {
    Cell level = notebook.cells().get(1);
    assertEquals(12, level.codeLine());
    assertEquals(14, level.lineAt(level.code().lastIndexOf('t')));
    assertEquals(14, level.lastLine());
    assertEquals(20, notebook.cells().get(3).codeLine());
  }

  @Test
  void theParameterCellIsTheFirstWhenItIsCalledSo() {
    assertEquals("Parameters", notebook.parameterCell().title());
    assertNull(Notebook.parse(Path.of("x.jsh"), "//%% Start\nint a = 1;").parameterCell());
  }

  @Test
  void codeBeforeTheFirstCellIsAMistake() {
    WorkbenchException e = assertThrows(WorkbenchException.class,
        () -> Notebook.parse(Path.of("x.jsh"), "// intro\nint a = 1;\n//%% Cell\n"));
    assertEquals("x.jsh line 2: code before the first cell; put it in a cell that starts with a line //%% Title.", e.getMessage());
  }

  @Test
  void aFileWithoutCellsIsAMistake() {
    assertThrows(WorkbenchException.class, () -> Notebook.parse(Path.of("x.jsh"), "int a = 1;\n"));
  }
}
