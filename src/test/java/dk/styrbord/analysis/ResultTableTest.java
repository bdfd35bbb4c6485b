package dk.styrbord.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static tech.tablesaw.aggregate.AggregateFunctions.sum;

import dk.styrbord.data.Catalog;
import dk.styrbord.data.Provenance;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class ResultTableTest {
  private final ResultTable result = ResultTable.of(Table.create("ranking",
      StringColumn.create("municipality", new String[] {"A", "B", "C"}),
      DoubleColumn.create("per_inhabitant", new double[] {300, 100, 200})), Fixtures.info(PriceBasis.CURRENT));

  @Test
  void aFilteredResultKeepsWhatItIsAndSaysItIsASubset() {
    Table two = result.where(result.doubleColumn("per_inhabitant").isGreaterThan(150));
    assertEquals(2, two.rowCount());
    ResultInfo info = ((Result) two).info();
    assertEquals(result.info().unit(), info.unit());
    assertEquals(result.info().provenance(), info.provenance());
    assertEquals(java.util.List.of(ResultTable.SUBSET), info.notes());
    // filtering again does not repeat the note
    Table one = two.where(two.doubleColumn("per_inhabitant").isGreaterThan(250));
    assertEquals(java.util.List.of(ResultTable.SUBSET), ((Result) one).info().notes());
  }

  @Test
  void sortingAndChoosingColumnsKeepTheInfoWithoutANote() {
    Table sorted = result.sortDescendingOn("per_inhabitant");
    assertEquals("A", sorted.stringColumn("municipality").get(0));
    assertEquals(result.info(), ((Result) sorted).info());
    assertEquals(result.info(), ((Result) result.selectColumns("per_inhabitant")).info());
    assertEquals(result.info(), ((Result) result.first(3)).info(), "all rows are no subset");
  }

  @Test
  void newFiguresAreAPlainTableAndRenamingChangesOnlyTheLabel() {
    assertFalse(result.summarize("per_inhabitant", sum).apply() instanceof Result);
    ResultInfo before = result.info();
    result.setName("mine");
    assertEquals(before, result.info());
    assertTrue(result.toString().startsWith(before.title()));
  }

  @Test
  void aResultPrintsItsTitleOnceAboveItsRows() {
    String printed = result.toString();
    String title = result.info().title();
    String[] lines = printed.split("\n");
    assertEquals(1, java.util.Arrays.stream(lines).filter(line -> line.strip().equals(title)).count(), printed);
    assertEquals(title, lines[0]);
    assertTrue(lines[1].contains("municipality") && lines[1].contains("per_inhabitant"), "the header follows the title: " + lines[1]);
  }

  @Test
  void aBundledDatasetNamesItsUnitAndPriceBasisOnceEach() {
    Catalog catalog = Catalog.bundled();
    ResultTable spending = ResultTable.ofDataset(Table.create("spending"), catalog.entry("spending"), Provenance.of(catalog, "spending"));
    assertEquals("DKK, current prices", spending.info().unitLine());
    assertTrue(spending.info().describe().startsWith("Unit: DKK, current prices\n"), spending.info().describe());
    ResultTable budget = ResultTable.ofDataset(Table.create("budget"), catalog.entry("budget"), Provenance.of(catalog, "budget"));
    assertEquals("DKK, current prices", budget.info().unitLine());
    ResultTable population = ResultTable.ofDataset(Table.create("population"), catalog.entry("population"), Provenance.of(catalog, "population"));
    assertEquals("persons", population.info().unitLine());
  }
}
