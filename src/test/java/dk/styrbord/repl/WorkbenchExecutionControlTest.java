package dk.styrbord.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jdk.jshell.EvalException;
import jdk.jshell.SnippetEvent;
import org.junit.jupiter.api.Test;

class WorkbenchExecutionControlTest {

  @Test
  void redefiningAMethodKeepsTheVariablesComputedFromIt() {
    // Under JShell's plain local engine v reads 0 after the redefinition (dflib/jjava#128).
    try (Shell shell = new Shell()) {
      shell.eval("int f() { return 1; }");
      shell.eval("var v = f();");
      shell.eval("int f() { return 2; }");
      assertEquals("1", shell.value("v"));
      assertEquals("2", shell.value("f()"));
    }
  }

  @Test
  void aChangedSignatureStillReplacesTheSnippetAndSaysSo() {
    try (Shell shell = new Shell()) {
      shell.eval("int f() { return 1; }");
      shell.eval("var v = f();");
      var events = shell.jshell.eval("long f() { return 2L; }");
      boolean reset =
          events.stream()
              .anyMatch(e -> e.causeSnippet() != null && e.snippet().source().contains("var v"));
      assertTrue(reset, "JShell reports the dependent variable as updated, so the prompt tells the user");
    }
  }

  @Test
  void aUserMistakeComesBackAsOneLineWithoutATrace() {
    try (Shell shell = new Shell()) {
      SnippetEvent e = shell.eval("throw new dk.styrbord.WorkbenchException(\"Unknown municipality \\\"Lejer\\\". Did you mean Lejre?\");").get(0);
      EvalException error = assertInstanceOf(EvalException.class, e.exception());
      assertEquals("Unknown municipality \"Lejer\". Did you mean Lejre?", error.getMessage());
      assertEquals("Styrbord", error.getExceptionClassName());
      assertEquals(0, error.getStackTrace().length);
    }
  }

  @Test
  void otherExceptionsKeepOnlyTheSnippetsFramesAndPointToLastError() {
    try (Shell shell = new Shell()) {
      SnippetEvent e = shell.eval("Integer.parseInt(\"12,5\")").get(0);
      EvalException error = assertInstanceOf(EvalException.class, e.exception());
      assertEquals("java.lang.NumberFormatException", error.getExceptionClassName());
      assertTrue(error.getMessage().contains("lastError()"), error.getMessage());
      assertNotNull(error.getStackTrace());
      assertEquals(1, error.getStackTrace().length);
      // JShell shows a snippet's own frame as "(#1:1)": snippet 1, line 1.
      assertEquals("#1", error.getStackTrace()[0].getFileName());
      assertTrue(LastError.trace().contains("java.lang.Integer.parseInt"), LastError.trace());
    }
  }
}
