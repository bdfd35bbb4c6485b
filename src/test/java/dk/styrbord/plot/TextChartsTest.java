package dk.styrbord.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.styrbord.WorkbenchException;
import dk.styrbord.analysis.Area;
import dk.styrbord.analysis.PriceBasis;
import dk.styrbord.analysis.ResultInfo;
import dk.styrbord.analysis.ResultTable;
import dk.styrbord.analysis.Unit;
import dk.styrbord.data.DataStatus;
import dk.styrbord.data.Provenance;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Sparkline and TextBars, worked by hand. */
class TextChartsTest {

  @Test
  void sparklineMapsMinimumToLowestAndMaximumToHighestBlock() {
    // (v - 1) / (5 - 1) * 7 = 0, 3.5 → 4, 1.75 → 2, 7
    assertEquals("▁▅▃█", Sparkline.of(1, 3, 2, 5));
    assertEquals("▄▄▄", Sparkline.of(7, 7, 7));
    assertEquals("▁ █", Sparkline.of(0, Double.NaN, 10));
  }

  @Test
  void barsShowTopAndBottomWithTheChosenMarkedBetween() {
    Table level = level(12);
    String text = TextBars.of(level, "K7", 2, Language.ENGLISH).toString();
    List<String> lines = text.lines().toList();
    assertEquals("Test level, 2024", lines.get(0), "the result's title, not its table's name");
    assertTrue(lines.get(1).startsWith("   1 K1 "), lines.get(1));
    assertTrue(lines.get(1).contains("████████████████████████████████████████  12,000"), lines.get(1));
    assertEquals("     …  ", lines.get(3));
    assertTrue(lines.get(4).startsWith("   7 K7 ") && lines.get(4).endsWith("6,000  ◀"), lines.get(4));
    assertTrue(lines.get(6).startsWith("  11 K11"), lines.get(6));
    assertTrue(lines.get(7).startsWith("  12 K12") && lines.get(7).contains("███▍ "), "1,000 / 12,000 × 40 = 3.33 blocks: " + lines.get(7));
    assertEquals("DKK per 18–64-year-old, current prices; rank 1 = highest", lines.get(8));
  }

  @Test
  void barsWithoutAChosenMunicipalityShowOnlyTopAndBottom() {
    List<String> lines = TextBars.of(level(12), null, 2, Language.ENGLISH).toString().lines().toList();
    assertTrue(lines.get(1).startsWith("   1 K1 "), lines.get(1));
    assertTrue(lines.get(2).startsWith("   2 K2 "), lines.get(2));
    assertEquals("     …  ", lines.get(3));
    assertTrue(lines.get(4).startsWith("  11 K11"), lines.get(4));
    assertTrue(lines.stream().noneMatch(l -> l.contains("◀")), String.join("\n", lines));
  }

  @Test
  void barsInDanishWriteNumbersTheDanishWay() {
    String text = TextBars.of(level(12), "K1", 1, Language.DANISH).toString();
    assertTrue(text.contains("12.000  ◀"), text);
    assertTrue(text.endsWith("kr. pr. 18–64-årig, løbende priser; nr. 1 = højest"), text);
  }

  @Test
  void anUnknownMunicipalitySaysWhichTable() {
    WorkbenchException e = assertThrows(WorkbenchException.class, () -> TextBars.of(level(3), "Lejre", 1, Language.ENGLISH));
    assertEquals("Lejre is not in the table test level.", e.getMessage());
  }

  @Test
  void eighthBlocksRoundToTheNearestEighth() {
    assertEquals("██▌", TextBars.bar(2.5).trim());
    assertEquals("███", TextBars.bar(2.96).trim());
  }

  /** Municipalities K1 … Kn spending 1,000 × (n + 1 − rank). */
  static Table level(int n) {
    Table t = Table.create("test level", IntColumn.create("rank"),
        IntColumn.create("code"), StringColumn.create("municipality"), DoubleColumn.create("per_inhabitant"),
        DoubleColumn.create("index_national"));
    for (int i = 1; i <= n; i++) {
      t.intColumn("rank").append(i);
      t.intColumn("code").append(100 + i);
      t.stringColumn("municipality").append("K" + i);
      t.doubleColumn("per_inhabitant").append(1000.0 * (n + 1 - i));
      t.doubleColumn("index_national").append(100.0 * (n + 1 - i) / 6);
    }
    return ResultTable.of(t, ResultInfo.of("Test level, 2024", "5.38 (adults)", List.of(2024), Unit.dkkPer(Area.ADULTS),
        PriceBasis.CURRENT, new Provenance(List.of("spending"), DataStatus.SYNTHETIC, List.of("synthetic"), null)));
  }
}
