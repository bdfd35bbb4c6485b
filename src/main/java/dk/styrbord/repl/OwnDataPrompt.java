package dk.styrbord.repl;

import dk.styrbord.WorkbenchException;
import dk.styrbord.analysis.LocalData;
import dk.styrbord.analysis.PriceBasis;
import dk.styrbord.analysis.ResultTable;
import dk.styrbord.analysis.Unit;
import dk.styrbord.data.DataStatus;
import dk.styrbord.data.DatasetEntry;
import dk.styrbord.data.Municipality;
import dk.styrbord.data.Provenance;
import dk.styrbord.data.Suggestions;
import dk.styrbord.data.imports.ColumnMapping;
import dk.styrbord.data.imports.OwnLedger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The prompt's helpers for a municipality's own extracts: a case-system extract, a budget follow-up
 * and a ledger extract from the finance system, read with {@code readCsv} or {@code readExcel} and
 * mapped once to the workbench's columns. Own cases and budgets go into the casework and budget
 * helpers as they are ({@code caseload(own)}), and their results name the municipality; an own
 * ledger replaces the municipality's bundled spending in level, trend, benchmark and priceVolume
 * until {@code useBundledSpending()}.
 *
 * <p>Example: {@code caseload(ownCases(readCsv("sager.csv"), "Varde", mapping)).info().title()}
 * starts "Varde: ".
 */
public final class OwnDataPrompt {
  private static final String OWN = "Your own data / Egne data";
  private static final String SAMPLES = "src/test/resources/imports/own/";
  private static final String CASE_MAPPING = "Map.ofEntries(Map.entry(\"Sagsnr\", \"case_id\"),"
      + " Map.entry(\"CPR-løbenr\", \"citizen_id\"), Map.entry(\"Sagsbehandler\", \"caseworker\"),"
      + " Map.entry(\"Team\", \"team\"), Map.entry(\"Område\", \"area\"), Map.entry(\"Ansøgt ydelse\", \"measure_applied\"),"
      + " Map.entry(\"Ansøgt\", \"application_date\"), Map.entry(\"Afgjort\", \"decision_date\"),"
      + " Map.entry(\"Afgørelse\", \"decision\"), Map.entry(\"Bevilling\", \"measure_granted\"),"
      + " Map.entry(\"Start\", \"start_date\"), Map.entry(\"Slut\", \"end_date\"), Map.entry(\"Kilde\", \"inflow_source\"),"
      + " Map.entry(\"Afslutningsårsag\", \"closure_reason\"), Map.entry(\"Frist\", \"deadline_date\"),"
      + " Map.entry(\"Straks\", \"rapid_response\"), Map.entry(\"Jobcenter\", \"jobcentre_measure\"))";
  private static final String LEDGER_MAPPING =
      "Map.of(\"Funktion\", \"function\", \"År\", \"year\", \"Måned\", \"month\", \"Nettobeløb\", \"net_dkk\")";
  private static final String BUDGET_MAPPING = "Map.of(\"År\", \"year\", \"Måned\", \"month\", \"Område\", \"area\","
      + " \"Budget\", \"budget_dkk\", \"Forbrug\", \"actual_dkk\")";

  /** The helpers of this class, for {@code help()}. */
  static final List<HelpEntry> HELP =
      List.of(
          new HelpEntry("ownCases", OWN, "ownCases(Table extract, String kommune, Map<String, String> mapping)",
              "Your case-system extract in the workbench's columns: the mapping gives each of your column names the name it has in the bundled cases (about(\"cases\")); every one must be there. Dates, ja/nej flags and ids are typed as the casework helpers need, and ladder, caseload, processingTimes and the other casework helpers then say whose cases they count.",
              "Dit udtræk fra sagssystemet i workbenchens kolonner: mappingen giver hvert af dine kolonnenavne det navn, det har i de medfølgende sager (about(\"cases\")); alle skal være der. Datoer, ja/nej-felter og id'er får de typer, sagsbehandlingshjælperne skal bruge, og ladder, caseload, processingTimes og de andre sagsbehandlingshjælpere siger så, hvis sager de tæller.",
              "caseload(ownCases(readCsv(\"" + SAMPLES + "sager_fagsystem.csv\"), \"Varde\", " + CASE_MAPPING + "))"),
          new HelpEntry("ownBudget", OWN, "ownBudget(Table extract, String kommune, Map<String, String> mapping)",
              "Your budget follow-up (year, month, area adults/children, budget and actual DKK) in the columns of the bundled budget, for forecast and budgetMonths; the results name the municipality.",
              "Din budgetopfølgning (år, måned, område adults/children, budget og forbrug i kr.) i kolonnerne fra det medfølgende budget, til forecast og budgetMonths; resultaterne navngiver kommunen.",
              "forecast(ownBudget(readCsv(\"" + SAMPLES + "budgetopfoelgning_excel.csv\"), \"Varde\", " + BUDGET_MAPPING + "), \"adults\")"),
          new HelpEntry("ownSpending", OWN, "ownSpending(Table ledger, String kommune, Map<String, String> mapping)",
              "Your ledger extract from the finance system (account function 5.38.xx/5.28.xx, year, optionally month, net DKK): from now on level, trend, benchmark, priceVolume and the other spending helpers use your figures in place of the municipality's bundled ones in the areas and years it covers (months are summed to whole years); the other municipalities stay as bundled, and the results cite your ledger. useBundledSpending() goes back.",
              "Dit udtræk fra økonomisystemet (kontofunktion 5.38.xx/5.28.xx, år, evt. måned, nettobeløb i kr.): herefter bruger level, trend, benchmark, priceVolume og de andre udgiftshjælpere dine tal i stedet for kommunens medfølgende i de områder og år, udtrækket dækker (måneder summeres til hele år); de andre kommuner er som medfølgende, og resultaterne angiver dit udtræk som kilde. useBundledSpending() går tilbage.",
              "ownSpending(readCsv(\"" + SAMPLES + "posteringer_excel.csv\"), \"Varde\", " + LEDGER_MAPPING + ")"),
          new HelpEntry("useBundledSpending", OWN, "useBundledSpending()",
              "The spending helpers use the bundled spending of every municipality again, after ownSpending.",
              "Udgiftshjælperne bruger igen de medfølgende udgifter for alle kommuner efter ownSpending.",
              "useBundledSpending()"));

  private OwnDataPrompt() {}

  /**
   * Your case extract in the columns of the bundled cases, owned by {@code kommune}. Example:
   * {@code caseload(ownCases(readCsv("sager.csv"), "Varde", Map.of("Sagsbehandler", "caseworker", …)))}.
   */
  public static ResultTable ownCases(Table extract, String kommune, Map<String, String> mapping) {
    Municipality m = municipality(kommune);
    Table cases = ColumnMapping.apply(extract, entry("cases"), mapping, Set.of(), Set.of(), "ownCases");
    List<Integer> years = new ArrayList<>(new TreeSet<>(cases.dateColumn("application_date").removeMissing().year().asList()));
    Provenance p = own(extract, m, "own case extract");
    return ResultTable.of(cases, LocalData.info("Own case extract in the workbench's columns", "cases", years,
        Unit.cases(), PriceBasis.NOT_MONEY, p));
  }

  /**
   * Your budget follow-up in the columns of the bundled budget, owned by {@code kommune}. Example:
   * {@code forecast(ownBudget(readCsv("budget.csv"), "Varde", Map.of("Forbrug", "actual_dkk", …)), "adults")}.
   */
  public static ResultTable ownBudget(Table extract, String kommune, Map<String, String> mapping) {
    Municipality m = municipality(kommune);
    Table budget = ColumnMapping.apply(extract, entry("budget"), mapping, Set.of("code", "municipality", "area_name"),
        Set.of(), "ownBudget");
    Table filled = Table.create(extract.name(), IntColumn.create("code"), StringColumn.create("municipality"));
    for (int i = 0; i < budget.rowCount(); i++) {
      filled.intColumn("code").append(m.code());
      filled.stringColumn("municipality").append(m.name());
    }
    for (Column<?> c : budget.columns()) {
      filled.addColumns(c);
      if (c.name().equals("area")) {
        filled.addColumns(areaNames(budget.stringColumn("area")));
      }
    }
    List<Integer> years = new ArrayList<>(new TreeSet<>(budget.intColumn("year").asList()));
    return ResultTable.of(filled, LocalData.info("Own budget follow-up in the workbench's columns", "budget", years,
        Unit.dkk(), PriceBasis.CURRENT, own(extract, m, "own budget follow-up")));
  }

  /**
   * Your ledger extract in place of the municipality's bundled spending, for level, trend,
   * benchmark, priceVolume and the other spending helpers, until {@link #useBundledSpending()}.
   * Example: {@code ownSpending(readCsv("posteringer.csv"), "Varde", Map.of("Funktion", "function", "År", "year", "Nettobeløb", "net_dkk"))}.
   */
  public static ResultTable ownSpending(Table ledger, String kommune, Map<String, String> mapping) {
    Municipality m = municipality(kommune);
    Session session = Session.current();
    Table bundled = session.datasets().table("spending");
    Table mapped = ColumnMapping.apply(ledger, entry("spending"), mapping, OwnLedger.FILLED_IN, OwnLedger.OPTIONAL,
        "ownSpending");
    Table rows = OwnLedger.rows(mapped, m, bundled, "ownSpending");
    Provenance p = own(ledger, m, "own ledger extract");
    session.useOwnSpending(OwnLedger.replacing(bundled, rows), p);
    List<Integer> years = new ArrayList<>(new TreeSet<>(rows.intColumn("year").asList()));
    return ResultTable.of(rows, LocalData.info("Own ledger by account function and year, used by level, trend,"
        + " benchmark and priceVolume until useBundledSpending()", "spending", years, Unit.dkk(), PriceBasis.CURRENT, p));
  }

  /** The spending helpers use the bundled spending again. Example: {@code useBundledSpending()}. */
  public static String useBundledSpending() {
    Session.current().useBundledSpending();
    return "level, trend, benchmark and priceVolume use the bundled spending of every municipality again.";
  }

  /** Your data, owned by {@code m}: named by the table, citing "Varde's own case extract (table "sager.csv")". */
  private static Provenance own(Table t, Municipality m, String what) {
    return new Provenance(List.of(t.name()), DataStatus.YOURS,
        List.of(m.name() + "'s " + what + " (table \"" + t.name() + "\")"), m);
  }

  /** The bundled budget's name of each area, e.g. "Tilbud til voksne med særlige behov (5.38)" for adults. */
  private static StringColumn areaNames(StringColumn areas) {
    Table bundled = Session.current().datasets().table("budget");
    Map<String, String> names = new TreeMap<>();
    for (int i = 0; i < bundled.rowCount(); i++) {
      names.put(bundled.stringColumn("area").get(i), bundled.stringColumn("area_name").get(i));
    }
    StringColumn out = StringColumn.create("area_name");
    for (String area : areas) {
      if (!names.containsKey(area)) {
        throw new WorkbenchException("ownBudget: area \"" + area + "\" is not one of " + String.join(", ", names.keySet())
            + "." + Suggestions.didYouMean(area, names.keySet()) + " Map your area column's values to them first.");
      }
      out.append(names.get(area));
    }
    return out;
  }

  private static DatasetEntry entry(String dataset) {
    return Session.current().datasets().catalog().entry(dataset);
  }

  private static Municipality municipality(String kommune) {
    return Session.current().municipalities().resolve(kommune);
  }
}
