package dk.styrbord.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.styrbord.WorkbenchException;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class RecipientRatesTest {
  private final Table population = Fixtures.population("1,A,2024,500,2000,100,2600,x\n");
  private final Table recipients = Fixtures.recipients(
      "1,A,2024,§103,b,adults,5.38.58,6\n1,A,2024,§104,a,adults,5.38.59,14\n1,A,2024,anbringelse,p,children,5.28.22,5\n");

  @Test
  void measuresJoinedWithPlusAreSummedPerThousandOfTheAgeGroup() {
    Table days = RecipientRates.of(recipients, population, "§103+§104");
    // (6 + 14) / 2,000 * 1,000 = 10 per 1,000 aged 18-64
    assertEquals(10.0, days.doubleColumn("per_1000").get(0), 1e-12);
    Table placed = RecipientRates.of(recipients, population, "anbringelse");
    // 5 / 500 * 1,000 = 10 per 1,000 aged 0-17
    assertEquals(10.0, placed.doubleColumn("per_1000").get(0), 1e-12);
  }

  @Test
  void anUnknownMeasureSuggestsAndLists() {
    WorkbenchException e = assertThrows(WorkbenchException.class, () -> RecipientRates.of(recipients, population, "§10"));
    assertEquals("Unknown measure \"§10\". Did you mean §103 or §104? Measures: §103, §104, anbringelse"
        + " (join with + to add them up, e.g. \"§103+§104\").", e.getMessage());
  }

  @Test
  void aMunicipalityIsComparedWithItsGroupsRatioOfSumsWithoutItself() {
    Table population = Fixtures.population(
        "1,A,2024,0,1000,0,1000,x\n2,B,2024,0,2000,0,2000,x\n3,C,2024,0,3000,0,3000,x\n");
    Table recipients = Fixtures.recipients(
        "1,A,2024,§85,s,adults,5.38.38,30\n2,B,2024,§85,s,adults,5.38.38,10\n3,C,2024,§85,s,adults,5.38.38,40\n");
    RecipientRates.Comparison c = RecipientRates.compare(RecipientRates.of(recipients, population, "§85"), 1, List.of(1, 2, 3), 2024, Fixtures.info(PriceBasis.NOT_MONEY));
    // own 30 / 1,000 = 30 per 1,000; group (10 + 40) / (2,000 + 3,000) * 1,000 = 10, not the mean of 5 and 13.3
    assertEquals(30.0, c.own(), 1e-12);
    assertEquals(10.0, c.group(), 1e-12);
  }

  @Test
  void aComparisonPrintsAsATitledTableWithItsFooterNotAsARecord() {
    Table population = Fixtures.population("1,A,2024,0,1000,0,1000,x\n2,B,2024,0,2000,0,2000,x\n");
    Table recipients = Fixtures.recipients("1,A,2024,§85,s,adults,5.38.38,30\n2,B,2024,§85,s,adults,5.38.38,10\n");
    String printed = RecipientRates.compare(RecipientRates.of(recipients, population, "§85"), 1, List.of(1, 2), 2024,
        Fixtures.info(PriceBasis.NOT_MONEY)).toString();
    List<String> lines = printed.lines().toList();
    assertEquals("test", lines.get(0));
    assertEquals(List.of("measure", "year", "own", "group", "index_group"), cells(lines.get(1)));
    // own 30 per 1,000, group 10 / 2,000 * 1,000 = 5 per 1,000, index 100 * 30 / 5 = 600
    assertEquals(List.of("5.38 (adults)", "2024", "30.00", "5.00", "600"), cells(lines.get(3)));
    assertEquals("Unit: DKK per 18–64-year-old", lines.get(4));
    assertEquals("Source: hand-made", lines.get(lines.size() - 1));
    assertFalse(printed.contains("Comparison["), printed);
  }

  private static List<String> cells(String line) {
    return java.util.Arrays.stream(line.split("\\|")).map(String::strip).filter(c -> !c.isEmpty()).toList();
  }
}
