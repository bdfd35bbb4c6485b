package dk.styrbord.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class DescribeTest {

  @Test
  void numbersGetPandasStatistics() {
    // pandas: pd.Series([1, 2, 3, 4, None]).describe() gives count 4, mean 2.5, std 1.290994,
    // min 1, 25% 1.75, 50% 2.5, 75% 3.25, max 4 (linear interpolation; std with n-1).
    Table t = Table.create("t", DoubleColumn.create("x", 1, 2, 3, 4, Double.NaN));
    Table d = Describe.of(t);
    assertEquals(4, d.intColumn("count").get(0));
    assertEquals(1, d.intColumn("missing").get(0));
    assertEquals(2.5, d.doubleColumn("mean").get(0), 1e-12);
    assertEquals(Math.sqrt(5.0 / 3.0), d.doubleColumn("std").get(0), 1e-12);
    assertEquals(1.0, d.doubleColumn("min").get(0));
    assertEquals(1.75, d.doubleColumn("25%").get(0), 1e-12);
    assertEquals(2.5, d.doubleColumn("50%").get(0), 1e-12);
    assertEquals(3.25, d.doubleColumn("75%").get(0), 1e-12);
    assertEquals(4.0, d.doubleColumn("max").get(0));
  }

  @Test
  void textGetsUniqueTopAndFrequency() {
    Table t = Table.create("t", StringColumn.create("kommune", "Lejre", "Morsø", "Lejre", "", "Varde"));
    Table d = Describe.of(t);
    assertEquals(4, d.intColumn("count").get(0));
    assertEquals(1, d.intColumn("missing").get(0));
    assertEquals(3, d.intColumn("unique").get(0));
    assertEquals("Lejre", d.stringColumn("top").get(0));
    assertEquals(2, d.intColumn("freq").get(0));
    assertTrue(d.doubleColumn("mean").isMissing(0));
  }

  @Test
  void oneRowPerColumnInOrder() {
    Table t = Table.create("t", StringColumn.create("a", "x"), DoubleColumn.create("b", 1.0));
    assertEquals("[a, b]", Describe.of(t).stringColumn("column").asList().toString());
  }
}
