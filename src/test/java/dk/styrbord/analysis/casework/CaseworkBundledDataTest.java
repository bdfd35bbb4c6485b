package dk.styrbord.analysis.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.styrbord.data.Catalog;
import dk.styrbord.data.DatasetLoader;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** The seed stories are visible in the bundled synthetic cases (Sønderborg, Varde). */
class CaseworkBundledDataTest {
  private static Table cases;

  @BeforeAll
  static void load() {
    cases = DatasetLoader.load(Catalog.bundled(), "cases");
  }

  @Test
  void rapidResponseClosesAtLeastSixtyPerCentWithinTwelveWeeksFrom2024() {
    Table t = RapidResponse.byYear(cases);
    Table recent = t.where(t.intColumn("year").isGreaterThanOrEqualTo(2024));
    assertTrue(recent.rowCount() >= 2, t.print());
    assertTrue(recent.doubleColumn("within 12 weeks (%)").min() >= 60, t.print());
  }

  @Test
  void childAssessmentsMeetTheDeadlineMoreOftenIn2025ThanIn2022() {
    Table t = DeadlineCompliance.byYear(cases, "børnefaglig undersøgelse");
    assertTrue(share(t, "on time (%)", 2025) > share(t, "on time (%)", 2022), t.print());
  }

  @Test
  void psychiatrysShareOfNewAdultsRises() {
    Table t = Inflow.bySourceAndYear(cases, "adults");
    Table psychiatry = t.where(t.stringColumn("inflow source").isEqualTo("psykiatrien"));
    assertTrue(share(psychiatry, "share of year (%)", 2025) > share(psychiatry, "share of year (%)", 2022) + 10,
        psychiatry.print());
  }

  @Test
  void everyAnalysisRunsOnTheBundledCases() {
    assertTrue(InterventionLadder.citizensByYear(cases).rowCount() >= 4);
    assertTrue(LadderTransitions.byYear(cases).intColumn("moves down").sum() > 0);
    assertTrue(LadderTransitions.byStep(cases).rowCount() > 0);
    assertTrue(ProcessingTimes.byMeasureAndYear(cases).rowCount() > 0);
    assertTrue(Caseload.spreadByQuarter(cases).rowCount() > 0);
    assertTrue(Caseload.perCaseworkerByQuarter(cases).columnCount() == 16); // date, 14 caseworkers, complete
    assertTrue(DoubleMeasures.byYear(cases).intColumn("also a jobcentre measure").sum() > 0);
  }

  @Test
  void theFirstThreeYearsOfTheLadderAreIncomplete() {
    // Computed from data/cases.csv by a separate script: applications from 2022-01-01; the
    // Kaplan–Meier 90th percentile of measure durations (open measures censored at 2025-12-31) is
    // 902 days, so counts are complete from 2024-06-21; citizens on the ladder 368, 766, 968, 1086.
    DataStart start = DataStart.of(CaseTable.read(cases, "test"));
    assertEquals(LocalDate.of(2022, 1, 1), start.date());
    assertEquals(902, start.settlingDays());
    Table ladder = InterventionLadder.citizensByYear(cases);
    assertEquals("[368, 766, 968, 1086]", ladder.intColumn("citizens on the ladder").asList().toString());
    assertEquals("[false, false, false, true]", ladder.booleanColumn("complete").asList().toString());
  }

  private static double share(Table t, String column, int year) {
    return t.where(t.intColumn("year").isEqualTo(year)).doubleColumn(column).get(0);
  }
}
