package dk.styrbord.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static tech.tablesaw.aggregate.AggregateFunctions.sum;

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
  void aBundledDatasetInCurrentPricesSaysSoOnce() {
    // spending.first(5) printed "Unit: DKK, current prices, current prices": the catalog's unit repeated its price basis
    dk.styrbord.data.Catalog catalog = dk.styrbord.data.Catalog.bundled();
    for (String name : java.util.List.of("spending", "budget")) {
      ResultInfo info = ResultTable.ofDataset(Table.create(name), catalog.entry(name), Provenance.of(catalog, name)).info();
      assertEquals("DKK, current prices", info.unitLine(), name);
    }
  }
}
