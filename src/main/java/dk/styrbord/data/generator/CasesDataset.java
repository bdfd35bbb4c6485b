package dk.styrbord.data.generator;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Makes {@code cases.csv} (SYNTHETIC, always: case data is never public): one row per case in
 * Sønderborg (540), applications 2022-01-01 … 2025-12-31, as a municipality's case system would export
 * them: who applied for what, who decided, when, what was granted, from when to when, why it ended.
 *
 * <p>Method: a simulation of citizens, seed {@link #SEED}. Each year new adult citizens arrive
 * ({@link #NEW_ADULTS}) from the inflow sources, psychiatry's share rising from 14 % to 30 % over the
 * four years, and new children ({@link #NEW_CHILDREN}), most starting with a child assessment. A case is
 * decided within its deadline (children's assessments: 4 months, the statutory limit, met more often after
 * 2023; adults: the service-standard weeks of {@link #SERVICE_STANDARD_WEEKS}), granted, refused or
 * referred to a lighter measure (the funnel model, used more from mid-2023), runs for a measure-specific
 * log-normal duration and ends for a reason. A move down or up the intervention ladder opens the citizen's
 * next case on the lighter or heavier step, so transitions can be counted. Rapid response (straksindsats)
 * starts on {@link #RAPID_RESPONSE_START} for adults applying for §85 or §82: help starts at once, most
 * cases close within 12 weeks. Caseworkers SB01–SB14 carry unequal caseloads ({@link #ADULT_CASELOAD},
 * {@link #CHILD_CASELOAD}). Cases still running on 2025-12-31 are open: no end date and no reason.
 *
 * <p>Example: {@code java -cp target/classes dk.styrbord.data.generator.GenerateData data}.
 */
final class CasesDataset {
  static final long SEED = 20220101L;
  static final LocalDate FIRST_DAY = LocalDate.of(2022, 1, 1);
  static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 31);
  static final LocalDate RAPID_RESPONSE_START = LocalDate.of(2023, 7, 1);
  private static final int[] NEW_ADULTS = {470, 490, 510, 530};
  private static final int[] NEW_CHILDREN = {230, 235, 240, 245};
  private static final double[] ADULT_CASELOAD = {1.7, 1.4, 1.2, 1.0, 1.0, 0.9, 0.7, 0.5};
  private static final double[] CHILD_CASELOAD = {1.5, 1.2, 1.0, 1.0, 0.8, 0.6};
  /** Share of child assessments decided within 4 months, by application year 2022–2025. */
  private static final double[] ASSESSMENT_ON_TIME = {0.62, 0.68, 0.84, 0.90};
  /** Service standard: weeks from application to decision (adults) and for children's measures. */
  static final Map<String, Integer> SERVICE_STANDARD_WEEKS = Map.of(
      "§108", 16, "§107", 12, "§85", 8, "§103", 8, "§104", 6, "§82", 4,
      "forebyggende", 8, "anbringelse", 12);
  /** Median duration of a granted measure, days. */
  private static final Map<String, Integer> MEDIAN_DAYS = Map.of(
      "§108", 2200, "§107", 420, "§85", 500, "§103", 900, "§104", 800, "§82", 150,
      "forebyggende", 360, "anbringelse", 900);
  private static final String ASSESSMENT = "børnefaglig undersøgelse";
  private static final List<String> ADULT_FIRST = List.of("§85", "§104", "§103", "§107", "§108", "§82");
  private static final double[] ADULT_FIRST_WEIGHTS = {0.45, 0.14, 0.07, 0.10, 0.06, 0.18};
  private static final List<String> ADULT_SOURCES = List.of("børneområdet (18 år)", "psykiatrien", "jobcenter",
      "egen henvendelse", "pårørende", "sygehus/almen praksis", "andet");
  private static final List<String> CHILD_SOURCES = List.of("egen henvendelse", "pårørende", "sygehus/almen praksis", "andet");
  private static final List<String> CLOSURES = List.of("mål nået", "flyttet ned ad indsatstrappen",
      "flyttet op ad indsatstrappen", "fraflyttet", "død", "ophørt efter eget ønske");
  private static final Map<String, String> LIGHTER = Map.of(
      "§108", "§107", "§107", "§85", "§85", "§82", "§103", "§104", "§104", "§82", "anbringelse", "forebyggende");
  private static final Map<String, String> HEAVIER = Map.of(
      "§82", "§85", "§85", "§107", "§107", "§108", "§104", "§103", "forebyggende", "anbringelse");

  /** One case; dates and texts null when not (yet) there. */
  private record Case(String citizen, String caseworker, boolean adult, String applied, LocalDate application,
      LocalDate decided, String decision, String granted, LocalDate start, LocalDate end, String inflow,
      String closure, LocalDate deadline, boolean rapid, boolean jobcentre) {}

  private final Draws draws = new Draws(SEED);
  private final List<Case> cases = new ArrayList<>();
  private int citizens;

  private CasesDataset() {}

  static CsvTable table() {
    CasesDataset simulation = new CasesDataset();
    for (int year = 2022; year <= 2025; year++) {
      simulation.arrivals(year);
    }
    return simulation.csv();
  }

  private void arrivals(int year) {
    for (int i = 0; i < NEW_ADULTS[year - 2022]; i++) {
      adultCitizen(dayIn(year));
    }
    for (int i = 0; i < NEW_CHILDREN[year - 2022]; i++) {
      childCitizen(dayIn(year));
    }
  }

  private void adultCitizen(LocalDate arrival) {
    String citizen = nextCitizen();
    String caseworker = caseworker(true);
    String inflow = adultInflow(arrival);
    boolean jobcentre = draws.chance(inflow.equals("jobcenter") ? 0.7 : 0.2);
    String measure = ADULT_FIRST.get(draws.pick(ADULT_FIRST_WEIGHTS));
    LocalDate date = arrival;
    while (measure != null && !date.isAfter(LAST_DAY)) {
      boolean rapid = !date.isBefore(RAPID_RESPONSE_START) && (measure.equals("§85") || measure.equals("§82"))
          && draws.chance(0.45);
      Case c = rapid ? rapidCase(citizen, caseworker, measure, date, inflow, jobcentre)
          : decidedCase(citizen, caseworker, true, measure, date, inflow, jobcentre);
      cases.add(c);
      measure = next(c);
      if (c.end() == null) {
        return;
      }
      date = c.end().plusDays(draws.integer(1, 14));
    }
  }

  private void childCitizen(LocalDate arrival) {
    String citizen = nextCitizen();
    String caseworker = caseworker(false);
    String inflow = CHILD_SOURCES.get(draws.pick(0.15, 0.15, 0.15, 0.55));
    String measure = draws.chance(0.9) ? ASSESSMENT : "forebyggende";
    LocalDate date = arrival;
    while (measure != null && !date.isAfter(LAST_DAY)) {
      Case c = measure.equals(ASSESSMENT) ? assessment(citizen, caseworker, date, inflow)
          : decidedCase(citizen, caseworker, false, measure, date, inflow, false);
      cases.add(c);
      measure = next(c);
      if (c.end() == null) {
        return;
      }
      date = c.end().plusDays(draws.integer(1, 14));
    }
  }

  /** A child assessment: runs from application to decision, then leads to a measure or ends. */
  private Case assessment(String citizen, String caseworker, LocalDate application, String inflow) {
    LocalDate deadline = application.plusMonths(4);
    int limit = (int) ChronoUnit.DAYS.between(application, deadline);
    boolean onTime = draws.chance(ASSESSMENT_ON_TIME[application.getYear() - 2022]);
    LocalDate decided = application.plusDays(onTime ? draws.integer(35, limit) : limit + draws.integer(3, 70));
    if (decided.isAfter(LAST_DAY)) {
      return new Case(citizen, caseworker, false, ASSESSMENT, application, null, null, null, null, null, inflow,
          null, deadline, false, false);
    }
    int outcome = draws.pick(0.65, 0.10, 0.25);
    String closure = outcome < 2 ? CLOSURES.get(2) : CLOSURES.get(0);
    return new Case(citizen, caseworker, false, ASSESSMENT, application, decided, "bevilget", ASSESSMENT,
        application, decided, inflow, closure, deadline, false, false);
  }

  private Case rapidCase(String citizen, String caseworker, String measure, LocalDate application, String inflow,
      boolean jobcentre) {
    LocalDate start = application.plusDays(draws.integer(0, 2));
    LocalDate decided = application.plusDays(draws.integer(3, 10));
    LocalDate end = start.plusDays(draws.chance(0.82) ? draws.integer(21, 84) : draws.integer(85, 210));
    String closure = CLOSURES.get(draws.pick(0.55, 0.25, 0.10, 0.02, 0.0, 0.08));
    return finished(new Case(citizen, caseworker, true, measure, application, decided, "bevilget", measure, start,
        end, inflow, closure, deadline(measure, application), true, jobcentre));
  }

  private Case decidedCase(String citizen, String caseworker, boolean adult, String measure, LocalDate application,
      String inflow, boolean jobcentre) {
    LocalDate deadline = deadline(measure, application);
    long limit = ChronoUnit.DAYS.between(application, deadline);
    LocalDate decided = application.plusDays(Math.max(2, Math.round(limit * 0.75 * draws.factor(0.35))));
    if (decided.isAfter(LAST_DAY)) {
      return new Case(citizen, caseworker, adult, measure, application, null, null, null, null, null, inflow,
          null, deadline, false, jobcentre);
    }
    String decision = decision(measure, application);
    String granted = decision.equals("bevilget") ? measure
        : decision.equals("afslag") ? null : LIGHTER.get(measure);
    if (granted == null) {
      return new Case(citizen, caseworker, adult, measure, application, decided, decision, null, null, null,
          inflow, null, deadline, false, jobcentre);
    }
    LocalDate start = decided.plusDays(draws.integer(0, 21));
    LocalDate end = start.plusDays(Math.max(14, Math.round(MEDIAN_DAYS.get(granted) * draws.factor(0.6))));
    return finished(new Case(citizen, caseworker, adult, measure, application, decided, decision, granted, start,
        end, inflow, closure(granted), deadline, false, jobcentre));
  }

  /** Refused, granted or referred to the lighter step; the funnel model refers more from mid-2023. */
  private String decision(String measure, LocalDate application) {
    boolean funnel = !application.isBefore(RAPID_RESPONSE_START);
    double referred = LIGHTER.containsKey(measure) ? (funnel ? 0.26 : 0.12) : 0.0;
    double refused = measure.equals("anbringelse") ? 0.05 : 0.12;
    int pick = draws.pick(1 - referred - refused, refused, referred);
    return List.of("bevilget", "afslag", "henvist til lettere tilbud").get(pick);
  }

  private String closure(String granted) {
    double death = granted.equals("§108") ? 0.20 : granted.startsWith("§") ? 0.03 : 0.0;
    String reason = CLOSURES.get(draws.pick(0.30, 0.25, 0.09, 0.08, death, 0.16));
    boolean down = reason.equals(CLOSURES.get(1));
    boolean up = reason.equals(CLOSURES.get(2));
    if ((down && !LIGHTER.containsKey(granted)) || (up && !HEAVIER.containsKey(granted))) {
      return CLOSURES.get(0);
    }
    return reason;
  }

  /** Drops end date and reason for cases still running on the last day. */
  private static Case finished(Case c) {
    if (!c.end().isAfter(LAST_DAY)) {
      return c;
    }
    return new Case(c.citizen(), c.caseworker(), c.adult(), c.applied(), c.application(), c.decided(),
        c.decision(), c.granted(), c.start(), null, c.inflow(), null, c.deadline(), c.rapid(), c.jobcentre());
  }

  /** The measure of the citizen's next case: one step down or up the ladder, or none. */
  private String next(Case c) {
    if (c.closure() == null) {
      return null;
    }
    if (c.applied().equals(ASSESSMENT)) {
      return c.closure().equals(CLOSURES.get(2)) ? (draws.chance(0.87) ? "forebyggende" : "anbringelse") : null;
    }
    if (c.closure().equals(CLOSURES.get(1))) {
      return LIGHTER.get(c.granted());
    }
    return c.closure().equals(CLOSURES.get(2)) ? HEAVIER.get(c.granted()) : null;
  }

  private static LocalDate deadline(String measure, LocalDate application) {
    return application.plusWeeks(SERVICE_STANDARD_WEEKS.get(measure));
  }

  private String adultInflow(LocalDate arrival) {
    double progress = ChronoUnit.DAYS.between(FIRST_DAY, arrival) / (double) ChronoUnit.DAYS.between(FIRST_DAY, LAST_DAY);
    double psychiatry = 0.14 + 0.16 * progress;
    double rest = 1 - psychiatry;
    return ADULT_SOURCES.get(draws.pick(0.12 * rest, psychiatry, 0.22 * rest, 0.24 * rest, 0.12 * rest,
        0.16 * rest, 0.14 * rest));
  }

  private String caseworker(boolean adult) {
    int index = adult ? draws.pick(ADULT_CASELOAD) : ADULT_CASELOAD.length + draws.pick(CHILD_CASELOAD);
    return String.format("SB%02d", index + 1);
  }

  private String nextCitizen() {
    citizens++;
    return String.format("B%04d", citizens);
  }

  private LocalDate dayIn(int year) {
    LocalDate first = LocalDate.of(year, 1, 1);
    return first.plusDays(draws.integer(0, first.lengthOfYear() - 1));
  }

  private CsvTable csv() {
    cases.sort(Comparator.comparing(Case::application).thenComparing(Case::citizen));
    CsvTable t = CsvTable.of("cases.csv", "case_id", "citizen_id", "caseworker", "team", "area", "measure_applied",
        "application_date", "decision_date", "decision", "measure_granted", "start_date", "end_date",
        "inflow_source", "closure_reason", "deadline_date", "rapid_response", "jobcentre_measure");
    int id = 0;
    for (Case c : cases) {
      id++;
      t.add(String.format("C%05d", id), c.citizen(), c.caseworker(), c.adult() ? "voksne" : "børn og unge",
          c.adult() ? "adults" : "children", c.applied(), c.application(), c.decided(), c.decision(), c.granted(),
          c.start(), c.end(), c.inflow(), c.closure(), c.deadline(), c.rapid(), c.jobcentre());
    }
    return t;
  }
}
