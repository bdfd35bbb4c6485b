package dk.styrbord.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.styrbord.analysis.PriceBasis;
import dk.styrbord.analysis.ResultInfo;
import dk.styrbord.analysis.ResultTable;
import dk.styrbord.analysis.budget.YearEndForecast;
import dk.styrbord.data.DataStatus;
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
  void resultsFromTheBundledDataNameWhoseDataTheyAre() {
    // The catalog gives the bundled cases to 540 Sønderborg and the budget to 223 Hørsholm.
    List<Supplier<ResultTable>> cases = List.of(CaseworkPrompt::ladder, CaseworkPrompt::transitions,
        CaseworkPrompt::transitionsByStep, CaseworkPrompt::processingTimes, CaseworkPrompt::rapidResponse,
        CaseworkPrompt::caseload, CaseworkPrompt::caseloadByCaseworker, CaseworkPrompt::deadlines,
        CaseworkPrompt::inflow, CaseworkPrompt::doubleMeasures, () -> CaseworkPrompt.inflow("adults"),
        () -> CaseworkPrompt.deadlines("børnefaglig undersøgelse"));
    for (Supplier<ResultTable> front : cases) {
      ResultTable t = front.get();
      ResultInfo info = t.info();
      assertEquals("Sønderborg", info.provenance().owner().name(), info.title());
      assertEquals(540, info.municipality().code(), info.title());
      assertEquals(DataStatus.SYNTHETIC, info.provenance().status(), info.title());
      assertTrue(info.title().startsWith("Sønderborg: ") && info.title().endsWith(" (synthetic data)"), info.title());
      assertFalse(t.name().contains("["), t.name());
      assertTrue(t.toString().contains("Data: cases (synthetic data); Sønderborg's own data"), t.toString());
    }
    ResultTable months = CaseworkPrompt.budgetMonths("adults");
    assertEquals("Hørsholm: budget, actual and forecast by month: adults 2026 (synthetic data)", months.info().title());
    assertEquals(PriceBasis.CURRENT, months.info().priceBasis());
    YearEndForecast adults = CaseworkPrompt.forecast("adults");
    assertEquals("Hørsholm", adults.info().provenance().owner().name());
    assertEquals("Year-end forecast: adults 2026", adults.asTable().name());
    assertTrue(adults.toString().startsWith("Hørsholm: year-end forecast: adults 2026 (synthetic data)"), adults.toString());
    assertTrue(adults.toString().contains("Data: budget (synthetic data); Hørsholm's own data"), adults.toString());
  }

  @Test
  void resultsFromYourOwnTableSayTheyAreYours() {
    Table cases = Session.current().datasets().table("cases").copy();
    ResultTable ladder = CaseworkPrompt.ladder(cases);
    assertNull(ladder.info().provenance().owner());
    assertEquals(DataStatus.YOURS, ladder.info().provenance().status());
    assertFalse(ladder.toString().contains("synthetic"), ladder.toString());
    assertTrue(ladder.info().title().endsWith("(your own data)"), ladder.info().title());
    Table budget = Session.current().datasets().table("budget").copy();
    assertFalse(CaseworkPrompt.forecast(budget, "children").toString().contains("synthetic"));
    assertEquals("budget", Session.current().datasets().table("budget").name());
  }

  @Test
  void theBundledDatasetVariablesKeepTheirProvenanceWhenPassedToAHelper() {
    DatasetVariables.bind();
    // the variable cases is the bundled, synthetic Sønderborg set, not the user's own data
    ResultTable ladder = CaseworkPrompt.ladder(DatasetVariables.cases);
    assertEquals("Sønderborg", ladder.info().provenance().owner().name());
    assertEquals(DataStatus.SYNTHETIC, ladder.info().provenance().status());
    assertEquals(DataStatus.SYNTHETIC, AnalysisPrompt.chiSquare(DatasetVariables.cases, "team", "decision").info().provenance().status());
    assertEquals("Hørsholm", CaseworkPrompt.forecast(DatasetVariables.budget, "adults").info().provenance().owner().name());
    // a dataset knows its unit and price basis from its catalog entry
    ResultTable spending = (ResultTable) Prompt.dataset("spending");
    assertEquals(dk.styrbord.analysis.PriceBasis.CURRENT, spending.info().priceBasis());
    assertEquals(DataStatus.MIXED, spending.info().provenance().status());
    assertEquals(9, spending.info().years().size());
    // a filtered dataset is still the bundled Sønderborg set: the helpers say so
    Table adults = DatasetVariables.cases.where(DatasetVariables.cases.stringColumn("team").isEqualTo("voksne"));
    assertEquals("Sønderborg", CaseworkPrompt.ladder(adults).info().provenance().owner().name());
  }
}
