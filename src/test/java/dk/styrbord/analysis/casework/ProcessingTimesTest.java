package dk.styrbord.analysis.casework;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class ProcessingTimesTest {
  // §85 applications 2024, days to decision 10, 20, 30, 40, 100 and one undecided.
  // R: quantile(c(10, 20, 30, 40, 100), c(.25, .5, .75, .9)) gives 20, 30, 40, 76
  // (p90 at position 1 + 0.9 * 4 = 4.6: 40 + 0.6 * (100 - 40) = 76); mean 200 / 5 = 40.
  // §107 2024: one case of 45 days; §85 2025: one case of 7 days.
  private static final Table CASES = CaseRows.of("""
      C1,B1,SB01,voksne,adults,§85,2024-01-01,2024-01-11,bevilget,§85,2024-01-15,,andet,,,false,false
      C2,B2,SB01,voksne,adults,§85,2024-02-01,2024-02-21,bevilget,§85,2024-03-01,,andet,,,false,false
      C3,B3,SB01,voksne,adults,§85,2024-02-28,2024-03-29,afslag,,,,andet,,,false,false
      C4,B4,SB01,voksne,adults,§85,2024-12-22,2025-01-31,bevilget,§85,2025-02-01,,andet,,,false,false
      C5,B5,SB01,voksne,adults,§85,2024-03-01,2024-06-09,bevilget,§85,2024-06-10,,andet,,,false,false
      C6,B6,SB01,voksne,adults,§85,2024-11-01,,,,,,andet,,,false,false
      C7,B7,SB02,voksne,adults,§107,2024-05-01,2024-06-15,bevilget,§107,2024-07-01,,andet,,,false,false
      C8,B8,SB02,voksne,adults,§85,2025-01-02,2025-01-09,bevilget,§85,2025-01-10,,andet,,,false,false
      """);

  @Test
  void percentilesInterpolateLikeRsDefault() {
    assertArrayEquals(new double[] {1.75, 2.5, 3.25}, Percentiles.type7(new double[] {4, 1, 3, 2}, 25, 50, 75), 1e-12);
    assertArrayEquals(new double[] {20, 30, 40, 76}, Percentiles.type7(new double[] {10, 20, 30, 40, 100}, 25, 50, 75, 90), 1e-12);
  }

  @Test
  void daysFromApplicationToDecisionByMeasureAndYear() {
    Table t = ProcessingTimes.byMeasureAndYear(CASES);
    assertEquals("[§107, §85, §85]", t.stringColumn("measure applied").asList().toString());
    assertEquals("[2024, 2024, 2025]", t.intColumn("year").asList().toString());
    assertEquals(6, t.intColumn("applications").get(1));
    assertEquals(5, t.intColumn("decided (n)").get(1));
    assertEquals(1, t.intColumn("undecided").get(1));
    assertEquals(40.0, t.doubleColumn("mean (days)").get(1), 1e-12);
    assertEquals(20.0, t.doubleColumn("p25 (days)").get(1), 1e-12);
    assertEquals(30.0, t.doubleColumn("median (days)").get(1), 1e-12);
    assertEquals(40.0, t.doubleColumn("p75 (days)").get(1), 1e-12);
    assertEquals(76.0, t.doubleColumn("p90 (days)").get(1), 1e-12);
    assertEquals(45.0, t.doubleColumn("median (days)").get(0), 1e-12);
    assertEquals(7.0, t.doubleColumn("mean (days)").get(2), 1e-12);
  }
}
