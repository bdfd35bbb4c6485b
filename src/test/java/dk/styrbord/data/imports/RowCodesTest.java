package dk.styrbord.data.imports;

import static dk.styrbord.data.imports.Fixtures.MUNICIPALITIES;
import static dk.styrbord.data.imports.Fixtures.SOURCES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class RowCodesTest {
  @Test
  void columnsOfAFewAndOfManyValuesEqualTablesawsOwn() {
    for (int distinct : new int[] {1, 254, 255, 65_534, 65_535, 70_000}) {
      List<String> values = new ArrayList<>();
      for (int v = 0; v < distinct; v++) {
        values.add("værdi " + v);
      }
      RowCodes codes = new RowCodes(10);
      StringColumn expected = StringColumn.create("x");
      for (int row = 0; row < 2 * distinct; row++) {
        int code = row < distinct ? row : (row * 7919) % distinct;
        codes.add(code);
        expected.append(values.get(code));
      }
      StringColumn actual = codes.column("x", values);
      assertEquals(expected.asList(), actual.asList(), distinct + " values");
      assertEquals(expected.countUnique(), actual.countUnique(), distinct + " values");
      assertEquals(2, actual.isEqualTo("værdi 0").size(), distinct + " values");
      assertEquals(0, actual.isEqualTo("no such value").size(), distinct + " values");
    }
  }

  @Test
  void aReadColumnTakesNewValuesAsAColumnTablesawBuilt() {
    Table t = StatbankReader.of(MUNICIPALITIES).read(SOURCES.resolve("FOLK1AM_2021M10-2024M04.csv"));
    StringColumn areas = t.stringColumn("OMRÅDE");
    int before = areas.countUnique();
    areas.append("Ny kommune");
    areas.append("");
    assertEquals("Ny kommune", areas.get(areas.size() - 2));
    assertEquals(1, areas.isEqualTo("Ny kommune").size());
    assertEquals(0, areas.isEqualTo("Ingen kommune").size());
    assertEquals(31, areas.isEqualTo("Lejre").size());
    assertEquals(before + 2, areas.countUnique());
    assertTrue(areas.isMissing(areas.size() - 1));
  }
}
