package dk.styrbord.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.styrbord.WorkbenchException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MannWhitneyTestTest {

  @Test
  void smallExampleWithATieMatchesTheHandComputation() {
    // By hand: pooled ranks of a = {1, 2, 4, 6} are 1, 2, 3.5, 5 (the two 4s share 3.5), so
    // R₁ = 11.5 and W = 11.5 − 10 = 1.5. n₁n₂/2 = 10; continuity: −8.5 + 0.5 = −8.
    // σ² = (20/12)·(10 − (2³ − 2)/(9·8)) = 595/36, σ = 4.065437, z = −8/σ = −1.967808,
    // p = 2Φ(−1.967808) = 0.049090 (also SciPy 1.17 mannwhitneyu(method="asymptotic")).
    TestResult result =
        MannWhitneyTest.test(new double[] {1, 2, 4, 6}, new double[] {4, 7, 8, 9, 10});
    assertEquals(1.5, result.statistic(), 1e-12);
    assertEquals(-1.967808, result.estimates().get("z"), 5e-7);
    assertEquals(0.049090, result.pValue(), 5e-7);
    assertEquals(-0.85, result.effectSize().value(), 1e-12);
    assertEquals("large", result.effectSize().magnitude());
  }

  @Test
  void sleepMatchesRsNormalApproximation() {
    // R: wilcox.test(extra ~ group, data = sleep, exact = FALSE) gives W = 25.5,
    // p-value = 0.06933 (R's ?wilcox.test, with the warning about ties).
    TestResult result = MannWhitneyTest.test(WelchTTestTest.sleep(), "extra", "group");
    assertEquals(25.5, result.statistic(), 1e-12);
    assertEquals(0.06933, result.pValue(), 5e-6);
  }

  @Test
  void smallSamplesWithoutTiesUseTheExactDistribution() {
    // x = {1, 2, 3}, y = {4, 5, 6}: no pair has x larger, W = 0; of the C(6, 3) = 20 equally
    // likely orderings only one gives W = 0, so P(W ≤ 0) = 1/20 and p = 2/20 = 0.1 (R: 0.1;
    // the normal approximation said 0.081).
    TestResult result = MannWhitneyTest.test(new double[] {1, 2, 3}, new double[] {4, 5, 6});
    assertEquals(0, result.statistic(), 1e-12);
    assertEquals(0.1, result.pValue(), 1e-15);
    assertEquals("Mann–Whitney U test (exact)", result.test());
    assertFalse(result.estimates().containsKey("z"));
  }

  @Test
  void rsWilcoxTestExampleGivesTheExactTwoSidedP() {
    // R's ?wilcox.test: wilcox.test(x, y, alternative = "greater") gives W = 35,
    // p-value = 0.1272 = P(W ≥ 35) = 382/3003 of the C(15, 5) orderings; two-sided R doubles
    // it: 764/3003 = 0.2544123 (SciPy 1.17 mannwhitneyu(method="exact") agrees).
    double[] x = {0.80, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46};
    double[] y = {1.15, 0.88, 0.90, 0.74, 1.21};
    TestResult result = MannWhitneyTest.test(x, y);
    assertEquals(35, result.statistic(), 1e-12);
    assertEquals(764.0 / 3003, result.pValue(), 1e-14);
  }

  @Test
  void theExactTailKeepsItsDigitsAtTheLargestExactSizes() {
    // 49 against 49, fully separated: W = 0 in exactly one of C(98, 49) =
    // 25477612258980856902730428600 orderings, so p = 2/C(98, 49) = 7.850029e-29.
    double[] low = IntStream.range(0, 49).asDoubleStream().toArray();
    double[] high = IntStream.range(100, 149).asDoubleStream().toArray();
    TestResult result = MannWhitneyTest.test(high, low);
    assertEquals(49 * 49, result.statistic(), 1e-9);
    TailsTest.assertRelative(2 / 25477612258980856902730428600.0, result.pValue(), 1e-12);
    assertEquals("Mann–Whitney U test (exact)", result.test());
  }

  @Test
  void fiftyValuesOrATieGoToTheNormalApproximationAsInR() {
    double[] fifty = IntStream.range(0, 50).asDoubleStream().toArray();
    double[] three = {100, 101, 102};
    assertEquals("Mann–Whitney U test (normal approximation with continuity correction)",
        MannWhitneyTest.test(fifty, three).test());
    assertEquals("Mann–Whitney U test (normal approximation with continuity correction)",
        MannWhitneyTest.test(new double[] {1, 2, 4}, new double[] {4, 7}).test());
  }

  @Test
  void minusZeroAndZeroAreTied() {
    // a = {−0.0, 1}, b = {0.0, 2}: the two zeros are equal and share rank 1.5, so R₁ = 1.5 + 3
    // and W = 4.5 − 3 = 1.5 (not 1). With a tie R uses the normal approximation: W − n₁n₂/2 =
    // −0.5, which the continuity correction takes to z = 0, p = 1.
    TestResult result = MannWhitneyTest.test(new double[] {-0.0, 1}, new double[] {0.0, 2});
    assertEquals(1.5, result.statistic(), 1e-12);
    assertEquals(1, result.pValue(), 1e-15);
    assertEquals("Mann–Whitney U test (normal approximation with continuity correction)",
        result.test());
    assertThrows(WorkbenchException.class,
        () -> MannWhitneyTest.test(new double[] {-0.0}, new double[] {0.0, 0.0}));
  }

  @Test
  void identicalValuesAreRefused() {
    assertThrows(WorkbenchException.class,
        () -> MannWhitneyTest.test(new double[] {2, 2}, new double[] {2, 2, 2}));
  }
}
