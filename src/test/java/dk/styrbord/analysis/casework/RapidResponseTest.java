package dk.styrbord.analysis.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class RapidResponseTest {
  // Rapid-response cases started in 2024 (2024 is a leap year):
  // C1 2024-01-01 → 2024-03-25 = 84 days: within. C2 2024-01-01 → 2024-03-26 = 85 days: not.
  // C3 2024-02-01 → 2024-02-15: within. C4 2024-06-01, still open at the as-of date 2024-12-31: missed.
  // C5 2024-11-01, open, 60 days before the as-of date: pending, left out.
  // C6 not rapid response: ignored. As-of date = latest application, 2024-12-31 (C7).
  // Share 2024 = 2 / (5 - 1) = 50 %.
  private static final Table CASES = CaseRows.of("""
      C1,B1,SB01,voksne,adults,§85,2024-01-01,2024-01-01,bevilget,§85,2024-01-01,2024-03-25,andet,mål nået,,true,false
      C2,B2,SB01,voksne,adults,§85,2024-01-01,2024-01-01,bevilget,§85,2024-01-01,2024-03-26,andet,mål nået,,true,false
      C3,B3,SB01,voksne,adults,§82,2024-02-01,2024-02-01,bevilget,§82,2024-02-01,2024-02-15,andet,mål nået,,true,false
      C4,B4,SB01,voksne,adults,§85,2024-06-01,2024-06-01,bevilget,§85,2024-06-01,,andet,,,true,false
      C5,B5,SB01,voksne,adults,§85,2024-11-01,2024-11-01,bevilget,§85,2024-11-01,,andet,,,true,false
      C6,B6,SB01,voksne,adults,§85,2024-01-01,2024-01-01,bevilget,§85,2024-01-02,2024-01-20,andet,mål nået,,false,false
      C7,B7,SB01,voksne,adults,§107,2024-12-31,,,,,,andet,,,false,false
      """);

  @Test
  void dayEightyFourIsWithinTwelveWeeksAndDayEightyFiveIsNot() {
    Table t = RapidResponse.byYear(CASES);
    assertEquals(1, t.rowCount());
    assertEquals(2024, t.intColumn("year").get(0));
    assertEquals(5, t.intColumn("rapid-response cases").get(0));
    assertEquals(2, t.intColumn("closed within 12 weeks").get(0));
    assertEquals(1, t.intColumn("pending").get(0));
    assertEquals(50.0, t.doubleColumn("within 12 weeks (%)").get(0), 1e-12);
  }
}
