package dk.styrbord.analysis;

import dk.styrbord.WorkbenchException;
import dk.styrbord.analysis.stats.ActualVsExpected;
import dk.styrbord.analysis.stats.LinearModel;
import dk.styrbord.data.Suggestions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Is spending explained by external factors? An ordinary least-squares regression, across the
 * municipalities in one year, of spending per inhabitant of the age group on socio-economic
 * background factors, and per municipality the actual against the expected (fitted) spending: the
 * residual is the part the factors do not explain — practice, service level, visitation, or
 * factors the model lacks. This is how ECO Nøgletal and the ministry's udgiftsbehov estimate
 * expected spending (by regression on background criteria).
 *
 * <p>Example: {@code CostDrivers.fit(perInhabitant, socioeconomic, 2024, info, "socioeconomic_index")}.
 *
 * @param info what the figures are: scope, year, unit, price basis, source
 * @param data one row per municipality: code, municipality, per_inhabitant and the factors
 * @param model the fitted regression, printing like R's summary(lm)
 * @param expected actual vs expected per municipality, largest residual first
 */
public record CostDrivers(ResultInfo info, Table data, LinearModel model, Table expected) implements Result {

  /** The factors in the bundled socioeconomic table, in the order they are offered. */
  public static final List<String> FACTORS =
      List.of("socioeconomic_index", "disability_pension_share", "basic_schooling_share", "taxable_income_1000");

  /** Fits spending per inhabitant in {@code year} on the chosen factors (default: all four). */
  public static CostDrivers fit(Table perInhabitant, Table socioeconomic, int year, ResultInfo info, String... factors) {
    String[] chosen = chosen(factors);
    Table data = crossSection(perInhabitant, socioeconomic, year);
    LinearModel model = LinearModel.fit(data, "per_inhabitant", chosen);
    Table expected = ActualVsExpected.of(data, "municipality", "per_inhabitant", chosen);
    expected.setName("actual vs expected, " + year + " (residual = not explained by " + String.join(", ", chosen) + ")");
    return new CostDrivers(info.withNote("Residual = actual − expected: the part not explained by " + String.join(", ", chosen) + "."),
        data, model, expected);
  }

  /** The factors named, all four when none is; an unknown name stops with the valid ones. */
  static String[] chosen(String... factors) {
    for (String f : factors) {
      if (!FACTORS.contains(f)) {
        throw new WorkbenchException("Unknown factor \"" + f + "\"." + Suggestions.didYouMean(f, FACTORS)
            + " Factors: " + String.join(", ", FACTORS) + ".");
      }
    }
    return factors.length == 0 ? FACTORS.toArray(String[]::new) : factors.clone();
  }

  /** One row per municipality in {@code year}: spending per inhabitant joined to the factors. */
  public static Table crossSection(Table perInhabitant, Table socioeconomic, int year) {
    Map<Integer, double[]> factors = new HashMap<>();
    for (Row r : socioeconomic.where(socioeconomic.intColumn("year").isEqualTo(year))) {
      factors.put(r.getInt("code"), new double[] {r.getNumber("socioeconomic_index"), r.getNumber("disability_pension_share"),
          r.getNumber("basic_schooling_share"), r.getNumber("taxable_income_per_inhabitant") / 1000});
    }
    Table t = Table.create(perInhabitant.name() + " and background factors, " + year,
        IntColumn.create("code"), StringColumn.create("municipality"), DoubleColumn.create("per_inhabitant"));
    FACTORS.forEach(f -> t.addColumns(DoubleColumn.create(f)));
    for (Row r : perInhabitant.where(perInhabitant.intColumn("year").isEqualTo(year))) {
      double[] f = factors.get(r.getInt("code"));
      if (f != null) {
        t.intColumn("code").append(r.getInt("code"));
        t.stringColumn("municipality").append(r.getString("municipality"));
        t.doubleColumn("per_inhabitant").append(r.getNumber("per_inhabitant"));
        for (int i = 0; i < FACTORS.size(); i++) {
          t.doubleColumn(FACTORS.get(i)).append(f[i]);
        }
      }
    }
    if (t.rowCount() < 10) {
      throw new WorkbenchException("Only " + t.rowCount() + " municipalities have both spending and background factors in " + year
          + "; a regression needs more. Years with factors: " + socioeconomic.intColumn("year").unique().sorted(Integer::compare).asList() + ".");
    }
    return t;
  }

  /** Actual against expected spending per municipality, largest residual first. */
  @Override
  public Table table() {
    return expected;
  }

  @Override
  public String toString() {
    int n = expected.rowCount();
    return info.title() + "\n" + model.toString() + "\n"
        + "Spending above what the factors explain (largest residuals):\n" + expected.first(5).print() + "\n"
        + "Spending below what the factors explain:\n" + expected.last(5).print() + "\n"
        + "All " + n + " municipalities: .expected()\n" + info.describe();
  }
}
