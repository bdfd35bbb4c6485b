package dk.styrbord.analysis.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.styrbord.WorkbenchException;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class InflowTest {
  // Adults. B1 first applies 2023 (psykiatrien) and again 2024: new in 2023 only.
  // B2 2023 jobcenter, B3 2024 psykiatrien, B4 2024 psykiatrien, B5 2024 jobcenter.
  // B6 is a child in 2023 and applies as an adult in 2024 (børneområdet (18 år)):
  // new in 2023 over all areas, new among adults in 2024.
  // Adults 2023: psykiatrien 1, jobcenter 1 (50 % each). 2024: psykiatrien 2 of 4 = 50 %,
  // jobcenter 1 (25 %), børneområdet (18 år) 1 (25 %).
  private static final Table CASES = CaseRows.of("""
      C1,B1,SB01,voksne,adults,§85,2023-01-10,,,,,,psykiatrien,,,false,false
      C2,B2,SB01,voksne,adults,§85,2023-02-10,,,,,,jobcenter,,,false,false
      C3,B6,SB09,børn og unge,children,forebyggende,2023-03-10,,,,,,børneområdet (18 år),,,false,false
      C4,B1,SB01,voksne,adults,§82,2024-01-10,,,,,,psykiatrien,,,false,false
      C5,B3,SB01,voksne,adults,§85,2024-02-10,,,,,,psykiatrien,,,false,false
      C6,B4,SB01,voksne,adults,§85,2024-03-10,,,,,,psykiatrien,,,false,false
      C7,B5,SB01,voksne,adults,§85,2024-04-10,,,,,,jobcenter,,,false,false
      C8,B6,SB01,voksne,adults,§85,2024-05-10,,,,,,børneområdet (18 år),,,false,false
      """);

  @Test
  void aCitizenIsNewOnceInTheYearOfTheirFirstApplicationInTheArea() {
    Table t = Inflow.bySourceAndYear(CASES, "adults");
    assertEquals("[2023, 2023, 2024, 2024, 2024]", t.intColumn("year").asList().toString());
    assertEquals("[jobcenter, psykiatrien, børneområdet (18 år), jobcenter, psykiatrien]",
        t.stringColumn("inflow source").asList().toString());
    assertEquals("[1, 1, 1, 1, 2]", t.intColumn("new citizens").asList().toString());
    assertEquals(50.0, t.doubleColumn("share of year (%)").get(4), 1e-12);
    assertEquals(25.0, t.doubleColumn("share of year (%)").get(2), 1e-12);
  }

  @Test
  void overAllAreasTheChildTurnedAdultIsNewWhenFirstSeen() {
    Table t = Inflow.bySourceAndYear(CASES);
    assertEquals(3, (int) t.where(t.intColumn("year").isEqualTo(2023)).intColumn("new citizens").sum());
    assertEquals(3, (int) t.where(t.intColumn("year").isEqualTo(2024)).intColumn("new citizens").sum());
  }

  @Test
  void anUnknownAreaSuggestsTheNearest() {
    WorkbenchException e = assertThrows(WorkbenchException.class, () -> Inflow.bySourceAndYear(CASES, "adult"));
    assertEquals("Unknown area \"adult\". Did you mean adults? Choose one of: adults, children.", e.getMessage());
  }
}
