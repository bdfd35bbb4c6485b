package dk.styrbord.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Optional;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each common slip, compiled by a real JShell with the workbench's imports, gets one line naming its fix. */
class CompileHintTest {
  private static Shell shell;

  @BeforeAll
  static void open() {
    shell = new Shell();
    shell.eval(StartupScript.forNotebook());
    shell.eval("int year = 2024;");
    shell.eval("int twice(int a) { return 2 * a; }");
  }

  @AfterAll
  static void close() {
    shell.close();
  }

  /** The hint for a snippet that must be rejected; it is always one line. */
  private static Optional<String> hint(String source) {
    List<SnippetEvent> events = shell.eval(source);
    SnippetEvent last = events.get(events.size() - 1);
    assertSame(Snippet.Status.REJECTED, last.status(), source + " should not compile");
    Optional<String> hint = CompileHint.of(shell.jshell, last.snippet());
    hint.ifPresent(h -> assertFalse(h.contains("\n"), "one line: " + h));
    return hint;
  }

  @Test
  void aHelperTypedWithACapitalIsTheHelper() {
    assertEquals(Optional.of("No helper called \"Level\". Did you mean level? help() lists them all."),
        hint("Level(\"Lolland\", \"5.38\", 2024)"));
  }

  @Test
  void aMistypedHelperOrOwnMethodGetsTheNearestNames() {
    assertEquals(Optional.of("No helper called \"benchmrak\". Did you mean benchmark? help() lists them all."),
        hint("benchmrak(\"Lejre\", \"5.38\", 2024)"));
    assertEquals(Optional.of("No helper called \"twise\". Did you mean twice? help() lists them all."), hint("twise(3)"));
  }

  @Test
  void aMistypedVariableOrDatasetGetsTheNearestNames() {
    assertEquals(Optional.of("No variable called \"yaer\". Did you mean year?"), hint("yaer + 1"));
    assertEquals(Optional.of("No variable called \"spendng\". Did you mean spending?"), hint("spendng.rowCount()"));
  }

  @Test
  void anAreaCodeWrittenAsANumberIsWrittenAsText() {
    assertEquals(Optional.of("Write the area code as text: \"5.38\", as in benchmark(\"Hørsholm\", \"5.38\", 2024)"),
        hint("benchmark(\"Hørsholm\", 5.38, 2024)"));
    assertEquals(Optional.of("Write the area code as text: \"5.38\", as in level(\"5.38\", 2024)"), hint("level(5.38, 2024)"));
  }

  @Test
  void aFunctionCodeWrittenAsANumberIsWrittenAsText() {
    assertEquals(Optional.of("Write the function code as text: \"5.28.22\", as in benchmark(\"Hørsholm\", \"5.28.22\", 2024)"),
        hint("benchmark(\"Hørsholm\", 5.28.22, 2024)"));
  }

  @Test
  void textInSingleQuotesGoesInDoubleQuotes() {
    assertEquals(Optional.of("Text goes in double quotes: benchmark(\"Hørsholm\", \"5.38\", 2024)"),
        hint("benchmark('Hørsholm', \"5.38\", 2024)"));
    assertEquals(Optional.of("Text goes in double quotes: benchmark(\"H\", \"5.38\", 2024)"),
        hint("benchmark('H', \"5.38\", 2024)"), "one letter in single quotes is a char, not text");
  }

  @Test
  void wrongArgumentsForAHelperShowItsForms() {
    assertEquals(Optional.of("benchmark takes (String kommune, String area, int year) · (kommune, area, year, String... group);"
        + " see help(\"benchmark\")"), hint("benchmark(\"Lejre\", \"5.38\", \"2024\")"));
    assertEquals(Optional.of("trend takes (String kommune, String area) · (kommune, area, String prices); see help(\"trend\")"),
        hint("trend(\"Lejre\")"));
  }

  @Test
  void anUncommonErrorKeepsJShellsMessage() {
    assertEquals(Optional.empty(), hint("int x = \"a\";"), "a type mismatch on the user's own variable");
    assertEquals(Optional.empty(), hint("class A { int x }"), "a missing semicolon in a class body");
    assertEquals(Optional.empty(), hint("Math.sqr(2)"), "a method of a class, not a helper");
    assertEquals(Optional.empty(), hint("qxzwv + 1"), "nothing near");
    assertEquals(Optional.empty(), hint("Table t = level(\"5.38\", 2024) + 1;"), "a helper's result used wrongly");
  }
}
