package dk.styrbord.analysis.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class LadderTransitionsTest {
  // By hand, ordered by start date per citizen:
  // B1 §107 (2023-02-01) → §85 (2023-10-01): one down move in 2023.
  // B2 §85 (2023-03-01) → §107 (2024-02-01) → §108 (2024-09-01): two up moves in 2024.
  // B3 §103 → §104: same step (day services), no move. Then §104 → §82 (2024-06-01): one down in 2024.
  // B4 forebyggende → anbringelse: children's measures, not on the ladder.
  // B5 §85 refused, then §82 granted: only one granted measure, no move.
  // B6 §85 → §82 planned to start 2025-01-15, after the as-of date 2024-12-31 (latest application): left out.
  // 2023: 0 up, 1 down, share 100 %. 2024: 2 up, 1 down, share 1/3 = 33.3 %.
  private static final Table CASES = CaseRows.of("""
      C1,B1,SB01,voksne,adults,§107,2023-01-02,2023-01-20,bevilget,§107,2023-02-01,2023-09-30,andet,flyttet ned ad indsatstrappen,,false,false
      C2,B1,SB01,voksne,adults,§85,2023-09-15,2023-09-25,bevilget,§85,2023-10-01,,andet,,,false,false
      C3,B2,SB02,voksne,adults,§85,2023-02-01,2023-02-20,bevilget,§85,2023-03-01,2024-01-31,andet,flyttet op ad indsatstrappen,,false,false
      C4,B2,SB02,voksne,adults,§107,2024-01-10,2024-01-25,bevilget,§107,2024-02-01,2024-08-31,andet,flyttet op ad indsatstrappen,,false,false
      C5,B2,SB02,voksne,adults,§108,2024-08-01,2024-08-20,bevilget,§108,2024-09-01,,andet,,,false,false
      C6,B3,SB03,voksne,adults,§103,2023-01-05,2023-01-20,bevilget,§103,2023-02-01,2023-12-31,andet,flyttet ned ad indsatstrappen,,false,false
      C7,B3,SB03,voksne,adults,§104,2023-12-01,2023-12-15,bevilget,§104,2024-01-01,2024-05-31,andet,flyttet ned ad indsatstrappen,,false,false
      C8,B3,SB03,voksne,adults,§82,2024-05-15,2024-05-20,bevilget,§82,2024-06-01,,andet,,,false,false
      C9,B4,SB09,børn og unge,children,forebyggende,2023-03-01,2023-03-20,bevilget,forebyggende,2023-04-01,2023-12-31,andet,flyttet op ad indsatstrappen,,false,false
      C10,B4,SB09,børn og unge,children,anbringelse,2023-12-01,2023-12-20,bevilget,anbringelse,2024-01-01,,andet,,,false,false
      C11,B5,SB04,voksne,adults,§85,2023-06-01,2023-07-01,afslag,,,,andet,,,false,false
      C12,B5,SB04,voksne,adults,§82,2023-08-01,2023-08-05,bevilget,§82,2023-08-10,,andet,,,false,false
      C13,B6,SB04,voksne,adults,§85,2024-01-02,2024-01-10,bevilget,§85,2024-01-15,2025-01-14,andet,flyttet ned ad indsatstrappen,,false,false
      C14,B6,SB04,voksne,adults,§82,2024-12-31,2024-12-31,bevilget,§82,2025-01-15,,andet,,,false,false
      """);

  @Test
  void aCitizenMovingFromTemporaryHousingToOwnHomeIsOneDownMove() {
    Table t = LadderTransitions.byYear(CASES);
    assertEquals("[2023, 2024]", t.intColumn("year").asList().toString());
    assertEquals("[0, 2]", t.intColumn("moves up").asList().toString());
    assertEquals("[1, 1]", t.intColumn("moves down").asList().toString());
    assertEquals(100.0, t.doubleColumn("down share (%)").get(0), 1e-9);
    assertEquals(100.0 / 3, t.doubleColumn("down share (%)").get(1), 1e-9);
  }

  @Test
  void movesAreTabulatedFromStepToStepDownwardFirst() {
    Table t = LadderTransitions.byStep(CASES);
    assertEquals(4, t.rowCount());
    assertEquals("§107 temporary housing", t.stringColumn("from step").get(0));
    assertEquals("§85 support in own home", t.stringColumn("to step").get(0));
    assertEquals("down", t.stringColumn("direction").get(0));
    assertEquals(1, t.intColumn("2023").get(0));
    assertEquals("§103/§104 day services", t.stringColumn("from step").get(1));
    assertEquals("§82 lighter help", t.stringColumn("to step").get(1));
    assertEquals("[down, down, up, up]", t.stringColumn("direction").asList().toString());
    assertEquals(4, t.intColumn("all years").sum());
  }
}
