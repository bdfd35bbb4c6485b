package dk.styrbord.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.styrbord.WorkbenchException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class LinearModelTest {

  /** NIST StRD Longley.dat, lines 61–76: y, then x1…x6. */
  private static final double[][] LONGLEY = {
    {60323, 83.0, 234289, 2356, 1590, 107608, 1947},
    {61122, 88.5, 259426, 2325, 1456, 108632, 1948},
    {60171, 88.2, 258054, 3682, 1616, 109773, 1949},
    {61187, 89.5, 284599, 3351, 1650, 110929, 1950},
    {63221, 96.2, 328975, 2099, 3099, 112075, 1951},
    {63639, 98.1, 346999, 1932, 3594, 113270, 1952},
    {64989, 99.0, 365385, 1870, 3547, 115094, 1953},
    {63761, 100.0, 363112, 3578, 3350, 116219, 1954},
    {66019, 101.2, 397469, 2904, 3048, 117388, 1955},
    {67857, 104.6, 419180, 2822, 2857, 118734, 1956},
    {68169, 108.4, 442769, 2936, 2798, 120445, 1957},
    {66513, 110.8, 444546, 4681, 2637, 121950, 1958},
    {68655, 112.6, 482704, 3813, 2552, 123366, 1959},
    {69564, 114.2, 502601, 3931, 2514, 125368, 1960},
    {69331, 115.7, 518173, 4806, 2572, 127852, 1961},
    {70551, 116.9, 554894, 4007, 2827, 130081, 1962},
  };

  /** R's built-in {@code cars} data (Ezekiel 1930): speed (mph) and stopping distance (ft). */
  private static final double[] CARS_SPEED = {
    4, 4, 7, 7, 8, 9, 10, 10, 10, 11, 11, 12, 12, 12, 12, 13, 13, 13, 13, 14, 14, 14, 14, 15, 15,
    15, 16, 16, 17, 17, 17, 18, 18, 18, 18, 19, 19, 19, 20, 20, 20, 20, 20, 22, 23, 24, 24, 24, 24,
    25
  };

  private static final double[] CARS_DIST = {
    2, 10, 4, 22, 16, 10, 18, 26, 34, 17, 28, 14, 20, 24, 28, 26, 34, 34, 46, 26, 36, 60, 80, 20,
    26, 54, 32, 40, 32, 40, 50, 42, 56, 76, 84, 36, 46, 68, 32, 48, 52, 56, 64, 66, 54, 70, 92, 93,
    120, 85
  };

  @Test
  void longleyMatchesNistCertifiedValuesToEightDigits() {
    LinearModel model = longley();
    // NIST StRD, https://www.itl.nist.gov/div898/strd/lls/data/LINKS/DATA/Longley.dat
    double[] certifiedEstimates = {
      -3482258.63459582, 15.0618722713733, -0.358191792925910E-01, -2.02022980381683,
      -1.03322686717359, -0.511041056535807E-01, 1829.15146461355
    };
    double[] certifiedErrors = {
      890420.383607373, 84.9149257747669, 0.334910077722432E-01, 0.488399681651699,
      0.214274163161675, 0.226073200069370, 455.478499142212
    };
    for (int j = 0; j < certifiedEstimates.length; j++) {
      assertRelative(certifiedEstimates[j], model.coefficients()[j], 1e-8);
      assertRelative(certifiedErrors[j], model.standardErrors()[j], 1e-8);
    }
    assertRelative(304.854073561965, model.residualStandardError(), 1e-8);
    assertRelative(0.995479004577296, model.rSquared(), 1e-8);
    assertEquals(9, model.residualDf());
  }

  @Test
  void carsSummaryMatchesRsPublishedOutput() {
    // R: summary(lm(dist ~ speed, data = cars)) and confint(...), as printed in R's documentation
    LinearModelSummary summary = cars().summary();
    Coefficient intercept = summary.coefficient("(Intercept)");
    Coefficient speed = summary.coefficient("speed");
    assertEquals(-17.5791, intercept.estimate(), 5e-5);
    assertEquals(6.7584, intercept.standardError(), 5e-5);
    assertEquals(-2.601, intercept.tValue(), 5e-4);
    assertEquals(0.0123, intercept.pValue(), 5e-5);
    assertEquals("*", intercept.stars());
    assertEquals(3.9324, speed.estimate(), 5e-5);
    assertEquals(0.4155, speed.standardError(), 5e-5);
    assertEquals(9.464, speed.tValue(), 5e-4);
    assertEquals(1.49e-12, speed.pValue(), 5e-15);
    assertEquals("***", speed.stars());
    assertEquals(-31.167850, intercept.ciLow(), 5e-7);
    assertEquals(-3.990340, intercept.ciHigh(), 5e-7);
    assertEquals(3.096964, speed.ciLow(), 5e-7);
    assertEquals(4.767853, speed.ciHigh(), 5e-7);
    assertEquals(15.38, summary.residualStandardError(), 5e-3);
    assertEquals(48, summary.residualDf());
    assertEquals(0.6511, summary.rSquared(), 5e-5);
    assertEquals(0.6438, summary.adjustedRSquared(), 5e-5);
    assertEquals(89.57, summary.fStatistic(), 5e-3);
    assertEquals(1, summary.fNumeratorDf());
    assertEquals(48, summary.fDenominatorDf());
    assertEquals(1.49e-12, summary.fPValue(), 5e-15);
    assertEquals(50, summary.n());
  }

  @Test
  void carsResidualQuartilesMatchR() {
    // R: the "Residuals:" block of summary(lm(dist ~ speed, data = cars))
    double[] expected = {-29.069, -9.525, -2.272, 9.215, 43.201};
    double[] actual =
        cars().summary().residualQuartiles().stream().mapToDouble(Double::doubleValue).toArray();
    assertArrayEquals(expected, actual, 5e-4);
  }

  @Test
  void vifOfTwoPredictorsIsOneOverOneMinusTheirSquaredCorrelation() {
    // By hand: x1 = 1..5, x2 = 2,4,5,4,5 have Sxy = 6, Sxx = 10, Syy = 6, so r² = 36/60 = 0.6 and
    // VIF = 1/(1 − 0.6) = 2.5 for both.
    double[][] x = {{1, 2}, {2, 4}, {3, 5}, {4, 4}, {5, 5}};
    LinearModel model = LinearModel.fit(new double[] {1, 3, 2, 5, 4}, x, "y", "x1", "x2");
    assertArrayEquals(new double[] {2.5, 2.5}, model.varianceInflationFactors(), 1e-12);
  }

  @Test
  void standardizedSlopeOfOnePredictorIsTheCorrelation() {
    // With one predictor, beta = b·sd(x)/sd(y) = r; cor(cars$speed, cars$dist) = 0.8068949 in R.
    assertEquals(0.8068949, cars().standardizedCoefficients()[0], 5e-8);
  }

  @Test
  void fittedPlusResidualIsActualAndPredictUsesTheCoefficients() {
    LinearModel model = cars();
    double[] fitted = model.fitted();
    double[] residuals = model.residuals();
    for (int i = 0; i < CARS_DIST.length; i++) {
      assertEquals(CARS_DIST[i], fitted[i] + residuals[i], 1e-9);
    }
    double[] b = model.coefficients();
    assertEquals(b[0] + 21 * b[1], model.predict(21), 1e-12);
  }

  @Test
  void tableFitDropsAndCountsRowsWithMissingValues() {
    Table table = Table.create("cars",
        DoubleColumn.create("speed", CARS_SPEED), DoubleColumn.create("dist", CARS_DIST));
    table.doubleColumn("speed").append(30);
    table.doubleColumn("dist").appendMissing();
    LinearModel model = LinearModel.fit(table, "dist", "speed");
    assertEquals(1, model.droppedRows());
    assertEquals(50, model.n());
    assertEquals(3.9324, model.coefficients()[1], 5e-5);
    assertTrue(model.toString().contains("1 rows with missing values dropped"));
    double[] b = model.coefficients();
    assertEquals(b[0] + 30 * b[1], model.predict(table).get(50), 1e-9);
  }

  @Test
  void printedSummaryHasTheShapeOfR() {
    String text = cars().toString();
    assertTrue(text.contains("Residual standard error: 15.38 on 48 degrees of freedom"), text);
    assertTrue(text.contains("F-statistic: 89.57 on 1 and 48 DF,  p-value: 1.49e-12"), text);
    assertTrue(text.contains("Signif. codes"), text);
    assertEquals(2, cars().asTable().rowCount());
  }

  @Test
  void wrongInputNamesTheProblemAndTheFix() {
    Table table = Table.create("t", StringColumn.create("name", "a", "b", "c", "d", "e"),
        DoubleColumn.create("y", 1, 2, 3, 4, 6), DoubleColumn.create("flat", 1, 1, 1, 1, 1),
        DoubleColumn.create("x", 1, 3, 2, 5, 4));
    assertEquals("Column \"name\" is not numeric (it is STRING). Choose one of: y, flat, x.",
        assertThrows(WorkbenchException.class, () -> LinearModel.fit(table, "y", "name"))
            .getMessage());
    assertTrue(assertThrows(WorkbenchException.class, () -> LinearModel.fit(table, "y", "z"))
        .getMessage().startsWith("No column \"z\""));
    assertTrue(assertThrows(WorkbenchException.class, () -> LinearModel.fit(table, "y", "flat"))
        .getMessage().contains("is constant"));
    assertTrue(assertThrows(WorkbenchException.class,
        () -> LinearModel.fit(table.first(3), "y", "x", "flat")).getMessage()
        .startsWith("Too few rows"));
  }

  @Test
  void aConstantResponseIsRefusedInsteadOfAnRSquaredOfMinusInfinity() {
    double[][] x = {{1}, {2}, {3}, {5}, {4}};
    assertEquals("The response \"y\" is 3.0 in every row used, so there is no variation for the"
        + " predictors to explain.", assertThrows(WorkbenchException.class,
            () -> LinearModel.fit(new double[] {3, 3, 3, 3, 3}, x)).getMessage());
    // 0.1 + 0.2 is 0.30000000000000004: a constant 0.3 that rounding made vary (old R² −4.4).
    double[] rounded = {0.1 + 0.2, 0.3, 0.1 + 0.2, 0.3, 0.3};
    assertEquals("The response \"y\" is 0.30000000000000004 in every row used (up to rounding),"
        + " so there is no variation for the predictors to explain.",
        assertThrows(WorkbenchException.class, () -> LinearModel.fit(rounded, x)).getMessage());
    // A large level with a small spread is real variation, not rounding.
    assertEquals(1, LinearModel.fit(new double[] {1e9 + 1, 1e9 + 2, 1e9 + 3, 1e9 + 5, 1e9 + 4},
        x).rSquared(), 1e-9);
  }

  @Test
  void nearlyCollinearPredictorsAreRefusedNamingThem() {
    // b = 3a + 1e-11·(±1): collinear up to rounding. The fit used to print coefficients of
    // −9.65e9 and +3.22e9 with VIF = Infinity as the only hint; c is not involved.
    double[] y = {2.1, 3.9, 6.2, 7.8, 10.1, 12.2, 13.8, 16.1};
    double[] c = {3, 1, 4, 1, 5, 9, 2, 6};
    double[][] x = new double[y.length][];
    for (int i = 0; i < y.length; i++) {
      double a = 0.1 * (i + 1);
      x[i] = new double[] {a, 3 * a + (i % 2 == 0 ? 1e-11 : -1e-11), c[i]};
    }
    assertEquals("The predictors a, b are collinear: each is, up to rounding, a linear"
        + " combination of the others, so their effects cannot be told apart. Drop one of them.",
        assertThrows(WorkbenchException.class, () -> LinearModel.fit(y, x, "y", "a", "b", "c"))
            .getMessage());
    double[][] withoutB = Arrays.stream(x).map(r -> new double[] {r[0], r[2]})
        .toArray(double[][]::new);
    assertEquals(2, LinearModel.fit(y, withoutB, "y", "a", "c").predictors().size());
  }

  @Test
  void aPredictorConstantUpToRoundingIsRefused() {
    double[][] x = {{0.1 + 0.2, 1}, {0.3, 2}, {0.1 + 0.2, 3}, {0.3, 5}, {0.3, 4}};
    assertEquals("Predictor \"x1\" is constant up to rounding in the rows used, so its effect"
        + " cannot be told from the intercept. Drop it.", assertThrows(WorkbenchException.class,
            () -> LinearModel.fit(new double[] {1, 3, 2, 5, 4}, x)).getMessage());
  }

  private static LinearModel cars() {
    double[][] x = new double[CARS_SPEED.length][];
    for (int i = 0; i < x.length; i++) {
      x[i] = new double[] {CARS_SPEED[i]};
    }
    return LinearModel.fit(CARS_DIST, x, "dist", "speed");
  }

  private static LinearModel longley() {
    double[] y = new double[LONGLEY.length];
    double[][] x = new double[LONGLEY.length][];
    for (int i = 0; i < LONGLEY.length; i++) {
      y[i] = LONGLEY[i][0];
      x[i] = Arrays.copyOfRange(LONGLEY[i], 1, 7);
    }
    return LinearModel.fit(y, x, "Employed", "GNP.deflator", "GNP", "Unemployed",
        "Armed.Forces", "Population", "Year");
  }

  private static void assertRelative(double expected, double actual, double tolerance) {
    assertEquals(0, Math.abs((actual - expected) / expected), tolerance,
        "expected " + expected + " but was " + actual);
  }
}
