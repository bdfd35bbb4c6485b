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
  void aSingleGroupIsRefused() {
    assertThrows(WorkbenchException.class, () -> OneWayAnovaTest.test(new double[] {1, 2, 3}));
  }
}
