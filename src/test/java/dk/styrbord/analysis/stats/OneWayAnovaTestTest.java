package dk.styrbord.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.styrbord.WorkbenchException;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class OneWayAnovaTestTest {

  @Test
  void threeSpacedGroupsMatchTheHandComputation() {
    // By hand: means 2, 5, 8 around 5: SS_between = 3·(9 + 0 + 9) = 54, SS_within = 3·2 = 6,
    // F = (54/2)/(6/6) = 27 on 2 and 6 df; for F(2, m), P(F > f) = (1 + 2f/m)^(−m/2) = 10⁻³;
    // η² = 54/60 = 0.9.
    TestResult result = OneWayAnovaTest.test(
        new double[] {1, 2, 3}, new double[] {4, 5, 6}, new double[] {7, 8, 9});
    assertEquals(27, result.statistic(), 1e-10);
    assertEquals(2, result.df());
    assertEquals(6, result.df2());
    assertEquals(1e-3, result.pValue(), 1e-12);
    assertEquals(0.9, result.effectSize().value(), 1e-12);
  }

  @Test
  void plantGrowthMatchesRsAovExample() {
    // R: summary(aov(weight ~ group, data = PlantGrowth)) gives Sum Sq 3.766 (group) and
    // 10.492 (residuals), F value 4.846 on 2 and 27 Df, Pr(>F) 0.0159 (Dobson 1983, table 7.1).
    Table plants = Table.create("PlantGrowth",
        DoubleColumn.create("weight", 4.17, 5.58, 5.18, 6.11, 4.50, 4.61, 5.17, 4.53, 5.33, 5.14,
            4.81, 4.17, 4.41, 3.59, 5.87, 3.83, 6.03, 4.89, 4.32, 4.69,
            6.31, 5.12, 5.54, 5.50, 5.37, 5.29, 4.92, 6.15, 5.80, 5.26),
        StringColumn.create("group", "ctrl", "ctrl", "ctrl", "ctrl", "ctrl", "ctrl", "ctrl",
            "ctrl", "ctrl", "ctrl", "trt1", "trt1", "trt1", "trt1", "trt1", "trt1", "trt1",
            "trt1", "trt1", "trt1", "trt2", "trt2", "trt2", "trt2", "trt2", "trt2", "trt2",
            "trt2", "trt2", "trt2"));
    TestResult result = OneWayAnovaTest.test(plants, "weight", "group");
    assertEquals(4.846, result.statistic(), 5e-4);
    assertEquals(27, result.df2());
    assertEquals(0.0159, result.pValue(), 5e-5);
    assertEquals(3.766 / (3.766 + 10.492), result.effectSize().value(), 5e-4);
    assertEquals(5.032, result.estimates().get("mean of ctrl"), 1e-12);
  }

  @Test
  void pValueFarInTheTailIsTheSurvivalFunctionNotOneMinusTheCdf() {
    // Means 2, 1002, 2002 around 1002: SS_between = 3·(1000² + 0 + 1000²) = 6e6,
    // SS_within = 3·2 = 6, F = (6e6/2)/(6/6) = 3e6 on 2 and 6 df;
    // P(F > f) = (1 + 2f/6)^(−3) = (1e6 + 1)^(−3) = 9.99997e-19 (1 − CDF gives 0).
    TestResult result = OneWayAnovaTest.test(new double[] {1, 2, 3},
        new double[] {1001, 1002, 1003}, new double[] {2001, 2002, 2003});
    assertEquals(3e6, result.statistic(), 1e-4);
    TailsTest.assertRelative(Math.pow(1e6 + 1, -3), result.pValue(), 1e-9);
  }

  @Test
  void aGroupOfOneValueIsAllowedWhenTheOthersGiveWithinDf() {
    // Groups {5}, {1, 2, 3}, {4, 6, 8}: N = 7, k = 3, so 2 and 4 df. Grand mean 29/7;
    // SS_between = (5 − 29/7)² + 3·(2 − 29/7)² + 3·(6 − 29/7)² = (36 + 675 + 507)/49 = 1218/49;
    // SS_within = 0 + 2 + 8 = 10; F = (1218/49/2)/(10/4) = 4.9714286;
    // p = (1 + 2F/4)^(−2) = 0.0823; η² = (1218/49)/(1218/49 + 10) = 0.7131. R's aov agrees
    // that a one-value group adds nothing within and one df between.
    TestResult result = OneWayAnovaTest.test(
        new double[] {5}, new double[] {1, 2, 3}, new double[] {4, 6, 8});
    double f = (1218.0 / 49 / 2) / (10.0 / 4);
    assertEquals(f, result.statistic(), 1e-12);
    assertEquals(2, result.df());
    assertEquals(4, result.df2());
    assertEquals(Math.pow(1 + f / 2, -2), result.pValue(), 1e-14);
    assertEquals((1218.0 / 49) / (1218.0 / 49 + 10), result.effectSize().value(), 1e-12);
  }

  @Test
  void groupsOfOneValueEachAreRefused() {
    assertEquals("Every group has one value, so there is no within-group variation to compare"
        + " with; ANOVA needs at least one group with two or more values.",
        assertThrows(WorkbenchException.class, () -> OneWayAnovaTest.test(
            new double[] {1}, new double[] {2}, new double[] {4})).getMessage());
  }

  @Test
  void aSingleGroupIsRefused() {
    assertThrows(WorkbenchException.class, () -> OneWayAnovaTest.test(new double[] {1, 2, 3}));
  }
}
