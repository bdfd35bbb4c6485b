package dk.styrbord.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.styrbord.WorkbenchException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import org.junit.jupiter.api.Test;

class HelpTest {
  /** A record's own toString, e.g. {@code Comparison[info=…, year=2021]}: what no result may print. */
  private static final java.util.regex.Pattern RECORD_DUMP = java.util.regex.Pattern.compile("\\b[A-Z]\\w*\\[\\w+=");

  @Test
  void everyExampleRunsAtThePrompt() {
    try (Shell shell = new Shell()) {
      // what the prompt has in scope: jshell's DEFAULT imports (java.util.Map for a mapping) and ours
      shell.eval(StartupScript.forNotebook());
      for (HelpEntry entry : Help.entries()) {
        for (SnippetEvent e : shell.eval(entry.example())) {
          assertEquals(Snippet.Status.VALID, e.status(), entry.name() + ": " + entry.example());
          assertNull(e.exception(), entry.name() + ": " + entry.example() + " threw " + e.exception());
          String shown = String.valueOf(e.value());
          assertFalse(RECORD_DUMP.matcher(shown).find(), entry.name() + " prints as a raw record:\n" + shown);
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
  void tablesawsOwnVerbsAreExplainedAsMethodsOfATable() {
    String text = Help.about("printAll");
    assertTrue(text.startsWith("table.printAll()\n"), text);
    assertTrue(text.contains("regions.printAll()"), text);
    assertTrue(Help.overview().contains("Any table: Tablesaw's own methods"), Help.overview());
  }

  @Test
  void theOverviewSaysWhatSlashVarsLists() {
    String overview = Help.overview();
    assertTrue(overview.contains("vars() and /vars list your own variables in a line each"), overview);
    assertFalse(overview.contains("The datasets are variables already"), overview);
  }

  @Test
  void aRecordDumpIsRecognised() {
    assertTrue(RECORD_DUMP.matcher("Comparison[info=x, year=2021]").find());
    assertFalse(RECORD_DUMP.matcher("Unit: DKK per 18–64-year-old [includes synthetic data]").find());
  }

  @Test
  void aMistypedHelperSuggestsTheNearest() {
    WorkbenchException e = assertThrows(WorkbenchException.class, () -> Help.about("descibe"));
    assertEquals("No helper called \"descibe\". Did you mean describe? help() lists them all.", e.getMessage());
  }
}
