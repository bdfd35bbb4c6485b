package dk.styrbord.analysis.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.styrbord.WorkbenchException;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class DeadlineComplianceTest {
  // Child assessments applied 2024, deadline 4 months after application. As-of date 2024-12-01 (C7).
  // C1 decided on the deadline day: on time. C2 decided the day after: late.
  // C3 undecided, deadline 2024-10-01 passed: late. C4 undecided, deadline 2025-03-01 ahead: pending.
  // C5 decided early: on time. Share = 2 / (2 + 2) = 50 %.
  // §85 (voksne) 2024: C6 on time, 100 %. C7 has no deadline: left out.
  private static final Table CASES = CaseRows.of("""
      C1,B1,SB09,børn og unge,children,børnefaglig undersøgelse,2024-01-10,2024-05-10,bevilget,børnefaglig undersøgelse,2024-01-10,2024-05-10,andet,,2024-05-10,false,false
      C2,B2,SB09,børn og unge,children,børnefaglig undersøgelse,2024-01-10,2024-05-11,bevilget,børnefaglig undersøgelse,2024-01-10,2024-05-11,andet,,2024-05-10,false,false
      C3,B3,SB09,børn og unge,children,børnefaglig undersøgelse,2024-06-01,,,,,,andet,,2024-10-01,false,false
      C4,B4,SB10,børn og unge,children,børnefaglig undersøgelse,2024-11-01,,,,,,andet,,2025-03-01,false,false
      C5,B5,SB10,børn og unge,children,børnefaglig undersøgelse,2024-02-01,2024-03-01,bevilget,børnefaglig undersøgelse,2024-02-01,2024-03-01,andet,,2024-06-01,false,false
      C6,B6,SB01,voksne,adults,§85,2024-03-01,2024-03-20,bevilget,§85,2024-04-01,,andet,,2024-04-26,false,false
      C7,B7,SB01,voksne,adults,§85,2024-12-01,,,,,,andet,,,false,false
      """);

  @Test
  void aDecisionOnTheDeadlineDayIsOnTimeAndAPassedDeadlineWithoutDecisionIsLate() {
    Table t = DeadlineCompliance.byMeasureAndYear(CASES);
    assertEquals("[børn og unge, voksne]", t.stringColumn("team").asList().toString());
    assertEquals(5, t.intColumn("applications").get(0));
    assertEquals(2, t.intColumn("on time").get(0));
    assertEquals(2, t.intColumn("late").get(0));
    assertEquals(1, t.intColumn("pending").get(0));
    assertEquals(50.0, t.doubleColumn("on time (%)").get(0), 1e-12);
    assertEquals(100.0, t.doubleColumn("on time (%)").get(1), 1e-12);
  }

  @Test
  void oneMeasureIsFoundWhateverItsCase() {
    Table t = DeadlineCompliance.byYear(CASES, "Børnefaglig Undersøgelse");
    assertEquals(1, t.rowCount());
    assertEquals(50.0, t.doubleColumn("on time (%)").get(0), 1e-12);
  }

  @Test
  void anUnknownMeasureNamesTheNearestAndTheChoices() {
    WorkbenchException e =
        assertThrows(WorkbenchException.class, () -> DeadlineCompliance.byYear(CASES, "børnefaglig undersøgelsen"));
    assertEquals("Unknown measure \"børnefaglig undersøgelsen\". Did you mean børnefaglig undersøgelse?"
        + " Choose one of: børnefaglig undersøgelse, §85.", e.getMessage());
  }
}
