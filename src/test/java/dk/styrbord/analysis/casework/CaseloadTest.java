package dk.styrbord.analysis.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class CaseloadTest {
  // The as-of date (latest application) is 2024-05-01, so the only quarter end is 2024-03-31:
  // SB01: C1 open (no end), C2 ends on 2024-03-31 (not open), C3 starts 2024-04-01 (not yet): 1.
  // SB02: C4 open (ends 2024-04-30), C5 open: 2. SB03: C6 refused, never open: 0.
  // Team voksne: 3 caseworkers, 3 open cases, min 0, median 1, max 2, mean 1.
  private static final Table CASES = CaseRows.of("""
      C1,B1,SB01,voksne,adults,§85,2024-01-02,2024-01-10,bevilget,§85,2024-01-15,,andet,,,false,false
      C2,B2,SB01,voksne,adults,§82,2024-01-02,2024-01-10,bevilget,§82,2024-01-15,2024-03-31,andet,mål nået,,false,false
      C3,B3,SB01,voksne,adults,§85,2024-03-01,2024-03-20,bevilget,§85,2024-04-01,,andet,,,false,false
      C4,B4,SB02,voksne,adults,§104,2024-01-05,2024-01-20,bevilget,§104,2024-02-01,2024-04-30,andet,mål nået,,false,false
      C5,B5,SB02,voksne,adults,§85,2024-02-05,2024-02-20,bevilget,§85,2024-03-01,,andet,,,false,false
      C6,B6,SB03,voksne,adults,§108,2024-02-05,2024-03-20,afslag,,,,andet,,,false,false
      C7,B7,SB03,voksne,adults,§107,2024-05-01,,,,,,andet,,,false,false
      """);

  @Test
  void aCaseIsOpenFromItsStartUntilTheDayItEnds() {
    Table t = Caseload.perCaseworkerByQuarter(CASES);
    assertEquals(LocalDate.of(2024, 3, 31), t.dateColumn("date").get(0));
    assertEquals(1, t.rowCount());
    assertEquals(1, t.intColumn("SB01").get(0));
    assertEquals(2, t.intColumn("SB02").get(0));
    assertEquals(0, t.intColumn("SB03").get(0));
  }

  @Test
  void theSpreadIncludesCaseworkersWithNoOpenCase() {
    Table t = Caseload.spreadByQuarter(CASES);
    assertEquals("voksne", t.stringColumn("team").get(0));
    assertEquals(3, t.intColumn("caseworkers").get(0));
    assertEquals(3, t.intColumn("open cases").get(0));
    assertEquals(1.0, t.doubleColumn("mean per caseworker").get(0), 1e-12);
    assertEquals(0, t.intColumn("min").get(0));
    assertEquals(1.0, t.doubleColumn("median").get(0), 1e-12);
    assertEquals(2, t.intColumn("max").get(0));
  }
}
