package dk.styrbord.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import org.junit.jupiter.api.Test;

/** How the real prompt shows a text: several lines as text, one line as JShell's quoted literal. */
class PromptValueTest {

  @Test
  void aTablePrintedToTextShowsAsItsLines() {
    String out = PipedPrompt.run("regions.printAll()\n", new HashMap<>());
    // regions holds Denmark's five regions; printAll() gives a title line, a header, a rule and a row each
    assertTrue(out.contains("\n-----"), out);
    assertFalse(out.contains("\\n"), "no escaped line breaks:\n" + out);
    assertEquals(5, out.lines().filter(l -> l.contains("Region ")).count(), out);
  }

  @Test
  void oneLineOfTextKeepsItsQuotes() {
    String out = PipedPrompt.run("\"abc\"\n\"\"\nkommune(\"hoersholm\").name()\n", new HashMap<>());
    // the piped prompt echoes each input line after "styrbord> ", and the value follows on a line of its own
    assertTrue(out.contains("\n\"abc\"\n"), out);
    assertTrue(out.contains("\n\"\"\n"), "an empty text stays visible:\n" + out);
    assertTrue(out.contains("\n\"Hørsholm\"\n"), out);
  }

  @Test
  void aMultiLineTextVariableTypedAloneIsTextToo() {
    String out = PipedPrompt.run("String s = \"first\\nsecond\";\ns\n", new HashMap<>());
    java.util.List<String> lines = out.lines().map(String::strip).toList();
    int typed = lines.indexOf("styrbord> s");
    assertEquals(java.util.List.of("first", "second"), lines.subList(typed + 1, typed + 3), out);
  }
}
