package dk.styrbord.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * At the real prompt (the jshell tool, input piped in), a common slip shows one line in place of
 * javac's error, where the error would be and before the next prompt; other errors keep JShell's.
 */
class PromptHintsTest {
  private static final String PROMPT = "styrbord> ";

  /** What the prompt printed after each typed line (the piped tool echoes the line first), up to the next prompt. */
  private static List<String> answers(String input) {
    String out = PipedPrompt.run(input, new HashMap<>());
    // the piped tool's echo of a typed line ends in \r\n
    String[] parts = out.replace("\r\n", "\n").split(PROMPT, -1);
    return Arrays.asList(parts).subList(1, parts.length);
  }

  @Test
  void eachSlipIsOneLineWhereItsErrorWouldBe() {
    List<String> answers = answers("""
        Level("Lolland", "5.38", 2024)
        benchmark("Hørsholm", 5.38, 2024)
        benchmark('Hørsholm', "5.38", 2024)
        int year = 2024;
        yaer + 1
        benchmark("Lejre", "5.38", "2024")
        """);

    assertEquals("Level(\"Lolland\", \"5.38\", 2024)\n|  Error: No helper called \"Level\". Did you mean level? help() lists them all.\n", answers.get(0));
    assertEquals("benchmark(\"Hørsholm\", 5.38, 2024)\n|  Error: Write the area code as text: \"5.38\", as in benchmark(\"Hørsholm\", \"5.38\", 2024)\n",
        answers.get(1));
    assertEquals("benchmark('Hørsholm', \"5.38\", 2024)\n|  Error: Text goes in double quotes: benchmark(\"Hørsholm\", \"5.38\", 2024)\n", answers.get(2));
    assertEquals("yaer + 1\n|  Error: No variable called \"yaer\". Did you mean year?\n", answers.get(4));
    assertEquals("benchmark(\"Lejre\", \"5.38\", \"2024\")\n|  Error: benchmark takes (String kommune, String area, int year) · (kommune, area, year, String... group);"
        + " see help(\"benchmark\")\n", answers.get(5));
  }

  @Test
  void aSlipOnTheSecondLineOfASnippetIsOneLineToo() {
    List<String> answers = answers("int year = 2024;\nint next = year +\n    yaer;\n");

    assertTrue(answers.get(1).endsWith("    yaer;\n|  Error: No variable called \"yaer\". Did you mean year?\n"), answers.get(1));
    assertFalse(answers.get(1).contains("cannot find symbol"), answers.get(1));
  }

  @Test
  void anUncommonErrorKeepsJShellsMessageWhole() {
    List<String> answers = answers("int x = \"a\";\nvoid f() { g(); }\nclass A { int x }\n");

    assertEquals("""
        int x = "a";
        |  Error:
        |  incompatible types: java.lang.String cannot be converted to int
        |  int x = "a";
        |          ^-^
        """, answers.get(0));
    assertTrue(answers.get(1).contains("created method f(), however, it cannot be invoked until method g() is declared"),
        "a method that names an unknown one is defined, with JShell's note: " + answers.get(1));
    assertTrue(answers.get(2).startsWith("class A { int x }\n|  Error:\n|  ';' expected\n"), answers.get(2));
  }

  @Test
  void aSlipAfterAnUncommonErrorIsStillOneLineAndNothingIsShownTwice() {
    String out = PipedPrompt.run("int x = \"a\";\nLevel(\"Lolland\", \"5.38\", 2024)\n", new HashMap<>());

    assertEquals(1, out.split("incompatible types", -1).length - 1, out);
    assertEquals(1, out.split("Did you mean level\\?", -1).length - 1, out);
    assertFalse(out.contains("cannot find symbol"), out);
  }
}
