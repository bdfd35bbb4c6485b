package dk.styrbord.analysis.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class DoubleMeasuresTest {
  // 2023: B1 (jobcentre), B2, B3 (jobcentre, two cases) active: 3 citizens, 2 double = 66.7 %.
  // 2024: B1 ended 2023; B2 and B3 still active, B4 refused (no measure): 2 citizens, 1 double.
  private static final Table CASES = CaseRows.of("""
      C1,B1,SB01,voksne,adults,§85,2023-01-10,2023-01-20,bevilget,§85,2023-02-01,2023-12-01,jobcenter,mål nået,,false,true
      C2,B2,SB01,voksne,adults,§104,2023-01-10,2023-01-20,bevilget,§104,2023-02-01,,andet,,,false,false
      C3,B3,SB01,voksne,adults,§85,2023-03-10,2023-03-20,bevilget,§85,2023-04-01,,jobcenter,,,false,true
      C4,B3,SB01,voksne,adults,§104,2023-03-10,2023-03-20,bevilget,§104,2023-04-01,,jobcenter,,,false,true
      C5,B4,SB01,voksne,adults,§85,2024-03-10,2024-03-20,afslag,,,,jobcenter,,,false,true
      """);

  @Test
  void citizensWithAnActiveMeasureAndAJobcentreMeasureAreCountedOncePerYear() {
    Table t = DoubleMeasures.byYear(CASES);
    assertEquals("[2023, 2024]", t.intColumn("year").asList().toString());
    assertEquals("[3, 2]", t.intColumn("citizens with a measure").asList().toString());
    assertEquals("[2, 1]", t.intColumn("also a jobcentre measure").asList().toString());
    assertEquals(200.0 / 3, t.doubleColumn("double (%)").get(0), 1e-9);
    assertEquals(50.0, t.doubleColumn("double (%)").get(1), 1e-12);
  }
}
