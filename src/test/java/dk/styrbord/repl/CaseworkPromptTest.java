package dk.styrbord.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.styrbord.analysis.budget.YearEndForecast;
import java.util.List;
import java.util.function.Supplier;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class CaseworkPromptTest {

  @Test
  void everyExampleRunsAtThePrompt() {
    try (Shell shell = new Shell()) {
      shell.eval(StartupScript.forPrompt());
      shell.eval("import static dk.styrbord.repl.CaseworkPrompt.*;");
      for (HelpEntry entry : CaseworkPrompt.HELP) {
        for (SnippetEvent e : shell.eval(entry.example())) {
          assertEquals(Snippet.Status.VALID, e.status(), entry.name() + ": " + entry.example());
          assertNull(e.exception(), entry.name() + ": " + entry.example() + " threw " + e.exception());
        }
      }
    }
  }

  @Test
  void resultsFromTheBundledDataSayTheyAreSynthetic() {
    List<Supplier<Table>> fronts = List.of(CaseworkPrompt::ladder, CaseworkPrompt::transitions,
        CaseworkPrompt::transitionsByStep, CaseworkPrompt::processingTimes, CaseworkPrompt::rapidResponse,
        CaseworkPrompt::caseload, CaseworkPrompt::caseloadByCaseworker, CaseworkPrompt::deadlines,
        CaseworkPrompt::inflow, CaseworkPrompt::doubleMeasures, () -> CaseworkPrompt.budgetMonths("adults"));
    for (Supplier<Table> front : fronts) {
      String name = front.get().name();
      assertTrue(name.endsWith(" [synthetic data]"), name);
    }
    YearEndForecast adults = CaseworkPrompt.forecast("adults");
    assertTrue(adults.asTable().name().endsWith(" [synthetic data]"), adults.asTable().name());
    assertTrue(adults.toString().startsWith("Year-end forecast: adults 2026 [synthetic data]"), adults.toString());
  }

  @Test
  void resultsFromYourOwnTableAreNotLabelled() {
    Table cases = Session.current().datasets().table("cases").copy();
    assertFalse(CaseworkPrompt.ladder(cases).name().contains("synthetic"));
    Table budget = Session.current().datasets().table("budget").copy();
    assertFalse(CaseworkPrompt.forecast(budget, "children").toString().contains("synthetic"));
    assertEquals("budget", Session.current().datasets().table("budget").name());
  }
}
