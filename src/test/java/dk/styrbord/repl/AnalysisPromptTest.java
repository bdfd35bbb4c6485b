package dk.styrbord.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.styrbord.WorkbenchException;
import dk.styrbord.analysis.IndependenceTest;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class AnalysisPromptTest {

  @Test
  void chiSquareCorrectsA2x2TableUnlessAskedNotTo() {
    // 20 (a, yes), 30 (a, no), 30 (b, yes), 20 (b, no): every E = 25 and |O − E| = 5, so
    // Yates gives 4·4.5²/25 = 3.24 and the uncorrected test 4·5²/25 = 4.
    Table cases = cases();
    IndependenceTest yates = AnalysisPrompt.chiSquare(cases, "team", "decision");
    assertEquals(3.24, yates.test().result().statistic(), 1e-12);
    assertTrue(yates.toString().contains("(Yates' continuity correction)"), yates.toString());
    assertEquals(4, AnalysisPrompt.chiSquare(cases, "team", "decision", "uncorrected")
        .test().result().statistic(), 1e-12);
    assertEquals(4, AnalysisPrompt.chiSquare(cases, "team", "decision", "ukorrigeret")
        .test().result().statistic(), 1e-12);
    assertTrue(assertThrows(WorkbenchException.class,
        () -> AnalysisPrompt.chiSquare(cases, "team", "decision", "false")).getMessage()
        .startsWith("Unknown correction \"false\". Use \"yates\""));
  }

  @Test
  void mannWhitneySaysWhichMethodItUsed() {
    assertTrue(AnalysisPrompt.mannWhitney(new double[] {1, 2, 3}, new double[] {4, 5, 6})
        .toString().contains("Mann–Whitney U test (exact)"));
  }

  private static Table cases() {
    StringColumn team = StringColumn.create("team");
    StringColumn decision = StringColumn.create("decision");
    int[][] counts = {{20, 30}, {30, 20}};
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 2; j++) {
        for (int k = 0; k < counts[i][j]; k++) {
          team.append(i == 0 ? "a" : "b");
          decision.append(j == 0 ? "yes" : "no");
        }
      }
    }
    return Table.create("mine", team, decision);
  }
}
