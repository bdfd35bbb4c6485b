package dk.styrbord.analysis.stats;

import dk.styrbord.WorkbenchException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.commons.math3.stat.StatUtils;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Difference-in-differences: how much more (or less) one treated unit changed after an
 * intervention than its control group did over the same years.
 *
 * <p>DiD = (treated after − treated before) − (control after − control before), each a mean over
 * the unit-year observations in that cell; "after" means year ≥ the first year in effect. The same
 * number is d in the OLS regression y = a + b·treated + c·after + d·treated×after over all those
 * observations (Angrist &amp; Pischke, <i>Mostly Harmless Econometrics</i>, 2009, §5.2), whose
 * ordinary OLS standard error and t-test are reported. That standard error treats every unit-year
 * as independent; with one treated unit (and years of the same unit correlated) the inference is
 * fragile, so read the p-value as a description, not proof (Conley &amp; Taber, Review of Economics
 * and Statistics 93, 2011). The design assumes the treated unit would have moved in parallel with
 * its controls without the intervention: look at the trend lines before trusting the number.
 *
 * <p>Example: {@code DifferenceInDifferences.of(recipients, "municipality", "year", "per1000",
 * "Morsø", comparisonGroup, 2019)}.
 */
public record DifferenceInDifferences(
    String treatedUnit,
    List<String> controlUnits,
    int firstYearInEffect,
    double treatedBefore,
    double treatedAfter,
    double controlBefore,
    double controlAfter,
    double estimate,
    double standardError,
    double tValue,
    double pValue,
    int n,
    double alpha,
    String conclusion) {

  /** Keeps the control list immutable. */
  public DifferenceInDifferences {
    controlUnits = List.copyOf(controlUnits);
  }

  /**
   * Compares {@code treatedUnit} with {@code controlUnits} (all other units when empty) around
   * {@code firstYearInEffect}, at the 0.05 level, from a long table of unit, year and value.
   *
   * <p>Example: {@code DifferenceInDifferences.of(recipients, "municipality", "year", "per1000",
   * "Morsø", List.of("Thisted", "Lemvig", "Vesthimmerland"), 2019)}.
   */
  public static DifferenceInDifferences of(Table data, String unitColumn, String yearColumn,
      String valueColumn, String treatedUnit, List<String> controlUnits, int firstYearInEffect) {
    return of(data, unitColumn, yearColumn, valueColumn, treatedUnit, controlUnits,
        firstYearInEffect, 0.05);
  }

  /**
   * As {@link #of(Table, String, String, String, String, List, int)}, at level {@code alpha}.
   *
   * <p>Example: {@code DifferenceInDifferences.of(recipients, "municipality", "year", "per1000",
   * "Morsø", comparisonGroup, 2019, 0.1)}.
   */
  public static DifferenceInDifferences of(Table data, String unitColumn, String yearColumn,
      String valueColumn, String treatedUnit, List<String> controlUnits, int firstYearInEffect,
      double alpha) {
    TestResult.checkAlpha(alpha);
    Column<?> units = Columns.require(data, unitColumn);
    NumericColumn<?> years = Columns.numeric(data, yearColumn);
    NumericColumn<?> values = Columns.numeric(data, valueColumn);
    List<String> controls = controls(units, treatedUnit, controlUnits);
    Set<String> used = new LinkedHashSet<>(controls);
    used.add(treatedUnit);
    int[] rows = IntStream.of(Columns.completeRows(data, List.of(unitColumn, yearColumn,
        valueColumn))).filter(row -> used.contains(units.getString(row))).toArray();
    double[] y = Columns.values(values, rows);
    double[][] x = new double[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      double treated = units.getString(rows[i]).equals(treatedUnit) ? 1 : 0;
      double after = years.getDouble(rows[i]) >= firstYearInEffect ? 1 : 0;
      x[i] = new double[] {treated, after, treated * after};
    }
    checkCells(x, treatedUnit, firstYearInEffect);
    LinearModel model =
        LinearModel.fit(y, x, valueColumn, "treated", "after", "treated × after");
    return from(model, y, x, treatedUnit, controls, firstYearInEffect, alpha);
  }

  /** Three rows (treated, control group, difference) with before, after, change and change %. */
  public Table asTable() {
    String control = "control group (" + controlUnits.size() + " units)";
    return Table.create("difference-in-differences: " + treatedUnit,
        StringColumn.create("group", treatedUnit, control, "difference"),
        DoubleColumn.create("before", treatedBefore, controlBefore, treatedBefore - controlBefore),
        DoubleColumn.create("after", treatedAfter, controlAfter, treatedAfter - controlAfter),
        DoubleColumn.create("change", treatedAfter - treatedBefore, controlAfter - controlBefore,
            estimate),
        DoubleColumn.create("change_pct", percent(treatedBefore, treatedAfter),
            percent(controlBefore, controlAfter), Double.NaN));
  }

  /** The 2×2 means, the regression line and the conclusion. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
        "Difference-in-differences: %s against %d control units, first year in effect %d%n",
        treatedUnit, controlUnits.size(), firstYearInEffect));
    String row = "%-28s %12s %12s %12s %10s%n";
    out.append(String.format(Locale.ROOT, row, "", "before", "after", "change", "change %"));
    Table table = asTable();
    for (int i = 0; i < table.rowCount(); i++) {
      double pct = table.doubleColumn("change_pct").getDouble(i);
      out.append(String.format(Locale.ROOT, row, table.stringColumn("group").get(i),
          Format.number(table.doubleColumn("before").getDouble(i)),
          Format.number(table.doubleColumn("after").getDouble(i)),
          Format.number(table.doubleColumn("change").getDouble(i)),
          Double.isNaN(pct) ? "" : String.format(Locale.ROOT, "%+.1f %%", pct)));
    }
    out.append(String.format(Locale.ROOT,
        "OLS y = a + b·treated + c·after + d·treated×after: d = %s, SE %s, t = %s, p = %s, n = %d"
            + " (ordinary SE; fragile with one treated unit)%n",
        Format.number(estimate), Format.number(standardError), Format.number(tValue),
        Format.pValue(pValue), n));
    return out.append(conclusion).toString();
  }

  private static DifferenceInDifferences from(LinearModel model, double[] y, double[][] x,
      String treatedUnit, List<String> controls, int firstYear, double alpha) {
    double treatedBefore = cellMean(y, x, 1, 0);
    double treatedAfter = cellMean(y, x, 1, 1);
    double controlBefore = cellMean(y, x, 0, 0);
    double controlAfter = cellMean(y, x, 0, 1);
    double estimate = (treatedAfter - treatedBefore) - (controlAfter - controlBefore);
    Coefficient d = model.summary().coefficient("treated × after");
    String conclusion = conclusion(treatedUnit, firstYear, estimate,
        treatedAfter - treatedBefore, percent(treatedBefore, treatedAfter),
        controlAfter - controlBefore, percent(controlBefore, controlAfter), d, alpha);
    return new DifferenceInDifferences(treatedUnit, controls, firstYear, treatedBefore,
        treatedAfter, controlBefore, controlAfter, estimate, d.standardError(), d.tValue(),
        d.pValue(), y.length, alpha, conclusion);
  }

  private static String conclusion(String treatedUnit, int firstYear, double estimate,
      double treatedChange, double treatedPct, double controlChange, double controlPct,
      Coefficient d, double alpha) {
    String verdict = d.pValue() < alpha ? "The difference is significant" : "The difference is"
        + " not significant, so it may be noise";
    return String.format(Locale.ROOT,
        "From %d, %s changed by %s relative to its control group (%s %s, %+.0f %%; control %s,"
            + " %+.0f %%). %s (OLS SE %s, p = %s %s %s); with one treated unit that p-value is"
            + " fragile, so read it as a description, not proof.",
        firstYear, treatedUnit, signed(estimate), treatedUnit, signed(treatedChange), treatedPct,
        signed(controlChange), controlPct, verdict, Format.brief(d.standardError()),
        Format.pValue(d.pValue()), d.pValue() < alpha ? "<" : "≥", Format.level(alpha));
  }

  private static String signed(double value) {
    String text = Format.brief(value);
    return value > 0 ? "+" + text : text;
  }

  private static double percent(double before, double after) {
    return 100 * (after - before) / before;
  }

  private static double cellMean(double[] y, double[][] x, double treated, double after) {
    return StatUtils.mean(IntStream.range(0, y.length)
        .filter(i -> x[i][0] == treated && x[i][1] == after).mapToDouble(i -> y[i]).toArray());
  }

  private static List<String> controls(Column<?> units, String treatedUnit,
      List<String> requested) {
    Set<String> present = new LinkedHashSet<>();
    IntStream.range(0, units.size()).filter(r -> !units.isMissing(r))
        .forEach(r -> present.add(units.getString(r)));
    List<String> unknown = new ArrayList<>(requested);
    unknown.add(treatedUnit);
    unknown.removeAll(present);
    if (!unknown.isEmpty()) {
      throw new WorkbenchException("Unknown unit(s) " + String.join(", ", unknown) + " in column \""
          + units.name() + "\". Check the spelling against the table, e.g. "
          + present.stream().limit(5).collect(Collectors.joining(", ")) + ".");
    }
    List<String> controls = requested.isEmpty() ? new ArrayList<>(present) : requested;
    return controls.stream().filter(u -> !u.equals(treatedUnit)).distinct().toList();
  }

  private static void checkCells(double[][] x, String treatedUnit, int firstYear) {
    String[] names = {"the control group before " + firstYear, "the control group from "
        + firstYear, treatedUnit + " before " + firstYear, treatedUnit + " from " + firstYear};
    for (int cell = 0; cell < 4; cell++) {
      int treated = cell / 2;
      int after = cell % 2;
      if (IntStream.range(0, x.length).noneMatch(i -> x[i][0] == treated && x[i][1] == after)) {
        throw new WorkbenchException("No values for " + names[cell] + ". Choose a first year in"
            + " effect with years on both sides, and units with data in them.");
      }
    }
  }
}
