package dk.styrbord.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

class FormatsTest {

  @Test
  void aValueThatRoundsToZeroPrintsWithoutASign() {
    Table t = Table.create("t", DoubleColumn.create("dkk", new double[] {-0.00004, -0.6, 1234.6}),
        DoubleColumn.create("rate", new double[] {-0.004, 0.004, -1.25}));
    Formats.whole(t, "dkk");
    Formats.decimals(t, 2, "rate");
    assertEquals("0", t.doubleColumn("dkk").getString(0));
    assertEquals("-1", t.doubleColumn("dkk").getString(1));
    assertEquals("1235", t.doubleColumn("dkk").getString(2));
    assertEquals("0.00", t.doubleColumn("rate").getString(0));
    assertEquals("0.00", t.doubleColumn("rate").getString(1));
    assertEquals("-1.25", t.doubleColumn("rate").getString(2));
  }

  @Test
  void rowsPrintWithoutTheTableNameAndKeepTheRowLimit() {
    Table t = Table.create("a name", DoubleColumn.create("x", new double[] {1, 2, 3, 4, 5}));
    String all = Formats.rows(t, 5);
    assertEquals(false, all.contains("a name"));
    assertEquals(" x  |\n-----\n 1  |\n 2  |\n 3  |\n 4  |\n 5  |", all);
    assertEquals(true, Formats.rows(t, 2).contains("..."));
  }
}
