package dk.styrbord.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.styrbord.repl.CompileHint;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The runner on JShell's plain local engine with no start-up: fast, and enough for what it does itself. */
class NotebookRunnerTest {
  private final NotebookRunner runner = new NotebookRunner(new ShellSetup("local",
      List.of(System.getProperty("java.class.path").split(File.pathSeparator)), "import tech.tablesaw.api.*;\n"));

  private List<CellResult> run(String text) {
    return runner.run(Notebook.parse(Path.of("nb.jsh"), text), NotebookRunner.Progress.NONE);
  }

  @Test
  void theLastExpressionIsHandedOverAsTheObjectItself() {
    List<CellResult> results = run("//%% T\nTable t = Table.create(\"tiny\", IntColumn.create(\"n\", 1, 2));\nt");

    assertEquals(List.of(new Output.TableShown(new TablePreview("tiny", List.of("n"), List.of(true),
        List.of(List.of("1"), List.of("2")), List.of(), 2))), results.get(0).outputs());
  }

  @Test
  void printedTextAndOfferedValuesKeepTheirOrder() {
    List<CellResult> results = run("//%% T\nSystem.out.println(\"one\");\n"
        + "System.out.println(dk.styrbord.notebook.Display.offer(42));\nSystem.err.println(\"three\");");

    assertEquals(List.of(new Output.Printed("one\n"), new Output.Value("42"), new Output.Printed("true\nthree\n")),
        results.get(0).outputs());
  }

  @Test
  void aCellEndingInPrintfShowsWhatItPrintedAndNotTheStream() {
    List<CellResult> results = run("//%% T\nSystem.out.printf(\"%d cases%n\", 3)");

    assertEquals(List.of(new Output.Printed("3 cases\n")), results.get(0).outputs());
  }

  @Test
  void aCellCutOffInsideAStatementIsIncompleteAtItsLine() {
    List<CellResult> results = run("//%% Open\nint a = 1;\nvoid f() {\n  a++;\n//%% Next\na");

    CellError error = results.get(0).error();
    assertEquals(CellError.Kind.INCOMPLETE, error.kind());
    assertEquals(3, error.line());
    assertEquals(CellResult.Status.NOT_RUN, results.get(1).status());
  }

  @Test
  void proseOnlyCellsRunAndSnippetsAfterCommentsKeepTheirLines() {
    List<CellResult> results = run("//%% Prose\n// only words\n//%% Code\n\nint a = 1;   // a comment\n// another\n\nint b = a / 0;");

    assertEquals(CellResult.Status.OK, results.get(0).status());
    assertEquals(8, results.get(1).error().line());
    assertEquals("java.lang.ArithmeticException: / by zero", results.get(1).error().message());
  }

  @Test
  void outsideARunNothingIsCaptured() {
    assertFalse(Display.isCapturing());
    assertFalse(Display.offer("chart"));
    List<CellResult> results = run("//%% Inside\nSystem.out.println(dk.styrbord.notebook.Display.isCapturing());");
    assertTrue(results.get(0).outputs().contains(new Output.Printed("true\n")));
    assertFalse(Display.isCapturing());
  }

  @Test
  void compilerMessagesLeaveOutJShellsWrapperClass() {
    CellError error = run("//%% C\nint a = missing + 1;").get(0).error();

    assertEquals("cannot find symbol\n  symbol:   variable missing", error.message());
    assertEquals(2, error.line());
  }

  @Test
  void aCommonSlipIsTheWorkbenchsOneLineHintAtItsLine() {
    NotebookRunner hinted = new NotebookRunner(new ShellSetup("local",
        List.of(System.getProperty("java.class.path").split(File.pathSeparator)),
        "import static dk.styrbord.repl.AnalysisPrompt.*;\n", CompileHint::of));
    CellError error = hinted.run(Notebook.parse(Path.of("nb.jsh"), "//%% C\nint year = 2024;\nint next = yaer + 1;"),
        NotebookRunner.Progress.NONE).get(0).error();

    assertEquals(CellError.Kind.COMPILE, error.kind());
    assertEquals("No variable called \"yaer\". Did you mean year?", error.message());
    assertEquals(3, error.line());
  }

  @Test
  void anExceptionWithoutMessageIsNamedByItsClass() {
    CellError error = run("//%% C\nthrow new IllegalStateException();").get(0).error();

    assertEquals("java.lang.IllegalStateException", error.message());
  }
}
