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
  void twoByTwoUncorrectedMatchesTheHandComputation() {
    // By hand: every margin is 50 and n = 100, so each expected count is 25 and each cell adds
    // 5²/25 = 1: χ² = 4 on 1 df, p = P(χ²₁ > 4) = 2·(1 − Φ(2)) = 0.0455003, V = √(4/100) = 0.2.
    ChiSquareIndependence test = ChiSquareIndependence.test(
        new long[][] {{20, 30}, {30, 20}}, 0.05, ContinuityCorrection.NONE);
    assertEquals(4, test.result().statistic(), 1e-12);
    assertEquals(1, test.result().df());
    assertEquals(0.0455003, test.result().pValue(), 5e-8);
    assertEquals(0.2, test.result().effectSize().value(), 1e-12);
    assertEquals(25, test.expected()[1][0], 1e-12);
    assertTrue(test.result().warnings().isEmpty());
    assertEquals("Pearson's chi-square test of independence", test.result().test());
  }

  @Test
  void twoByTwoGetsYatesCorrectionByDefaultAsInR() {
    // Same table: each |O − E| = 5 shrinks to 4.5, χ² = 4·4.5²/25 = 3.24,
    // p = P(χ²₁ > 3.24) = erfc(√1.62) = 0.0718606 (mpmath; SciPy's chi2_contingency agrees).
    // Cramér's V stays the uncorrected √(4/100) = 0.2.
    ChiSquareIndependence test = ChiSquareIndependence.test(new long[][] {{20, 30}, {30, 20}});
    assertEquals(3.24, test.result().statistic(), 1e-12);
    assertEquals(0.0718606, test.result().pValue(), 5e-8);
    assertEquals(0.2, test.result().effectSize().value(), 1e-12);
    assertEquals("Pearson's chi-square test of independence (Yates' continuity correction)",
        test.result().test());
    assertTrue(test.toString().startsWith(
        "Pearson's chi-square test of independence (Yates' continuity correction)\n"));
  }

  @Test
  void yatesOnAnUnevenTableMatchesTheShortcutFormula() {
    // [[12, 5], [7, 15]]: n = 39, rows 17 and 22, columns 19 and 20. For 2 × 2 tables
    // χ²_Yates = n(|ad − bc| − n/2)² / (r₁r₂c₁c₂) = 39·(|180 − 35| − 19.5)²/(17·22·19·20)
    // = 39·125.5²/142120 = 4.3221204, p = erfc(√(χ²/2)) = 0.0376200; uncorrected
    // 39·145²/142120 = 5.7695961, p = 0.0163058 (mpmath; SciPy's chi2_contingency agrees).
    long[][] counts = {{12, 5}, {7, 15}};
    ChiSquareIndependence yates = ChiSquareIndependence.test(counts);
    assertEquals(39 * 125.5 * 125.5 / 142120, yates.result().statistic(), 1e-12);
    assertEquals(0.0376200, yates.result().pValue(), 5e-8);
    ChiSquareIndependence plain = ChiSquareIndependence.test(counts, 0.05,
        ContinuityCorrection.NONE);
    assertEquals(39.0 * 145 * 145 / 142120, plain.result().statistic(), 1e-12);
    assertEquals(0.0163058, plain.result().pValue(), 5e-8);
  }

  @Test
  void yatesNeverOvershootsACellCloseToItsExpectedCount() {
    // [[5, 5], [5, 6]]: E₁₁ = 10·10/21, so |O − E| = 5/21 < ½ in every cell; R's
    // min(½, |O − E|) takes it all away: χ² = 0, p = 1 (not (½ − 5/21)²/E > 0).
    ChiSquareIndependence test = ChiSquareIndependence.test(new long[][] {{5, 5}, {5, 6}});
    assertEquals(0, test.result().statistic(), 1e-15);
    assertEquals(1, test.result().pValue(), 1e-15);
  }

  @Test
  void largerTablesAreNeverCorrected() {
    // Yates applies to 2 × 2 only (R likewise): the 2 × 3 example below keeps Pearson's χ².
    ChiSquareIndependence test =
        ChiSquareIndependence.test(new long[][] {{762, 327, 468}, {484, 239, 477}});
    assertEquals("Pearson's chi-square test of independence", test.result().test());
  }

  @Test
  void pValueFarInTheTailIsTheSurvivalFunctionNotOneMinusTheCdf() {
    // [[700, 0, 350], [0, 700, 350]]: every expected count is 1400·700/2800 = 350; the four
    // corner cells add 350²/350 = 350 each and the middle column 0, so χ² = 1400 on 2 df, and
    // on 2 df P(χ² > x) = exp(−x/2) exactly: p = exp(−700) = 9.86e-305 (1 − CDF gives 0).
    ChiSquareIndependence test =
        ChiSquareIndependence.test(new long[][] {{700, 0, 350}, {0, 700, 350}});
    assertEquals(1400, test.result().statistic(), 1e-9);
    TailsTest.assertRelative(Math.exp(-700), test.result().pValue(), 1e-11);
    TailsTest.assertRelative(Math.exp(-700),
        test.result().asTable().doubleColumn("p_value").getDouble(0), 1e-11);
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
    Table cases = Table.create("cases", team, closed);
    ChiSquareIndependence test = ChiSquareIndependence.test(cases, "team", "closed");
    assertEquals(3.24, test.result().statistic(), 1e-12);
    assertEquals(4, ChiSquareIndependence.test(cases, "team", "closed", 0.05,
        ContinuityCorrection.NONE).result().statistic(), 1e-12);
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

  @Test
  void anUnknownCorrectionWordNamesTheChoices() {
    assertEquals(ContinuityCorrection.NONE, ContinuityCorrection.parse(" Ukorrigeret "));
    assertEquals("Unknown correction \"none please\". Use \"yates\" / \"korrigeret\" (Yates'"
        + " continuity correction on a 2 × 2 table, the default) or \"uncorrected\" /"
        + " \"ukorrigeret\" (Pearson's chi-square as is).",
        assertThrows(WorkbenchException.class,
            () -> ContinuityCorrection.parse("none please")).getMessage());
  }

  private static void add(StringColumn team, StringColumn closed, String t, String c, int n) {
    for (int i = 0; i < n; i++) {
      team.append(t);
      closed.append(c);
    }
  }
}
