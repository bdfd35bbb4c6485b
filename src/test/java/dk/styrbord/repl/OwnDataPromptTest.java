package dk.styrbord.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.styrbord.WorkbenchException;
import dk.styrbord.analysis.Benchmark;
import dk.styrbord.analysis.PriceVolumeSplit;
import dk.styrbord.analysis.ResultTable;
import dk.styrbord.analysis.Trend;
import dk.styrbord.analysis.budget.YearEndForecast;
import dk.styrbord.data.DataStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

class OwnDataPromptTest {
  /** Another case system's columns, Danish dates, numeric case numbers and ja/nej flags. */
  private static final String CASES = String.join("\r\n",
      "Sagsnr;CPR-løbenr;Sagsbehandler;Team;Område;Ansøgt ydelse;Ansøgt;Afgjort;Afgørelse;Bevilling;Start;Slut;Kilde;Afslutningsårsag;Frist;Straks;Jobcenter",
      // §85 in 2024: 10, 20, 30 and 40 days from application to decision
      "1001;B1;Anne;voksne;adults;§85;15.01.2024;25.01.2024;bevilget;§85;01.02.2024;;psykiatrien;;11.03.2024;nej;nej",
      "1002;B2;Anne;voksne;adults;§85;01.02.2024;21.02.2024;bevilget;§85;01.03.2024;31.05.2024;jobcenter;mål nået;28.03.2024;ja;nej",
      "1003;B3;Bo;voksne;adults;§85;01.03.2024;31.03.2024;bevilget;§85;01.04.2024;;egen henvendelse;;26.04.2024;nej;ja",
      "1004;B4;Bo;voksne;adults;§85;01.04.2024;11.05.2024;afslag;;;;pårørende;;27.05.2024;nej;nej",
      "1005;B1;Anne;voksne;adults;§108;10.04.2024;20.04.2024;bevilget;§108;01.05.2024;;psykiatrien;;05.06.2024;nej;nej",
      "1006;B5;Bo;voksne;adults;§107;01.09.2024;;;;;;andet;;27.10.2024;nej;nej") + "\r\n";

  private static final Map<String, String> CASE_MAPPING = Map.ofEntries(Map.entry("Sagsnr", "case_id"),
      Map.entry("CPR-løbenr", "citizen_id"), Map.entry("Sagsbehandler", "caseworker"), Map.entry("Team", "team"),
      Map.entry("Område", "area"), Map.entry("Ansøgt ydelse", "measure_applied"), Map.entry("Ansøgt", "application_date"),
      Map.entry("Afgjort", "decision_date"), Map.entry("Afgørelse", "decision"), Map.entry("Bevilling", "measure_granted"),
      Map.entry("Start", "start_date"), Map.entry("Slut", "end_date"), Map.entry("Kilde", "inflow_source"),
      Map.entry("Afslutningsårsag", "closure_reason"), Map.entry("Frist", "deadline_date"),
      Map.entry("Straks", "rapid_response"), Map.entry("Jobcenter", "jobcentre_measure"));

  private static final Map<String, String> LEDGER_MAPPING =
      Map.of("Funktion", "function", "År", "year", "Måned", "month", "Nettobeløb", "net_dkk");

  @TempDir Path dir;

  @AfterEach
  void bundledSpendingAgain() {
    OwnDataPrompt.useBundledSpending();
  }

  @Test
  void aCaseExtractInAnotherSystemsColumnsRunsTheCaseworkHelpersAndNamesTheMunicipality() throws IOException {
    ResultTable own = OwnDataPrompt.ownCases(ImportPrompt.readCsv(write("sager.csv", CASES).toString()), "Varde", CASE_MAPPING);
    assertEquals("1001", own.stringColumn("case_id").get(0));
    assertTrue(own.booleanColumn("rapid_response").get(1));
    assertEquals(LocalDate.of(2024, 5, 31), own.dateColumn("end_date").get(1));

    ResultTable times = CaseworkPrompt.processingTimes(own);
    assertEquals("Varde", times.info().provenance().owner().name());
    assertEquals(DataStatus.YOURS, times.info().provenance().status());
    assertTrue(times.info().title().startsWith("Varde: "), times.info().title());
    Row p85 = row(times, "measure applied", "§85");
    assertEquals(4, p85.getInt("decided (n)"));
    assertEquals((10 + 20 + 30 + 40) / 4.0, p85.getDouble("mean (days)"), 1e-9);
    assertEquals((20 + 30) / 2.0, p85.getDouble("median (days)"), 1e-9);
    assertEquals(10 + 0.75 * 10, p85.getDouble("p25 (days)"), 1e-9); // R type 7: h = (4 - 1) × 0.25

    ResultTable ladder = CaseworkPrompt.ladder(own);
    assertTrue(ladder.info().title().startsWith("Varde: "), ladder.info().title());

    ResultTable caseload = CaseworkPrompt.caseload(own);
    assertTrue(caseload.info().title().startsWith("Varde: "), caseload.info().title());
    assertEquals("Varde", caseload.info().municipality().name());
    // On 30 June 2024 Anne holds 1001 and 1005 (1002 ended 31 May), Bo holds 1003 (1004 was refused).
    Row june = caseload.stream().filter(r -> r.getDate("date").equals(LocalDate.of(2024, 6, 30))).findFirst().orElseThrow();
    assertEquals(3, june.getInt("open cases"));
    assertEquals(1, june.getInt("min"));
    assertEquals(2, june.getInt("max"));
    assertEquals(1.5, june.getDouble("mean per caseworker"), 1e-9);
  }

  @Test
  void aDanishExcelLedgerTakesTheMunicipalitysPlaceInLevelBenchmarkAndPriceVolume() throws IOException {
    ResultTable before = AnalysisPrompt.level("5.38", 2024);
    ResultTable childrenBefore = AnalysisPrompt.level("5.28", 2024);
    // Varde's 2024 adults ledger by month: 5.38.50 at 5.000.000,50 and 5.38.38 at 2.500.000,25 a month.
    StringBuilder csv = new StringBuilder("\uFEFFFunktion;Tekst;År;Måned;Nettobeløb\r\n");
    for (int month = 1; month <= 12; month++) {
      csv.append("5.38.50;Botilbud;2024;").append(month).append(";5.000.000,50\r\n");
      csv.append("5.38.38;Bostøtte;2024;").append(month).append(";2.500.000,25\r\n");
    }
    Table ledger = ImportPrompt.readCsv(write("posteringer.csv", csv.toString()).toString());
    ResultTable rows = OwnDataPrompt.ownSpending(ledger, "Varde", LEDGER_MAPPING);
    assertEquals(2, rows.rowCount());
    assertEquals("Varde", rows.info().provenance().owner().name());

    double total = Math.round(12 * 5_000_000.50 + 12 * 2_500_000.25);
    int adults = population("Varde", 2024);
    ResultTable level = AnalysisPrompt.level("5.38", 2024);
    assertEquals(total / adults, row(level, "municipality", "Varde").getDouble("per_inhabitant"), 1e-6);
    assertTrue(level.info().provenance().sources().stream().anyMatch(s -> s.startsWith("Varde's own ledger extract")),
        level.info().provenance().sources().toString());
    // the other 97 are the bundled, partly synthetic figures: the warning stays
    assertEquals(DataStatus.MIXED, level.info().provenance().status());
    assertTrue(level.toString().contains("Data: spending, population, posteringer.csv (includes synthetic data): for training"),
        level.toString());
    assertEquals(row(before, "municipality", "Lejre").getDouble("per_inhabitant"),
        row(level, "municipality", "Lejre").getDouble("per_inhabitant"), 1e-9);
    // The ledger covers the adults only: Varde's children are as bundled.
    assertEquals(row(childrenBefore, "municipality", "Varde").getDouble("per_inhabitant"),
        row(AnalysisPrompt.level("5.28", 2024), "municipality", "Varde").getDouble("per_inhabitant"), 1e-9);

    Benchmark benchmark = AnalysisPrompt.benchmark("Varde", "5.38", 2024);
    assertEquals(total / adults, benchmark.perInhabitant(), 1e-6);
    assertTrue(benchmark.info().title().startsWith("Varde 2024"), benchmark.info().title());
    assertTrue(benchmark.toString().contains("Varde's own ledger extract"), benchmark.toString());

    PriceVolumeSplit split = AnalysisPrompt.priceVolume("Varde", "5.38", 2024);
    assertEquals(total / adults, split.perInhabitant(), 1.0);
    assertEquals("Varde", split.info().municipality().name());
    assertTrue(split.info().provenance().datasets().contains("posteringer.csv"), split.info().provenance().toString());

    Trend trend = AnalysisPrompt.trend("Varde", "5.38", "current");
    Row last = trend.table().stream().filter(r -> r.getInt("year") == 2024).findFirst().orElseThrow();
    assertEquals(total / adults, last.getDouble("per_inhabitant"), 1e-6);
    assertTrue(trend.info().title().startsWith("Varde: "), trend.info().title());

    OwnDataPrompt.useBundledSpending();
    assertEquals(row(before, "municipality", "Varde").getDouble("per_inhabitant"),
        row(AnalysisPrompt.level("5.38", 2024), "municipality", "Varde").getDouble("per_inhabitant"), 1e-9);
  }

  @Test
  void aMistypedMappingNamesTheColumnAndTheNearest() throws IOException {
    Table extract = ImportPrompt.readCsv(write("sager.csv", CASES).toString());
    Map<String, String> typo = new HashMap<>(CASE_MAPPING);
    typo.remove("Sagsbehandler");
    typo.put("Sagsbehandlr", "caseworker");
    WorkbenchException e = assertThrows(WorkbenchException.class, () -> OwnDataPrompt.ownCases(extract, "Varde", typo));
    assertTrue(e.getMessage().startsWith("ownCases: the table \"sager.csv\" has no column \"Sagsbehandlr\" (mapped to"
        + " caseworker). Did you mean Sagsbehandler?"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"));

    Map<String, String> wrongTarget = new HashMap<>(CASE_MAPPING);
    wrongTarget.put("Sagsbehandler", "casewroker");
    e = assertThrows(WorkbenchException.class, () -> OwnDataPrompt.ownCases(extract, "Varde", wrongTarget));
    assertTrue(e.getMessage().contains("\"casewroker\" (for Sagsbehandler) is not a column name the workbench expects."
        + " Did you mean caseworker? Expected: case_id, citizen_id, caseworker,"), e.getMessage());

    Map<String, String> missing = new HashMap<>(CASE_MAPPING);
    missing.remove("Kilde");
    e = assertThrows(WorkbenchException.class, () -> OwnDataPrompt.ownCases(extract, "Varde", missing));
    assertTrue(e.getMessage().startsWith("ownCases: no column for \"inflow_source\"; map one of the table's columns"
        + " to it, e.g. Map.of(\"Kilde\", \"inflow_source\")."), e.getMessage());
    assertFalse(e.getMessage().contains("\n"));
  }

  @Test
  void aFunctionOutside538And528IsNamedWithTheNearest() throws IOException {
    Table ledger = ImportPrompt.readCsv(write("posteringer.csv",
        "\uFEFFFunktion;År;Nettobeløb\r\n5.38.51;2024;1.000,00\r\n").toString());
    WorkbenchException e = assertThrows(WorkbenchException.class,
        () -> OwnDataPrompt.ownSpending(ledger, "Varde", Map.of("Funktion", "function", "År", "year", "Nettobeløb", "net_dkk")));
    assertTrue(e.getMessage().startsWith("ownSpending: \"5.38.51\" is not an account function of 5.38 or 5.28. Did you mean"),
        e.getMessage());
    assertTrue(e.getMessage().contains("5.38.50") && e.getMessage().contains("5.38.52"), e.getMessage());
  }

  @Test
  void aBudgetFollowUpForecastsForTheMunicipality() {
    ResultTable budget = OwnDataPrompt.ownBudget(
        ImportPrompt.readCsv("src/test/resources/imports/own/budgetopfoelgning_excel.csv"), "Varde",
        Map.of("År", "year", "Måned", "month", "Område", "area", "Budget", "budget_dkk", "Forbrug", "actual_dkk"));
    assertEquals(573, budget.intColumn("code").get(0));
    YearEndForecast forecast = CaseworkPrompt.forecast(budget, "adults");
    assertEquals("Varde", forecast.info().provenance().owner().name());
    assertTrue(forecast.toString().startsWith("Varde: "), forecast.toString());
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static Row row(Table t, String column, String value) {
    return t.stream().filter(r -> r.getString(column).equals(value)).findFirst().orElseThrow(() -> new AssertionError(value));
  }

  private static int population(String municipality, int year) {
    Table population = Session.current().datasets().table("population");
    return population.stream().filter(r -> r.getString("municipality").equals(municipality) && r.getInt("year") == year)
        .findFirst().orElseThrow().getInt("age_18_64");
  }
}
