package dk.styrbord.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.styrbord.WorkbenchException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import org.junit.jupiter.api.Test;

class HelpTest {

  @Test
  void everyExampleRunsAtThePrompt() {
    try (Shell shell = new Shell()) {
      // what the prompt has in scope: jshell's DEFAULT imports (java.util.Map for a mapping) and ours
      shell.eval(StartupScript.forNotebook());
      for (HelpEntry entry : Help.entries()) {
        for (SnippetEvent e : shell.eval(entry.example())) {
          assertEquals(Snippet.Status.VALID, e.status(), entry.name() + ": " + entry.example());
          assertNull(e.exception(), entry.name() + ": " + entry.example() + " threw " + e.exception());
        }
      }
    } finally {
      PlotPrompt.danish(false);
    }
  }

  @Test
  void theOverviewListsEveryHelperUnderItsTask() {
    String overview = Help.overview();
    for (HelpEntry entry : Help.entries()) {
      assertTrue(overview.contains(entry.name() + "("), entry.name());
      assertTrue(overview.contains(entry.task()), entry.task());
    }
  }

  @Test
  void helpOnOneGivesBothLanguagesAndTheExample() {
    String text = Help.about("kommune");
    assertTrue(text.contains("Finds a municipality"), text);
    assertTrue(text.contains("Finder en kommune"), text);
    assertTrue(text.contains("kommune(\"Hoersholm\")"), text);
  }

  @Test
  void aMistypedHelperSuggestsTheNearest() {
    WorkbenchException e = assertThrows(WorkbenchException.class, () -> Help.about("descibe"));
    assertEquals("No helper called \"descibe\". Did you mean describe? help() lists them all.", e.getMessage());
  }
}
