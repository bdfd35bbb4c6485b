package dk.styrbord.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code vars()} and {@code /vars} at the real prompt: a line a variable, while a variable typed alone prints whole. */
class VariableOverviewTest {
  private static final String SESSION = String.join("\n",
      "var ranked = level(\"5.38\", 2024);",
      "Table places = kommuner();",
      "int answer = 42;",
      "String note = \"two\\nlines\";",
      "1 + 1",
      "");

  @Test
  void slashVarsShowsOneLineAVariable() {
    String out = PipedPrompt.run(SESSION + "/vars\n", new HashMap<>());
    String vars = out.substring(out.lastIndexOf("|    ResultTable ranked"));
    // level() ranks the 98 municipalities in 8 columns; kommuner() is the municipalities dataset: 98 × 6
    assertEquals(List.of(
        "|    ResultTable ranked = Spending on 5.38 (adults) per 18–64-year-old, 2024: all municipalities ranked"
            + " · 98 rows × 8 columns: rank, code, municipality, dst_group, …",
        "|    Table places = Municipalities (official data) · 98 rows × 6 columns: code, name, region_code, region, …",
        "|    int answer = 42",
        "|    String note = text of 9 characters on 2 lines",
        "|    int $5 = 2"), vars.lines().limit(5).toList());
    assertFalse(vars.contains("Lolland"), "no row of a table is shown:\n" + vars);
  }

  @Test
  void varsListsTheNamedVariablesAsATable() {
    String out = PipedPrompt.run(SESSION + "vars()\n", new HashMap<>());
    String table = out.substring(out.indexOf(VariableOverview.TITLE));
    List<String> rows = table.lines().skip(3).limit(4).map(VariableOverviewTest::cells).map(Object::toString).toList();
    assertEquals(List.of(
        "[ranked, ResultTable, Spending on 5.38 (adults) per 18–64-year-old, 2024: all municipalities ranked"
            + " · 98 rows × 8 columns: rank, code, municipality, dst_group, …]",
        "[places, Table, Municipalities (official data) · 98 rows × 6 columns: code, name, region_code, region, …]",
        "[answer, int, 42]",
        "[note, String, text of 9 characters on 2 lines]"), rows);
    assertFalse(table.contains("$5"), "the $5 of 1 + 1 is left out:\n" + table);
  }

  @Test
  void aTableTypedOnItsOwnStillPrintsWhole() {
    String out = PipedPrompt.run(SESSION + "/vars\nplaces\n", new HashMap<>());
    String shown = out.substring(out.lastIndexOf("Municipalities (official data)\n"));
    // Tablesaw prints 20 of the 98 rows: the first ten (København first) and the last ten (Hjørring last)
    assertTrue(shown.contains("København"), shown);
    assertTrue(shown.contains("Hjørring"), shown);
    assertTrue(shown.contains("Source:"), "the info footer is there too:\n" + shown);
  }

  private static List<String> cells(String line) {
    return java.util.Arrays.stream(line.split("\\|")).map(String::strip).filter(c -> !c.isEmpty()).toList();
  }
}
