package dk.styrbord.analysis.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.styrbord.WorkbenchException;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class InterventionLadderTest {
  // Years 2023-2024 (applications). By hand:
  // B1 §107 2023-02-01..2023-09-30, then §85 from 2023-10-01 (open): 2023 on §107 and §85, 2024 on §85.
  // B2 §85 2023-03-01..2023-12-31: 2023 only (ends on the last day of the year).
  // B3 §104 from 2024-01-01: 2024 day services. B4 §103 2023-05-01..2024-02-01: day services both years.
  // B5 refused (no grant): nowhere. B6 forebyggende (children): not on the ladder.
  private static final Table CASES = CaseRows.of("""
      C1,B1,SB01,voksne,adults,§107,2023-01-02,2023-01-20,bevilget,§107,2023-02-01,2023-09-30,andet,flyttet ned ad indsatstrappen,2023-03-27,false,false
      C2,B1,SB01,voksne,adults,§85,2023-09-15,2023-09-25,bevilget,§85,2023-10-01,,andet,,2023-11-10,false,false
      C3,B2,SB02,voksne,adults,§85,2023-02-01,2023-02-20,bevilget,§85,2023-03-01,2023-12-31,psykiatrien,mål nået,2023-03-29,false,false
      C4,B3,SB02,voksne,adults,§104,2023-12-01,2023-12-10,bevilget,§104,2024-01-01,,jobcenter,,2024-01-12,false,false
      C5,B4,SB03,voksne,adults,§103,2023-04-01,2023-04-20,bevilget,§103,2023-05-01,2024-02-01,jobcenter,mål nået,2023-05-27,false,false
      C6,B5,SB03,voksne,adults,§108,2023-04-01,2023-06-01,afslag,,,,andet,,2023-07-22,false,false
      C7,B6,SB09,børn og unge,children,forebyggende,2024-03-01,2024-03-20,bevilget,forebyggende,2024-04-01,,andet,,2024-04-26,false,false
      """);

  @Test
  void citizensAreCountedOnEveryStepTheyWereOnDuringTheYear() {
    Table t = InterventionLadder.citizensByYear(CASES);
    assertEquals("[2023, 2024]", t.intColumn("year").asList().toString());
    assertEquals("[0, 0]", t.intColumn("§108 long-term housing").asList().toString());
    assertEquals("[1, 0]", t.intColumn("§107 temporary housing").asList().toString());
    assertEquals("[2, 1]", t.intColumn("§85 support in own home").asList().toString());
    assertEquals("[1, 2]", t.intColumn("§103/§104 day services").asList().toString());
    assertEquals("[3, 3]", t.intColumn("citizens on the ladder").asList().toString());
  }

  @Test
  void aMissingColumnIsNamedWithTheNearestOne() {
    Table renamed = CASES.copy();
    renamed.column("start_date").setName("startdate");
    WorkbenchException e =
        assertThrows(WorkbenchException.class, () -> InterventionLadder.citizensByYear(renamed));
    assertTrue(e.getMessage().contains("no column \"start_date\". Did you mean startdate?"), e.getMessage());
  }

  @Test
  void aDateColumnReadAsTextIsRefused() {
    Table text = CASES.copy();
    text.replaceColumn("start_date", text.dateColumn("start_date").asStringColumn().setName("start_date"));
    WorkbenchException e =
        assertThrows(WorkbenchException.class, () -> InterventionLadder.citizensByYear(text));
    assertTrue(e.getMessage().contains("\"start_date\" should be LOCAL_DATE but is STRING"), e.getMessage());
  }
}
