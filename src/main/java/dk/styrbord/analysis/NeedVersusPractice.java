package dk.styrbord.analysis;

import dk.styrbord.WorkbenchException;
import dk.styrbord.analysis.stats.LinearModel;
import dk.styrbord.data.Municipality;
import dk.styrbord.data.Provenance;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.IntStream;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Need versus practice over time: a municipality's change in spending per inhabitant of the age
 * group between two years, split into what its change in need predicts, the national development
 * and the rest that need does not explain.
 *
 * <p>Method: one pooled ordinary least-squares regression (Commons Math's
 * {@code OLSMultipleLinearRegression}, through {@link LinearModel}) across the municipalities
 * with figures in both years, one row per municipality and year:
 *
 * <pre>  y_it = α + β·x_it + δ·D_t + e_it</pre>
 *
 * with y spending per inhabitant in fixed prices of the later year (amount × index(to) ÷
 * index(year)), x the socio-economic factors (taxable income deflated the same way, so that
 * inflation does not pass for a change in need), and D_t = 1 in the later year, 0 in the earlier.
 * The same coefficients serve both years, so for municipality i, exactly:
 *
 * <pre>  Δy_i = β·(x_i,to − x_i,from)  +  δ  +  (e_i,to − e_i,from)
 *        = need                  + national + rest</pre>
 *
 * Need is what the municipality's change in its factors predicts; national (δ, the same for all)
 * is the development across the country that the average change in need does not explain; the rest
 * is the municipality's own: practice, service level, or factors the model lacks. Every
 * municipality weighs the same. See Wooldridge, <i>Introductory Econometrics: A Modern
 * Approach</i>, 7th ed., Cengage 2020, §13.1 (pooling cross sections across time with a year
 * dummy) and §13.3 (two-period panel data).
 *
 * <p>Example: {@code NeedVersusPractice.of(perInhabitant, socioeconomic, priceIndex, hoersholm,
 * scope, 2016, 2024, provenance).needShare()}.
 *
 * @param info what the figures are: municipality, scope, years, unit, fixed prices of {@code toYear}
 * @param scope the spending looked at; its area decides the age group
 * @param fromYear the earlier year
 * @param toYear the later year, whose prices all amounts are in
 * @param fromLevel the municipality's spending per inhabitant of the age group in {@code fromYear}, fixed prices
 * @param toLevel the same in {@code toYear}
 * @param change the actual change, {@code toLevel − fromLevel}
 * @param need the part its change in need predicts, β·(x_to − x_from)
 * @param national the national development not explained by need, δ
 * @param rest the part not explained by need, e_to − e_from
 * @param needShare need ÷ change, or NaN when the change rounds to 0 DKK
 * @param model the pooled regression, printing like R's summary(lm)
 * @param factors the factors used
 * @param table one row per municipality, the chosen one first: code, municipality, from_fixed,
 *     to_fixed, change, need, national, rest
 */
public record NeedVersusPractice(
    ResultInfo info, Scope scope, int fromYear, int toYear, double fromLevel, double toLevel, double change, double need,
    double national, double rest, double needShare, LinearModel model, List<String> factors, Table table)
    implements Result {

  /** The one factor in money: deflated like spending. */
  private static final String INCOME = "taxable_income_1000";

  /** Copies the factors, so a result never changes. */
  public NeedVersusPractice {
    factors = List.copyOf(factors);
  }

  /**
   * Splits municipality {@code m}'s change from {@code fromYear} to {@code toYear} on the chosen
   * factors (default: all four of {@link CostDrivers#FACTORS}).
   *
   * <p>Example: {@code NeedVersusPractice.of(perInhabitant, socioeconomic, priceIndex, m, scope,
   * 2016, 2024, provenance, "socioeconomic_index")}.
   */
  public static NeedVersusPractice of(Table perInhabitant, Table socioeconomic, Table priceIndex, Municipality m,
      Scope scope, int fromYear, int toYear, Provenance provenance, String... factors) {
    String[] chosen = CostDrivers.chosen(factors);
    checkYears(perInhabitant, socioeconomic, fromYear, toYear);
    double toFixed = priceRatio(priceIndex, fromYear, toYear);
    Panel panel = Panel.of(CostDrivers.crossSection(perInhabitant, socioeconomic, fromYear),
        CostDrivers.crossSection(perInhabitant, socioeconomic, toYear), toFixed, chosen);
    int own = panel.indexOf(m.code());
    if (own < 0) {
      throw new WorkbenchException(m.name() + " has no spending with background factors in both " + fromYear + " and "
          + toYear + "; choose two years it has figures for.");
    }
    LinearModel model = panel.fit(toYear);
    double[] b = model.coefficients();
    double[] e = model.residuals();
    int n = panel.size();
    double delta = b[chosen.length + 1];
    double[] needs = IntStream.range(0, n).mapToDouble(i -> panel.needChange(i, b)).toArray();
    double[] rests = IntStream.range(0, n).mapToDouble(i -> e[n + i] - e[i]).toArray();
    Table table = panel.table(scope, fromYear, toYear, own, needs, delta, rests);
    ResultInfo info = ResultInfo.of(m.name() + " " + fromYear + "–" + toYear + ": need versus practice in spending on "
            + scope.label(), scope.label(), List.of(fromYear, toYear), Unit.dkkPer(scope.area()),
            PriceBasis.fixed(toYear), provenance)
        .about(m)
        .withNote("one regression of " + model.formula() + " across " + n + " municipalities × 2 years, unweighted;"
            + " amounts and taxable income deflated with the price index to " + toYear + " prices");
    double change = panel.yTo()[own] - panel.yFrom()[own];
    return new NeedVersusPractice(info, scope, fromYear, toYear, panel.yFrom()[own], panel.yTo()[own], change, needs[own],
        delta, rests[own], Math.abs(change) < 0.5 ? Double.NaN : needs[own] / change, model, List.of(chosen), table);
  }

  /** The model's R². */
  public double rSquared() {
    return model.rSquared();
  }

  /** The model's number of observations: municipalities × 2 years. */
  public int n() {
    return model.n();
  }

  /**
   * One sentence: "Hørsholm's spending per 18–64-year-old rose 1,234 DKK (fixed 2024 prices) from
   * 2016 to 2024: +210 DKK is what its change in need predicts, +450 DKK the national development,
   * and +574 DKK is not explained by need (practice, service level, or factors the model lacks)."
   */
  public String sentence() {
    String name = info.municipality().name();
    String possessive = name.endsWith("s") ? name + "'" : name + "'s";
    return String.format(Locale.ROOT,
        "%s spending per %s-year-old %s %,.0f DKK (%s) from %d to %d: %+,.0f DKK is what its change in need predicts,"
            + " %+,.0f DKK the national development, and %+,.0f DKK is not explained by need"
            + " (practice, service level, or factors the model lacks).",
        possessive, scope.area().ages(), change < 0 ? "fell" : "rose", Math.abs(change),
        info.priceBasis().english(), fromYear, toYear, need, national, rest);
  }

  @Override
  public String toString() {
    String share = Double.isNaN(needShare) ? "–" : String.format(Locale.ROOT, "%.0f %%", 100 * needShare);
    return info.title() + "\n"
        + String.format(Locale.ROOT, "  %-34s %,10.0f%n", fromYear + " (fixed " + toYear + " prices)", fromLevel)
        + String.format(Locale.ROOT, "  %-34s %,10.0f%n", toYear + " (fixed " + toYear + " prices)", toLevel)
        + String.format(Locale.ROOT, "  %-34s %+,10.0f%n", "change", change)
        + String.format(Locale.ROOT, "    %-32s %+,10.0f%n", "need (its change in factors)", need)
        + String.format(Locale.ROOT, "    %-32s %+,10.0f%n", "national development", national)
        + String.format(Locale.ROOT, "    %-32s %+,10.0f%n", "rest (not explained by need)", rest)
        + String.format(Locale.ROOT, "  %-34s %10s%n", "share of the change from need", share)
        + String.format(Locale.ROOT, "Model: %s; n = %d, R² = %.3f. All municipalities: .table(); the fit: .model()%n",
            model.formula(), n(), rSquared())
        + sentence() + "\n" + info.describe();
  }

  /** The municipalities with figures in both years: fixed-price spending and factors, paired by row. */
  private record Panel(List<Integer> codes, List<String> names, String[] factors, double[] yFrom, double[] yTo,
      double[][] xFrom, double[][] xTo) {

    static Panel of(Table from, Table to, double toFixed, String[] factors) {
      Map<Integer, Integer> earlier = new HashMap<>();
      for (int row = 0; row < from.rowCount(); row++) {
        earlier.put(from.intColumn("code").get(row), row);
      }
      List<Integer> codes = new ArrayList<>();
      List<String> names = new ArrayList<>();
      List<Double> yFrom = new ArrayList<>();
      List<Double> yTo = new ArrayList<>();
      List<double[]> xFrom = new ArrayList<>();
      List<double[]> xTo = new ArrayList<>();
      for (Row r : to) {
        Integer fromRow = earlier.get(r.getInt("code"));
        if (fromRow == null) {
          continue;
        }
        Row f = from.row(fromRow);
        double[] before = factorsOf(f, factors, toFixed);
        double[] after = factorsOf(r, factors, 1);
        double y0 = f.getNumber("per_inhabitant") * toFixed;
        double y1 = r.getNumber("per_inhabitant");
        if (Double.isFinite(y0) && Double.isFinite(y1) && allFinite(before) && allFinite(after)) {
          codes.add(r.getInt("code"));
          names.add(r.getString("municipality"));
          yFrom.add(y0);
          yTo.add(y1);
          xFrom.add(before);
          xTo.add(after);
        }
      }
      return new Panel(codes, names, factors, yFrom.stream().mapToDouble(v -> v).toArray(),
          yTo.stream().mapToDouble(v -> v).toArray(), xFrom.toArray(double[][]::new), xTo.toArray(double[][]::new));
    }

    int size() {
      return codes.size();
    }

    int indexOf(int code) {
      return codes.indexOf(code);
    }

    /** The earlier year's rows, then the later year's, with the year dummy as the last predictor. */
    LinearModel fit(int toYear) {
      int n = size();
      double[] y = new double[2 * n];
      double[][] x = new double[2 * n][];
      for (int i = 0; i < n; i++) {
        y[i] = yFrom[i];
        y[n + i] = yTo[i];
        x[i] = withDummy(xFrom[i], 0);
        x[n + i] = withDummy(xTo[i], 1);
      }
      String[] names = Arrays.copyOf(factors, factors.length + 1);
      names[factors.length] = "year_" + toYear;
      return LinearModel.fit(y, x, "per_inhabitant_fixed", names);
    }

    /** β·(x_to − x_from) for row i; {@code b} holds the intercept first. */
    double needChange(int i, double[] b) {
      double sum = 0;
      for (int j = 0; j < factors.length; j++) {
        sum += b[j + 1] * (xTo[i][j] - xFrom[i][j]);
      }
      return sum;
    }

    Table table(Scope scope, int fromYear, int toYear, int own, double[] needs, double delta, double[] rests) {
      Table t = Table.create("need versus practice, " + scope.label() + " " + scope.area().perWhom() + ", " + fromYear
              + "–" + toYear + ", fixed " + toYear + " prices",
          IntColumn.create("code"), StringColumn.create("municipality"), DoubleColumn.create("from_fixed"),
          DoubleColumn.create("to_fixed"), DoubleColumn.create("change"), DoubleColumn.create("need"),
          DoubleColumn.create("national"), DoubleColumn.create("rest"));
      List<Integer> order = new ArrayList<>(IntStream.range(0, size()).boxed().toList());
      order.sort(Comparator.comparing((Integer i) -> i != own).thenComparing(i -> -rests[i]));
      for (int i : order) {
        t.intColumn("code").append(codes.get(i));
        t.stringColumn("municipality").append(names.get(i));
        t.doubleColumn("from_fixed").append(yFrom[i]);
        t.doubleColumn("to_fixed").append(yTo[i]);
        t.doubleColumn("change").append(yTo[i] - yFrom[i]);
        t.doubleColumn("need").append(needs[i]);
        t.doubleColumn("national").append(delta);
        t.doubleColumn("rest").append(rests[i]);
      }
      return Formats.whole(t, "from_fixed", "to_fixed", "change", "need", "national", "rest");
    }

    private static double[] factorsOf(Row r, String[] factors, double toFixed) {
      return Arrays.stream(factors).mapToDouble(f -> r.getNumber(f) * (f.equals(INCOME) ? toFixed : 1)).toArray();
    }

    private static double[] withDummy(double[] x, double dummy) {
      double[] row = Arrays.copyOf(x, x.length + 1);
      row[x.length] = dummy;
      return row;
    }

    private static boolean allFinite(double[] values) {
      return Arrays.stream(values).allMatch(Double::isFinite);
    }
  }

  private static void checkYears(Table perInhabitant, Table socioeconomic, int fromYear, int toYear) {
    TreeSet<Integer> years = new TreeSet<>(perInhabitant.intColumn("year").asList());
    years.retainAll(socioeconomic.intColumn("year").asList());
    for (int year : List.of(fromYear, toYear)) {
      if (!years.contains(year)) {
        throw new WorkbenchException("No spending with background factors in " + year + ". Years: " + years + ".");
      }
    }
    if (fromYear >= toYear) {
      throw new WorkbenchException("The first year (" + fromYear + ") must come before the last (" + toYear
          + "). Years: " + years + ".");
    }
  }

  /** index(to) ÷ index(from): what turns an amount in {@code fromYear}'s prices into {@code toYear}'s. */
  private static double priceRatio(Table priceIndex, int fromYear, int toYear) {
    Map<Integer, Double> index = new HashMap<>();
    priceIndex.forEach(r -> index.put(r.getInt("year"), r.getNumber("index")));
    for (int year : List.of(fromYear, toYear)) {
      if (!index.containsKey(year)) {
        throw new WorkbenchException("The price index has no year " + year + ". Years: " + new TreeSet<>(index.keySet()) + ".");
      }
    }
    return index.get(toYear) / index.get(fromYear);
  }
}
