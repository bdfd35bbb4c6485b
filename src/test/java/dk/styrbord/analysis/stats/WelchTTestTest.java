package dk.styrbord.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.styrbord.WorkbenchException;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class WelchTTestTest {

  /** R's {@code sleep} data (Cushny &amp; Peebles 1905): extra hours of sleep under two drugs. */
  static final double[] DRUG_1 = {0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0};

  static final double[] DRUG_2 = {1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4};

  @Test
  void sleepMatchesRsTTestExample() {
    // R: t.test(extra ~ group, data = sleep) gives t = -1.8608, df = 17.776, p-value = 0.07939,
    // 95 percent CI -3.3654832 0.2054832, means 0.75 and 2.33 (R's ?t.test example).
    TestResult result = WelchTTest.test(DRUG_1, DRUG_2);
    assertEquals(-1.8608, result.statistic(), 5e-5);
    assertEquals(17.776, result.df(), 5e-4);
    assertEquals(0.07939, result.pValue(), 5e-6);
    assertEquals(0.75, result.estimates().get("mean of a"), 1e-12);
    assertEquals(-3.3654832, result.estimates().get("95 % CI low"), 5e-8);
    assertEquals(0.2054832, result.estimates().get("95 % CI high"), 5e-8);
    assertFalse(result.significant());
  }

  @Test
  void cohensDUsesThePooledStandardDeviation() {
    // By hand from R's sd(): s1 = 1.789010, s2 = 2.002249, s_p = √((s1² + s2²)/2) = 1.898625,
    // d = (0.75 − 2.33)/1.898625 = −0.83218.
    EffectSize d = WelchTTest.test(DRUG_1, DRUG_2).effectSize();
    assertEquals("Cohen's d", d.name());
    assertEquals(-0.83218, d.value(), 5e-6);
    assertEquals("large", d.magnitude());
  }

  @Test
  void conclusionStatesTheFindingInOneLine() {
    assertEquals("No significant evidence that the means differ (Welch t = -1.86, df = 17.8,"
        + " p = 0.079 ≥ 0.05); Cohen's d = -0.83, a large effect.",
        WelchTTest.test(DRUG_1, DRUG_2).conclusion());
    assertTrue(WelchTTest.test(DRUG_1, DRUG_2, 0.1).conclusion().startsWith("The means differ"));
  }

  @Test
  void twoConstantGroupsAreRefusedInOneLine() {
    assertEquals("Both groups are constant (a is always 1.0, b always 2.0), so there is no"
        + " variation to test their difference against. Report the difference itself.",
        assertThrows(WorkbenchException.class,
            () -> WelchTTest.test(new double[] {1, 1}, new double[] {2, 2, 2})).getMessage());
  }

  @Test
  void oneConstantGroupIsTestedOnTheOthersVariance() {
    // a = {1, 1, 1}: s₁² = 0; b = {2, 4, 6}: s₂²/n₂ = 4/3, so t = −3/√(4/3) = −2.598076 on
    // df = n₂ − 1 = 2; on 2 df P(|T| > t) = 1 − t/√(t² + 2) = 1 − 2.598076/√8.75 = 0.121690.
    TestResult result = WelchTTest.test(new double[] {1, 1, 1}, new double[] {2, 4, 6});
    double t = -3 / Math.sqrt(4.0 / 3);
    assertEquals(t, result.statistic(), 1e-12);
    assertEquals(2, result.df(), 1e-12);
    assertEquals(1 + t / Math.sqrt(t * t + 2), result.pValue(), 1e-12);
  }

  @Test
  void tableFormTakesTheTwoGroupsOfAColumn() {
    Table sleep = sleep();
    TestResult result = WelchTTest.test(sleep, "extra", "group");
    assertEquals(-1.8608, result.statistic(), 5e-5);
    assertEquals(2.33, result.estimates().get("mean of 2"), 1e-12);
    assertEquals(1, result.asTable().rowCount());
  }

  @Test
  void threeGroupsPointToAnova() {
    Table sleep = sleep();
    sleep.stringColumn("group").set(0, "3");
    assertTrue(assertThrows(WorkbenchException.class,
        () -> WelchTTest.test(sleep, "extra", "group")).getMessage()
        .contains("use OneWayAnovaTest"));
  }

  @Test
  void alphaOutsideZeroAndOneIsRefused() {
    assertThrows(WorkbenchException.class, () -> WelchTTest.test(DRUG_1, DRUG_2, 5));
  }

  static Table sleep() {
    DoubleColumn extra = DoubleColumn.create("extra", DRUG_1);
    extra.append(DoubleColumn.create("extra", DRUG_2));
    StringColumn group = StringColumn.create("group");
    for (int i = 0; i < 20; i++) {
      group.append(i < 10 ? "1" : "2");
    }
    return Table.create("sleep", extra, group);
  }
}
