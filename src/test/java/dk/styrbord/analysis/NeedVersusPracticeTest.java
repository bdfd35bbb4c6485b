package dk.styrbord.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.styrbord.WorkbenchException;
import dk.styrbord.data.Catalog;
import dk.styrbord.data.Datasets;
import dk.styrbord.data.Municipalities;
import dk.styrbord.data.Municipality;
import dk.styrbord.data.Provenance;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class NeedVersusPracticeTest {
  private static final Provenance YOURS = Provenance.yours("fixture");
  private static final Scope ADULTS = new Scope(Area.ADULTS, null);

  // The hand-worked example: 10 municipalities (codes 1-10), 2020 and 2024, one factor x
  // (socioeconomic_index), price index 80 in 2020 and 100 in 2024.
  //
  //   code         1     2     3     4     5     6     7     8     9    10
  //   x 2020       1     2     3     4     5     1     2     3     4     5
  //   x 2024       1     2     3     4     5     2     3     4     5     6
  //   y 2020    1110  1190  1300  1400  1500  1090  1210  1300  1400  1500   (fixed 2024 prices)
  //   y 2024    1160  1260  1380  1440  1560  1260  1360  1440  1580  1660
  //
  // The 2020 amounts in the table are in 2020 prices: y × 80 / 100 (888, 952, ...); the helper
  // must turn them back into 1110, 1190, ... with × 100 / 80.
  //
  // Model y = a + b·x + d·D (D = 1 in 2024), 20 rows. Try a = 1000, b = 100, d = 60. Residuals:
  //   e 2020 = y − 1000 − 100x       = 10 −10  0   0  0  −10  10   0  0  0
  //   e 2024 = y − 1060 − 100x       =  0   0 20 −20  0    0   0 −20 20  0
  // The normal equations Xᵀe = 0 hold:
  //   Σ e       = (10 − 10 − 10 + 10) + (20 − 20 − 20 + 20)                 = 0
  //   Σ x·e     = (1·10 − 2·10 − 1·10 + 2·10) + (3·20 − 4·20 − 4·20 + 5·20) = 0
  //   Σ D·e     = 20 − 20 − 20 + 20                                         = 0
  // and X (columns 1, x, D) has full rank, so (a, b, d) = (1000, 100, 60) is the least-squares fit.
  //
  // Municipality 6: change 1260 − 1090 = 170 = need 100·(2 − 1) = 100 + national 60 + rest (0 − (−10)) = 10;
  // share from need 100 / 170.
  // R²: RSS = Σ e² = 4·10² + 4·20² = 2,000. Mean y = 27,100 / 20 = 1,355; TSS = Σ (y − 1,355)²
  //   = 230,650 (2020: 245² + 165² + 55² + 45² + 145² + 265² + 145² + 55² + 45² + 145²)
  //   + 256,850 (2024: 195² + 95² + 25² + 85² + 205² + 95² + 5² + 85² + 225² + 305²) = 487,500;
  //   R² = 1 − 2,000 / 487,500 = 971 / 975.
  private static final double[] X_FROM = {1, 2, 3, 4, 5, 1, 2, 3, 4, 5};
  private static final double[] X_TO = {1, 2, 3, 4, 5, 2, 3, 4, 5, 6};
  private static final double[] CURRENT_FROM = {888, 952, 1040, 1120, 1200, 872, 968, 1040, 1120, 1200};
  private static final double[] CURRENT_TO = {1160, 1260, 1380, 1440, 1560, 1260, 1360, 1440, 1580, 1660};

  private static Table perInhabitant(double[] from, double[] to) {
    StringBuilder rows = new StringBuilder("code,municipality,year,dkk,population,per_inhabitant\n");
    for (int i = 0; i < from.length; i++) {
      rows.append(i + 1).append(",M").append(i + 1).append(",2020,0,1,").append(from[i]).append('\n');
      rows.append(i + 1).append(",M").append(i + 1).append(",2024,0,1,").append(to[i]).append('\n');
    }
    return Fixtures.csv("spending per inhabitant", rows.toString());
  }

  /** The factors of municipality i (0-based) in one year; the index is given, the others vary by code. */
  private static String factorRow(int i, int year, double index, double income) {
    return (i + 1) + ",M" + (i + 1) + "," + year + "," + index + "," + (3 + i % 4) + "," + (18 + 1.5 * (i % 5)) + ","
        + income + "\n";
  }

  private static Table socioeconomic(double[] indexFrom, double[] indexTo, double[] incomeFrom, double[] incomeTo) {
    StringBuilder rows = new StringBuilder(
        "code,municipality,year,socioeconomic_index,disability_pension_share,basic_schooling_share,taxable_income_per_inhabitant\n");
    for (int i = 0; i < indexFrom.length; i++) {
      rows.append(factorRow(i, 2020, indexFrom[i], incomeFrom[i])).append(factorRow(i, 2024, indexTo[i], incomeTo[i]));
    }
    return Fixtures.csv("socioeconomic", rows.toString());
  }

  private static Table priceIndex(double from, double to) {
    return Fixtures.csv("price_index", "year,index,source\n2020," + from + ",x\n2024," + to + ",x\n");
  }

  private static Municipality municipality(int code) {
    return new Municipality(code, "M" + code, 85, "Region", "Group", "Group");
  }

  private static NeedVersusPractice handWorked(int code) {
    double[] income = new double[10];
    java.util.Arrays.fill(income, 200000);
    return NeedVersusPractice.of(perInhabitant(CURRENT_FROM, CURRENT_TO), socioeconomic(X_FROM, X_TO, income, income),
        priceIndex(80, 100), municipality(code), ADULTS, 2020, 2024, YOURS, "socioeconomic_index");
  }

  @Test
  void theHandWorkedExampleIsReproduced() {
    NeedVersusPractice r = handWorked(6);
    assertEquals(1000.0, r.model().coefficients()[0], 1e-9);
    assertEquals(100.0, r.model().coefficients()[1], 1e-9);
    assertEquals(60.0, r.model().coefficients()[2], 1e-9);
    assertEquals(1090.0, r.fromLevel(), 1e-9);
    assertEquals(1260.0, r.toLevel(), 1e-9);
    assertEquals(170.0, r.change(), 1e-9);
    assertEquals(100.0, r.need(), 1e-9);
    assertEquals(60.0, r.national(), 1e-9);
    assertEquals(10.0, r.rest(), 1e-9);
    assertEquals(100.0 / 170.0, r.needShare(), 1e-9);
    assertEquals(971.0 / 975.0, r.rSquared(), 1e-9);
    assertEquals(20, r.n());
  }

  @Test
  void theTableHasEveryMunicipalityWithTheChosenOneFirst() {
    Table t = handWorked(6).table();
    assertEquals(10, t.rowCount());
    assertEquals(6, t.intColumn("code").get(0));
    // municipality 9: change 1580 − 1400 = 180 = need 100 + national 60 + rest 20 − 0
    int row9 = t.intColumn("code").indexOf(9);
    assertEquals(180.0, t.doubleColumn("change").get(row9), 1e-9);
    assertEquals(100.0, t.doubleColumn("need").get(row9), 1e-9);
    assertEquals(20.0, t.doubleColumn("rest").get(row9), 1e-9);
    // municipality 1: x unchanged, so no need part; rest 0 − 10
    int row1 = t.intColumn("code").indexOf(1);
    assertEquals(0.0, t.doubleColumn("need").get(row1), 1e-9);
    assertEquals(-10.0, t.doubleColumn("rest").get(row1), 1e-9);
  }

  @Test
  void theSentenceSaysRoseAndSignsEachPart() {
    NeedVersusPractice r = handWorked(1);
    assertEquals("M1's spending per 18–64-year-old rose 50 DKK (fixed 2024 prices) from 2020 to 2024: +0 DKK is what"
        + " its change in need predicts, +60 DKK the national development, and -10 DKK is not explained by need"
        + " (practice, service level, or factors the model lacks).", r.sentence());
    assertTrue(r.toString().contains(r.sentence()));
    assertTrue(r.toString().contains("Unit: DKK per 18–64-year-old, fixed 2024 prices"));
  }

  @Test
  void spendingThatGrowsOnlyWithThePriceIndexLeavesNoNeedAndNoNationalPart() {
    // Price index 90 → 108 (+20 %); every amount, spending and taxable income, grows by exactly 20 %,
    // the other factors stay: in fixed 2024 prices nothing changed, so every part is 0.
    int n = 10;
    double[] from = new double[n];
    double[] to = new double[n];
    double[] index = new double[n];
    double[] incomeFrom = new double[n];
    double[] incomeTo = new double[n];
    for (int i = 0; i < n; i++) {
      from[i] = 900 + 37 * i + 55 * (i % 3);
      to[i] = from[i] * 1.2;
      index[i] = 0.8 + 0.05 * i + 0.02 * (i % 3);
      incomeFrom[i] = 180000 + 7000 * i + 3000 * (i % 2);
      incomeTo[i] = incomeFrom[i] * 1.2;
    }
    NeedVersusPractice r = NeedVersusPractice.of(perInhabitant(from, to), socioeconomic(index, index, incomeFrom, incomeTo),
        priceIndex(90, 108), municipality(4), ADULTS, 2020, 2024, YOURS);
    assertEquals(4, r.factors().size());
    assertEquals(0.0, r.change(), 1e-9);
    assertEquals(0.0, r.need(), 1e-9);
    assertEquals(0.0, r.national(), 1e-9);
    assertTrue(Double.isNaN(r.needShare()));
    for (int row = 0; row < n; row++) {
      assertEquals(0.0, r.table().doubleColumn("need").get(row), 1e-9);
      assertEquals(0.0, r.table().doubleColumn("rest").get(row), 1e-9);
    }
  }

  @Test
  void thePartsAddUpToTheActualChangeForAllMunicipalities() {
    Datasets data = Datasets.of(Catalog.bundled());
    Scope scope = Scope.parse("5.38", data.table("spending").stringColumn("function").unique().asList());
    Table perInhabitant = SpendingPerInhabitant.of(data.table("spending"), data.table("population"), scope);
    Municipality hoersholm = Municipalities.of(data).resolve("Hørsholm");
    NeedVersusPractice r = NeedVersusPractice.of(perInhabitant, data.table("socioeconomic"), data.table("price_index"),
        hoersholm, scope, 2016, 2024, YOURS);
    Table t = r.table();
    assertEquals(98, t.rowCount());
    assertEquals(2 * 98, r.n());
    assertEquals(hoersholm.code(), t.intColumn("code").get(0));
    for (int row = 0; row < t.rowCount(); row++) {
      double parts = t.doubleColumn("need").get(row) + t.doubleColumn("national").get(row) + t.doubleColumn("rest").get(row);
      assertEquals(t.doubleColumn("to_fixed").get(row) - t.doubleColumn("from_fixed").get(row), parts, 1e-6);
    }
    assertEquals(r.change(), r.need() + r.national() + r.rest(), 1e-6);
  }

  @Test
  void anUnknownFactorOrYearNamesTheValidChoices() {
    double[] income = new double[10];
    java.util.Arrays.fill(income, 200000);
    Table spending = perInhabitant(CURRENT_FROM, CURRENT_TO);
    Table factors = socioeconomic(X_FROM, X_TO, income, income);
    WorkbenchException factor = assertThrows(WorkbenchException.class, () -> NeedVersusPractice.of(spending, factors,
        priceIndex(80, 100), municipality(1), ADULTS, 2020, 2024, YOURS, "socioeconomic_indx"));
    assertEquals("Unknown factor \"socioeconomic_indx\". Did you mean socioeconomic_index? Factors: socioeconomic_index,"
        + " disability_pension_share, basic_schooling_share, taxable_income_1000.", factor.getMessage());
    WorkbenchException year = assertThrows(WorkbenchException.class, () -> NeedVersusPractice.of(spending, factors,
        priceIndex(80, 100), municipality(1), ADULTS, 2019, 2024, YOURS));
    assertEquals("No spending with background factors in 2019. Years: [2020, 2024].", year.getMessage());
    WorkbenchException order = assertThrows(WorkbenchException.class, () -> NeedVersusPractice.of(spending, factors,
        priceIndex(80, 100), municipality(1), ADULTS, 2024, 2020, YOURS));
    assertEquals("The first year (2024) must come before the last (2020). Years: [2020, 2024].", order.getMessage());
  }
}
