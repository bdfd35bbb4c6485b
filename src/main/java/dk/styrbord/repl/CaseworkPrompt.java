package dk.styrbord.repl;

import dk.styrbord.analysis.ResultTable;
import dk.styrbord.analysis.budget.BudgetForecast;
import dk.styrbord.analysis.budget.BudgetMonths;
import dk.styrbord.analysis.budget.YearEndForecast;
import dk.styrbord.analysis.casework.Caseload;
import dk.styrbord.analysis.casework.DeadlineCompliance;
import dk.styrbord.analysis.casework.DoubleMeasures;
import dk.styrbord.analysis.casework.Inflow;
import dk.styrbord.analysis.casework.InterventionLadder;
import dk.styrbord.analysis.casework.LadderTransitions;
import dk.styrbord.analysis.casework.ProcessingTimes;
import dk.styrbord.analysis.casework.RapidResponse;
import dk.styrbord.data.Provenance;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * The prompt's helpers for casework, the intervention ladder and budget follow-up: thin fronts over
 * the tested classes in {@code analysis.casework} and {@code analysis.budget}. Without a table they
 * use the bundled {@code cases} and {@code budget} datasets: one municipality's own data each
 * (synthetic; Sønderborg's cases and Hørsholm's budget, as the catalog says), so every result's info
 * and title name whose data they are, e.g. "Sønderborg: citizens on each step of the intervention
 * ladder (synthetic data)". Each also takes a user's own table with the same columns; its results
 * say "your own data".
 *
 * <p>Example: {@code ladder().info().provenance().owner().name()} is "Sønderborg".
 */
public final class CaseworkPrompt {
  private static final String CASEWORK = "Casework and the ladder / Sagsbehandling og indsatstrappen";
  private static final String BUDGET = "Budget follow-up / Budgetopfølgning";

  /** The helpers of this class, for {@code help()}. */
  static final List<HelpEntry> HELP =
      List.of(
          new HelpEntry("ladder", CASEWORK, "ladder()  ·  ladder(Table cases)",
              "Citizens on each step of the intervention ladder (§108, §107, §85, §103/§104, §82) per year: distinct citizens with a granted measure active at any time in the year. Years right after the data start are marked complete = false: citizens already on a measure then are not in the data.",
              "Borgere på hvert trin af indsatstrappen (§108, §107, §85, §103/§104, §82) pr. år: forskellige borgere med en bevilget indsats, der har været aktiv i løbet af året. Årene lige efter datastart er markeret complete = false: borgere, der allerede havde en indsats da, er ikke med i data.",
              "ladder()"),
          new HelpEntry("transitions", CASEWORK, "transitions()  ·  transitions(Table cases)",
              "Moves up and down the ladder per year between a citizen's consecutive granted adult measures, with the share of moves that go down.",
              "Bevægelser op og ned ad trappen pr. år mellem en borgers på hinanden følgende bevilgede voksenindsatser, med andelen af bevægelser nedad.",
              "transitions()"),
          new HelpEntry("transitionsByStep", CASEWORK, "transitionsByStep()  ·  transitionsByStep(Table cases)",
              "The same moves by from-step and to-step, one column per year.",
              "De samme bevægelser fordelt på fra-trin og til-trin, én kolonne pr. år.",
              "transitionsByStep()"),
          new HelpEntry("processingTimes", CASEWORK, "processingTimes()  ·  processingTimes(Table cases)",
              "Days from application to decision by measure and year of application: n, undecided, mean, p25, median, p75, p90 (R type 7).",
              "Dage fra ansøgning til afgørelse efter indsats og ansøgningsår: antal, uafgjorte, gennemsnit, p25, median, p75, p90 (R type 7).",
              "processingTimes()"),
          new HelpEntry("rapidResponse", CASEWORK, "rapidResponse()  ·  rapidResponse(Table cases)",
              "Share of rapid-response (straksindsats) cases closed within 12 weeks (at most 84 days after start), per year of start.",
              "Andel af sager i straksindsatsen, der er afsluttet inden for 12 uger (højst 84 dage efter start), pr. startår.",
              "rapidResponse()"),
          new HelpEntry("caseload", CASEWORK, "caseload()  ·  caseload(Table cases)",
              "Open cases per caseworker at each quarter end, by team: total, mean, min, median and max; quarters right after the data start are marked complete = false (cases granted before it are missing).",
              "Åbne sager pr. sagsbehandler ved hvert kvartals udgang, pr. team: i alt, gennemsnit, mindst, median og flest; kvartaler lige efter datastart er markeret complete = false (sager bevilget før den mangler).",
              "caseload()"),
          new HelpEntry("caseloadByCaseworker", CASEWORK, "caseloadByCaseworker()  ·  caseloadByCaseworker(Table cases)",
              "Open cases of each caseworker at each quarter end, one column per caseworker, for plotting.",
              "Åbne sager for hver sagsbehandler ved hvert kvartals udgang, én kolonne pr. sagsbehandler, til grafer.",
              "caseloadByCaseworker()"),
          new HelpEntry("deadlines", CASEWORK, "deadlines()  ·  deadlines(String measure)  ·  deadlines(Table cases)  ·  deadlines(Table cases, String measure)",
              "Share of decisions made on or before the deadline by team, measure and year of application (child assessments: 4 months by law).",
              "Andel af afgørelser truffet senest på fristdatoen efter team, indsats og ansøgningsår (børnefaglige undersøgelser: 4 måneder efter loven).",
              "deadlines(\"børnefaglig undersøgelse\")"),
          new HelpEntry("inflow", CASEWORK, "inflow()  ·  inflow(String area)  ·  inflow(Table cases)  ·  inflow(Table cases, String area)",
              "New citizens per year by where they came from (psychiatry, the children's area at 18, jobcentre, …): count and share.",
              "Nye borgere pr. år efter, hvor de kom fra (psykiatrien, børneområdet ved 18 år, jobcenter, …): antal og andel.",
              "inflow(\"adults\")"),
          new HelpEntry("doubleMeasures", CASEWORK, "doubleMeasures()  ·  doubleMeasures(Table cases)",
              "Citizens with a social-services and a jobcentre measure at the same time (double interventions), per year; years right after the data start are marked complete = false.",
              "Borgere med en social indsats og en jobcenterindsats på samme tid (dobbeltindsatser), pr. år; årene lige efter datastart er markeret complete = false.",
              "doubleMeasures()"),
          new HelpEntry("forecast", BUDGET, "forecast(String area)  ·  forecast(String area, double thresholdPercent)  ·  forecast(Table budget, String area[, double thresholdPercent])",
              "Year-end forecast from the months booked, scaled by last year's seasonal profile, with the run rate, the projected overrun and a warning above the threshold (default 2 % of the budget).",
              "Prognose for årets resultat ud fra de bogførte måneder, skaleret med sidste års sæsonprofil, med lineær fremskrivning, forventet merforbrug og advarsel over tærsklen (standard 2 % af budgettet).",
              "forecast(\"adults\")"),
          new HelpEntry("budgetMonths", BUDGET, "budgetMonths(String area)  ·  budgetMonths(Table budget, String area)",
              "Budget and actual by month, cumulated, with the forecast paths to December, for plotting.",
              "Budget og forbrug pr. måned, akkumuleret, med prognosens forløb til december, til grafer.",
              "budgetMonths(\"children\")"));

  private CaseworkPrompt() {}

  /** Citizens on each ladder step per year. Example: {@code ladder()}. */
  public static ResultTable ladder() {
    return InterventionLadder.citizensByYear(cases(), casesSource());
  }

  /** Citizens on each ladder step per year, from your own case table. Example: {@code ladder(cases)}. */
  public static ResultTable ladder(Table cases) {
    return InterventionLadder.citizensByYear(cases);
  }

  /** Moves up and down the ladder per year. Example: {@code transitions()}. */
  public static ResultTable transitions() {
    return LadderTransitions.byYear(cases(), casesSource());
  }

  /** Moves up and down the ladder per year, from your own case table. Example: {@code transitions(cases)}. */
  public static ResultTable transitions(Table cases) {
    return LadderTransitions.byYear(cases);
  }

  /** Moves by from-step and to-step. Example: {@code transitionsByStep()}. */
  public static ResultTable transitionsByStep() {
    return LadderTransitions.byStep(cases(), casesSource());
  }

  /** Moves by from-step and to-step, from your own case table. Example: {@code transitionsByStep(cases)}. */
  public static ResultTable transitionsByStep(Table cases) {
    return LadderTransitions.byStep(cases);
  }

  /** Days from application to decision. Example: {@code processingTimes()}. */
  public static ResultTable processingTimes() {
    return ProcessingTimes.byMeasureAndYear(cases(), casesSource());
  }

  /** Days from application to decision, from your own case table. Example: {@code processingTimes(cases)}. */
  public static ResultTable processingTimes(Table cases) {
    return ProcessingTimes.byMeasureAndYear(cases);
  }

  /** Rapid-response cases closed within 12 weeks. Example: {@code rapidResponse()}. */
  public static ResultTable rapidResponse() {
    return RapidResponse.byYear(cases(), casesSource());
  }

  /** Rapid-response cases closed within 12 weeks, from your own case table. Example: {@code rapidResponse(cases)}. */
  public static ResultTable rapidResponse(Table cases) {
    return RapidResponse.byYear(cases);
  }

  /** Open cases per caseworker by quarter and team. Example: {@code caseload()}. */
  public static ResultTable caseload() {
    return Caseload.spreadByQuarter(cases(), casesSource());
  }

  /** Open cases per caseworker by quarter and team, from your own case table. Example: {@code caseload(cases)}. */
  public static ResultTable caseload(Table cases) {
    return Caseload.spreadByQuarter(cases);
  }

  /** Open cases of each caseworker by quarter. Example: {@code caseloadByCaseworker()}. */
  public static ResultTable caseloadByCaseworker() {
    return Caseload.perCaseworkerByQuarter(cases(), casesSource());
  }

  /** Open cases of each caseworker by quarter, from your own case table. Example: {@code caseloadByCaseworker(cases)}. */
  public static ResultTable caseloadByCaseworker(Table cases) {
    return Caseload.perCaseworkerByQuarter(cases);
  }

  /** Decisions on time by team, measure and year. Example: {@code deadlines()}. */
  public static ResultTable deadlines() {
    return DeadlineCompliance.byMeasureAndYear(cases(), casesSource());
  }

  /** Decisions on time for one measure. Example: {@code deadlines("børnefaglig undersøgelse")}. */
  public static ResultTable deadlines(String measure) {
    return DeadlineCompliance.byYear(cases(), measure, casesSource());
  }

  /** Decisions on time, from your own case table. Example: {@code deadlines(cases)}. */
  public static ResultTable deadlines(Table cases) {
    return DeadlineCompliance.byMeasureAndYear(cases);
  }

  /** Decisions on time for one measure, from your own case table. Example: {@code deadlines(cases, "§85")}. */
  public static ResultTable deadlines(Table cases, String measure) {
    return DeadlineCompliance.byYear(cases, measure);
  }

  /** New citizens by inflow source and year, all areas. Example: {@code inflow()}. */
  public static ResultTable inflow() {
    return Inflow.bySourceAndYear(cases(), casesSource());
  }

  /** New citizens by inflow source and year in one area. Example: {@code inflow("adults")}. */
  public static ResultTable inflow(String area) {
    return Inflow.bySourceAndYear(cases(), area, casesSource());
  }

  /** New citizens by inflow source and year, from your own case table. Example: {@code inflow(cases)}. */
  public static ResultTable inflow(Table cases) {
    return Inflow.bySourceAndYear(cases);
  }

  /** New citizens in one area, from your own case table. Example: {@code inflow(cases, "adults")}. */
  public static ResultTable inflow(Table cases, String area) {
    return Inflow.bySourceAndYear(cases, area);
  }

  /** Citizens with a social-services and a jobcentre measure at once. Example: {@code doubleMeasures()}. */
  public static ResultTable doubleMeasures() {
    return DoubleMeasures.byYear(cases(), casesSource());
  }

  /** Double interventions, from your own case table. Example: {@code doubleMeasures(cases)}. */
  public static ResultTable doubleMeasures(Table cases) {
    return DoubleMeasures.byYear(cases);
  }

  /** Year-end forecast for an area, warning above 2 % overrun. Example: {@code forecast("adults")}. */
  public static YearEndForecast forecast(String area) {
    return BudgetForecast.yearEnd(budget(), area, BudgetForecast.DEFAULT_THRESHOLD_PERCENT, budgetSource());
  }

  /** Year-end forecast, warning above {@code thresholdPercent} % overrun. Example: {@code forecast("adults", 5)}. */
  public static YearEndForecast forecast(String area, double thresholdPercent) {
    return BudgetForecast.yearEnd(budget(), area, thresholdPercent, budgetSource());
  }

  /** Year-end forecast from your own budget table. Example: {@code forecast(budget, "adults")}. */
  public static YearEndForecast forecast(Table budget, String area) {
    return BudgetForecast.yearEnd(budget, area);
  }

  /** Year-end forecast from your own budget table and threshold. Example: {@code forecast(budget, "adults", 5)}. */
  public static YearEndForecast forecast(Table budget, String area, double thresholdPercent) {
    return BudgetForecast.yearEnd(budget, area, thresholdPercent);
  }

  /** Budget, actual and forecast paths by month. Example: {@code budgetMonths("adults")}. */
  public static ResultTable budgetMonths(String area) {
    return BudgetMonths.of(budget(), area, budgetSource());
  }

  /** Budget, actual and forecast paths by month, from your own budget table. Example: {@code budgetMonths(budget, "adults")}. */
  public static ResultTable budgetMonths(Table budget, String area) {
    return BudgetMonths.of(budget, area);
  }

  private static Table cases() {
    return Session.current().datasets().table("cases");
  }

  private static Table budget() {
    return Session.current().datasets().table("budget");
  }

  /** The bundled cases: synthetic, and Sønderborg's own data as the catalog says. */
  private static Provenance casesSource() {
    return bundled("cases");
  }

  /** The bundled budget: synthetic, and Hørsholm's own data as the catalog says. */
  private static Provenance budgetSource() {
    return bundled("budget");
  }

  private static Provenance bundled(String dataset) {
    return Session.current().provenance(dataset);
  }
}
