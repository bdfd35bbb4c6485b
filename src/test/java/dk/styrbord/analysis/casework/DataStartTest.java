package dk.styrbord.analysis.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.styrbord.analysis.ResultTable;
import dk.styrbord.data.Provenance;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class DataStartTest {
  private static final LocalDate FIRST = LocalDate.of(2020, 1, 1);

  /**
   * Ten citizens granted §85 on 2020-01-01, lasting 30, 60, …, 300 days, and one later
   * application (2022-06-01, refused) that makes the as-of date. Every measure ends, so the 90th
   * percentile of durations is the 9th of 10: 270 days, and counts are complete from 2020-01-01 +
   * 270 days = 2020-09-27 (31+29+31+30+31+30+31+31 = 244 days to 1 September, then 26 more).
   */
  private static Table allEnded() {
    StringBuilder rows = new StringBuilder();
    for (int i = 1; i <= 10; i++) {
      rows.append(row(i, FIRST.plusDays(30L * i))).append('\n');
    }
    rows.append("C99,B99,SB01,voksne,adults,§85,2022-06-01,2022-06-10,afslag,,,,andet,,,false,false\n");
    return CaseRows.of(rows.toString());
  }

  private static String row(int i, LocalDate end) {
    return "C" + i + ",B" + i + ",SB01,voksne,adults,§85,2020-01-01,2020-01-01,bevilget,§85,2020-01-01,"
        + (end == null ? "" : end.toString()) + ",andet,,,false,false";
  }

  @Test
  void countsAreCompleteOnceNineInTenMeasuresHaveEnded() {
    DataStart start = DataStart.of(CaseTable.read(allEnded(), "test"));
    assertEquals(FIRST, start.date());
    assertEquals(270, start.settlingDays());
    assertTrue(!start.completeIn(2020) && start.completeIn(2021));
    assertTrue(!start.completeOn(LocalDate.of(2020, 9, 26)) && start.completeOn(LocalDate.of(2020, 9, 27)));
  }

  @Test
  void theLadderMarksTheFirstYearIncompleteAndSaysWhy() {
    ResultTable ladder = InterventionLadder.citizensByYear(allEnded(), Provenance.yours("mine"));
    assertEquals("[2020, 2021, 2022]", ladder.intColumn("year").asList().toString());
    assertEquals("[10, 0, 0]", ladder.intColumn("citizens on the ladder").asList().toString());
    assertEquals("[false, true, true]", ladder.booleanColumn("complete").asList().toString());
    assertEquals(List.of("2020 is incomplete (complete = false): the data start on 2020-01-01, so citizens already"
        + " on a measure then are not counted; 90 % of measures end within 270 days (Kaplan–Meier), so counts are"
        + " complete from 2020-09-27."), ladder.info().notes());
  }

  @Test
  void caseloadMarksTheQuarterEndsBeforeTheCountSettles() {
    ResultTable load = Caseload.spreadByQuarter(allEnded(), Provenance.yours("mine"));
    // Quarter ends 2020-03-31 and 2020-06-30 come before 2020-09-27; 2020-09-30 is after it.
    assertEquals(List.of(false, false, true), load.booleanColumn("complete").asList().subList(0, 3));
    assertTrue(load.info().notes().get(0).startsWith("The counts up to 2020-06-30 are incomplete"),
        load.info().notes().toString());
  }

  @Test
  void openMeasuresAreCensoredNotCountedAsShort() {
    // Four measures end after 100 days, six are still open at the as-of date (2022-06-01), running
    // for 882 days. Had the open ones been left out, the 90th percentile would be 100 days. Counting
    // them as censored, the share still running falls to 1 − 4/10 = 0.6 at 100 days and no further:
    // fewer than 90 % are seen to end, so no year is complete.
    StringBuilder rows = new StringBuilder();
    for (int i = 1; i <= 10; i++) {
      rows.append(row(i, i <= 4 ? FIRST.plusDays(100) : null)).append('\n');
    }
    rows.append("C99,B99,SB01,voksne,adults,§85,2022-06-01,2022-06-10,afslag,,,,andet,,,false,false\n");
    Table cases = CaseRows.of(rows.toString());
    assertEquals(-1, DataStart.of(CaseTable.read(cases, "test")).settlingDays());
    ResultTable ladder = InterventionLadder.citizensByYear(cases);
    assertEquals("[false, false, false]", ladder.booleanColumn("complete").asList().toString());
    assertTrue(ladder.info().notes().get(0).startsWith("2020–2022 are incomplete"), ladder.info().notes().toString());
  }

  @Test
  void flowsCarryNoCompletenessNote() {
    assertEquals(List.of(), Inflow.bySourceAndYear(allEnded()).info().notes());
  }
}
