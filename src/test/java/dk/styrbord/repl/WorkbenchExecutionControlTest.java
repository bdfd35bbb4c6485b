package dk.styrbord.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import jdk.jshell.EvalException;
import jdk.jshell.SnippetEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

  @Test
  void aRecursionTooDeepIsOneLineNamingTheMethodAndLastErrorKeepsTheTrace() {
    try (Shell shell = new Shell()) {
      shell.eval("int depth(int n) { return depth(n + 1) + 1; }");
      SnippetEvent e = shell.eval("depth(0)").get(0);
      EvalException error = assertInstanceOf(EvalException.class, e.exception());
      assertEquals("The snippet recursed too deeply (StackOverflowError in depth): a recursion needs a case that returns"
          + " without calling itself again.   (lastError() shows the full trace)", error.getMessage());
      assertEquals(0, error.getStackTrace().length, "before: 1,024 frame lines");
      assertTrue(LastError.trace().lines().count() > 1000, "lastError() keeps every frame");
      assertTrue(LastError.trace().startsWith("java.lang.StackOverflowError"), LastError.trace());
    }
  }

  @Test
  void controlCharactersInACsvValueAreShownEscapedAtThePromptAndLinesKept(@TempDir Path dir) throws IOException {
    Path csv = Files.writeString(dir.resolve("evil.csv"), "name,value\nLejre\u001B[2J,1\nEvil\u202E,2\n", StandardCharsets.UTF_8);
    String path = csv.toString().replace("\\", "/");

    String out = PipedPrompt.run("var t = readCsv(\"" + path + "\");\nt\n/vars\n/exit\n", new HashMap<>()).replace("\r\n", "\n");

    assertFalse(out.contains("\u001B") || out.contains("\u202E"), "no raw escape or bidi override reaches the terminal");
    assertTrue(out.contains("styrbord> t\n"), out);
    String shown = out.substring(out.indexOf("styrbord> t\n"));
    assertTrue(shown.contains("Lejre\\u001B[2J") && shown.contains("Evil\\u202E"), shown);
    assertTrue(shown.lines().filter(l -> l.contains("Lejre") || l.contains("Evil")).count() >= 2, "one row a line: " + shown);
  }

  @Test
  void controlCharactersInAnExceptionMessageAreShownEscaped() {
    try (Shell shell = new Shell()) {
      SnippetEvent e = shell.eval("throw new IllegalStateException(\"bad \\u001B]0;title\\u0007 value\");").get(0);
      EvalException error = assertInstanceOf(EvalException.class, e.exception());
      assertTrue(error.getMessage().startsWith("bad \\u001B]0;title\\u0007 value"), error.getMessage());
      SnippetEvent mistake = shell.eval("throw new dk.styrbord.WorkbenchException(\"Unknown \\u001B[31mX\");").get(0);
      assertEquals("Unknown \\u001B[31mX", mistake.exception().getMessage());
    }
  }
}
