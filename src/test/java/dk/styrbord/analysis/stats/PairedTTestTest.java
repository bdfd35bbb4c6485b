package dk.styrbord.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.styrbord.WorkbenchException;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

class PairedTTestTest {

  @Test
  void sleepMatchesRsPairedExample() {
    // R: with(sleep, t.test(extra[group == 1], extra[group == 2], paired = TRUE)) gives
    // t = -4.0621, df = 9, p-value = 0.002833, mean difference -1.58, 95 % CI -2.4598858
    // -0.7001142; here the difference is after − before, so the signs flip.
    TestResult result = PairedTTest.test(WelchTTestTest.DRUG_1, WelchTTestTest.DRUG_2);
    assertEquals(4.0621, result.statistic(), 5e-5);
    assertEquals(9, result.df());
    assertEquals(0.002833, result.pValue(), 5e-7);
    assertEquals(1.58, result.estimates().get("mean change (after − before)"), 1e-12);
    assertEquals(0.7001142, result.estimates().get("95 % CI low"), 5e-8);
    assertEquals(2.4598858, result.estimates().get("95 % CI high"), 5e-8);
    assertTrue(result.conclusion().startsWith("The mean change differs from zero"));
  }

  @Test
  void cohensDzIsMeanChangeOverItsStandardDeviation() {
    // By hand: the ten differences have mean 1.58 and sd 1.229995, so d_z = 1.284558.
    assertEquals(1.284558,
        PairedTTest.test(WelchTTestTest.DRUG_1, WelchTTestTest.DRUG_2).effectSize().value(), 5e-7);
  }

  @Test
  void tableFormDropsPairsWithAGap() {
    DoubleColumn before = DoubleColumn.create("before", WelchTTestTest.DRUG_1);
    DoubleColumn after = DoubleColumn.create("after", WelchTTestTest.DRUG_2);
    before.append(100);
    after.appendMissing();
    TestResult result = PairedTTest.test(Table.create("t", before, after), "before", "after");
    assertEquals(4.0621, result.statistic(), 5e-5);
    assertEquals(10, result.estimates().get("pairs"));
  }

  @Test
  void unequalLengthsAreRefused() {
    assertTrue(assertThrows(WorkbenchException.class,
        () -> PairedTTest.test(new double[] {1, 2, 3}, new double[] {1, 2})).getMessage()
        .startsWith("before has 3 values and after has 2"));
  }
}
