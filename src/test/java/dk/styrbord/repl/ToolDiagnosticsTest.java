package dk.styrbord.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import jdk.jshell.Diag;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import org.junit.jupiter.api.Test;

/**
 * The tool's text for a rejected snippet, as JDK 17's jshell prints it for the same input (checked
 * by piping each into {@code jshell}); PromptHintsTest shows the embedded tool prints the same,
 * since there it is replaced.
 */
class ToolDiagnosticsTest {
  private static String text(String source) {
    try (JShell shell = JShell.builder().executionEngine("local").build()) {
      Snippet snippet = shell.eval(source).get(0).snippet();
      List<Diag> diagnostics = shell.diagnostics(snippet).toList();
      return ToolDiagnostics.text(snippet.source(), diagnostics, "|  ");
    }
  }

  @Test
  void aDiagnosticOnOneLineHasACaretUnderItsSpan() {
    assertEquals("|  Error:\n|  cannot find symbol\n|    symbol:   variable yaer\n|  yaer + 1\n|  ^--^\n", text("yaer + 1"));
  }

  @Test
  void aDiagnosticOnALaterLineShowsThatLine() {
    assertEquals("|  Error:\n|  cannot find symbol\n|    symbol:   variable yaer\n|      yaer;\n|      ^--^\n",
        text("int next = 1 +\n    yaer;"));
  }

  @Test
  void aSpanOverSeveralLinesEndsInDots() {
    assertEquals("|  Error:\n|  incompatible types: java.lang.String cannot be converted to int\n|  int x = \"a\" +\n"
        + "|          ^----...\n", text("int x = \"a\" +\n  \"b\";"));
  }
}
