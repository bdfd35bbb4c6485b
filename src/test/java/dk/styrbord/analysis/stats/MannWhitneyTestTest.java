package dk.styrbord.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.styrbord.WorkbenchException;
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
  void identicalValuesAreRefused() {
    assertThrows(WorkbenchException.class,
        () -> MannWhitneyTest.test(new double[] {2, 2}, new double[] {2, 2, 2}));
  }
}
