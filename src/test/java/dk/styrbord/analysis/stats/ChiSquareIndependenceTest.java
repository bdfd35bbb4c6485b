package dk.styrbord.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.styrbord.WorkbenchException;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class ChiSquareIndependenceTest {

  @Test
  void twoByTwoMatchesTheHandComputation() {
    // By hand: every margin is 50 and n = 100, so each expected count is 25 and each cell adds
    // 5²/25 = 1: χ² = 4 on 1 df, p = P(χ²₁ > 4) = 2·(1 − Φ(2)) = 0.0455003, V = √(4/100) = 0.2.
    ChiSquareIndependence test = ChiSquareIndependence.test(new long[][] {{20, 30}, {30, 20}});
    assertEquals(4, test.result().statistic(), 1e-12);
    assertEquals(1, test.result().df());
    assertEquals(0.0455003, test.result().pValue(), 5e-8);
    assertEquals(0.2, test.result().effectSize().value(), 1e-12);
    assertEquals(25, test.expected()[1][0], 1e-12);
    assertTrue(test.result().warnings().isEmpty());
  }

  @Test
  void agrestiPartyByGenderMatchesRsChisqTestExample() {
    // R's ?chisq.test example (Agresti 2007, p. 39): X-squared = 30.07, df = 2,
    // p-value = 2.954e-07; expected count for females voting Democrat 703.6714.
    ChiSquareIndependence test =
        ChiSquareIndependence.test(new long[][] {{762, 327, 468}, {484, 239, 477}});
    assertEquals(30.07, test.result().statistic(), 5e-3);
    assertEquals(2, test.result().df());
    assertEquals(2.954e-7, test.result().pValue(), 5e-11);
    assertEquals(703.6714, test.expected()[0][0], 5e-5);
  }

  @Test
  void smallExpectedCountsGiveAWarning() {
    ChiSquareIndependence test = ChiSquareIndependence.test(new long[][] {{3, 1}, {1, 3}});
    assertEquals(List.of("4 of 4 expected counts are below 5, so the chi-square approximation may"
        + " be poor. Merge small categories, or use Fisher's exact test."),
        test.result().warnings());
    assertTrue(test.toString().contains("Warning: 4 of 4"));
  }

  @Test
  void tableFormCrossTabulatesTwoColumns() {
    // The same 2×2 as above, from 100 rows: 20 (A, yes), 30 (A, no), 30 (B, yes), 20 (B, no).
    StringColumn team = StringColumn.create("team");
    StringColumn closed = StringColumn.create("closed");
    add(team, closed, "A", "yes", 20);
    add(team, closed, "A", "no", 30);
    add(team, closed, "B", "yes", 30);
    add(team, closed, "B", "no", 20);
    team.appendMissing();
    closed.append("yes");
    ChiSquareIndependence test =
        ChiSquareIndependence.test(Table.create("cases", team, closed), "team", "closed");
    assertEquals(4, test.result().statistic(), 1e-12);
    assertEquals(List.of("A", "B"), test.rowLabels());
    assertEquals(List.of("no", "yes"), test.columnLabels());
    assertEquals(4, test.asTable().rowCount());
  }

  @Test
  void aZeroRowIsRefused() {
    assertEquals("A row or column of the counts is all zero. Drop it.",
        assertThrows(WorkbenchException.class,
            () -> ChiSquareIndependence.test(new long[][] {{1, 2}, {0, 0}})).getMessage());
  }

  private static void add(StringColumn team, StringColumn closed, String t, String c, int n) {
    for (int i = 0; i < n; i++) {
      team.append(t);
      closed.append(c);
    }
  }
}
