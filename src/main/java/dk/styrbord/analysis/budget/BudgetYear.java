package dk.styrbord.analysis.budget;

import dk.styrbord.WorkbenchException;
import dk.styrbord.data.Suggestions;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * One area's budget year, read from a table shaped like the bundled {@code budget} dataset: the
 * monthly budget and actuals, January to December. Rows for the same area, year and month are
 * added up (a user's table may hold several account functions under one area). A month is booked
 * when it has an actual; the booked months must run from January without a gap.
 *
 * @param area the area as written in the table, e.g. "adults"
 * @param year the budget year
 * @param budget the monthly budget in DKK, index 0 = January
 * @param actual the monthly actual in DKK, NaN for a month not booked yet
 */
record BudgetYear(String area, int year, double[] budget, double[] actual) {
  static final String YEAR = "year";
  static final String MONTH = "month";
  static final String AREA = "area";
  static final String BUDGET_DKK = "budget_dkk";
  static final String ACTUAL_DKK = "actual_dkk";

  /** The budget year of {@code area} (any letter case); unknown areas and years name the choices. */
  static BudgetYear read(Table table, String area, int year) {
    String known = area(table, area);
    List<Integer> years = years(table, known);
    if (!years.contains(year)) {
      throw new WorkbenchException("No budget for " + known + " " + year + ". Choose one of: "
          + years.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ".");
    }
    double[] budget = new double[12];
    double[] actual = new double[12];
    Arrays.fill(actual, Double.NaN);
    for (int row : rows(table, known, year)) {
      add(table, row, budget, actual);
    }
    return new BudgetYear(known, year, budget, actual).checked();
  }

  /** The latest year of {@code area} with at least one month booked. */
  static int latestBookedYear(Table table, String area) {
    String known = area(table, area);
    NumericColumn<?> actual = numeric(table, ACTUAL_DKK);
    return IntStream.range(0, table.rowCount())
        .filter(row -> known.equals(table.stringColumn(AREA).get(row)) && !actual.isMissing(row))
        .map(row -> (int) numeric(table, YEAR).getDouble(row))
        .max()
        .orElseThrow(() -> new WorkbenchException("No actuals are booked for " + known + " in this table."));
  }

  /** True if the table holds this area's year {@code year} with all twelve months booked. */
  static boolean hasCompleteYear(Table table, String area, int year) {
    return years(table, area(table, area)).contains(year) && read(table, area, year).monthsBooked() == 12;
  }

  /** Months booked so far, from January. */
  int monthsBooked() {
    return (int) Arrays.stream(actual).filter(a -> !Double.isNaN(a)).count();
  }

  /** The budget for the whole year, DKK. */
  double annualBudget() {
    return Arrays.stream(budget).sum();
  }

  /** Actual spending of the booked months, DKK. */
  double actualToDate() {
    return Arrays.stream(actual).limit(monthsBooked()).sum();
  }

  /** Cumulative sums of {@code monthly}, index 0 = January. */
  static double[] cumulative(double[] monthly) {
    double[] out = new double[monthly.length];
    double sum = 0;
    for (int i = 0; i < monthly.length; i++) {
      sum += monthly[i];
      out[i] = sum;
    }
    return out;
  }

  private BudgetYear checked() {
    int booked = monthsBooked();
    for (int m = 0; m < booked; m++) {
      if (Double.isNaN(actual[m])) {
        throw new WorkbenchException("The actuals of " + area + " " + year + " skip month " + (m + 1)
            + ": book the months from January without a gap before forecasting.");
      }
    }
    return this;
  }

  private static void add(Table table, int row, double[] budget, double[] actual) {
    int month = (int) numeric(table, MONTH).getDouble(row);
    if (month < 1 || month > 12) {
      throw new WorkbenchException("Row " + (row + 1) + " has month " + month + "; months run from 1 to 12.");
    }
    NumericColumn<?> budgetColumn = numeric(table, BUDGET_DKK);
    if (!budgetColumn.isMissing(row)) {
      budget[month - 1] += budgetColumn.getDouble(row);
    }
    NumericColumn<?> actualColumn = numeric(table, ACTUAL_DKK);
    if (!actualColumn.isMissing(row)) {
      double before = Double.isNaN(actual[month - 1]) ? 0 : actual[month - 1];
      actual[month - 1] = before + actualColumn.getDouble(row);
    }
  }

  private static int[] rows(Table table, String area, int year) {
    NumericColumn<?> years = numeric(table, YEAR);
    return IntStream.range(0, table.rowCount())
        .filter(row -> area.equals(table.stringColumn(AREA).get(row)) && (int) years.getDouble(row) == year)
        .toArray();
  }

  private static List<Integer> years(Table table, String area) {
    NumericColumn<?> years = numeric(table, YEAR);
    return IntStream.range(0, table.rowCount())
        .filter(row -> area.equals(table.stringColumn(AREA).get(row)) && !years.isMissing(row))
        .mapToObj(row -> (int) years.getDouble(row))
        .collect(Collectors.toCollection(TreeSet::new))
        .stream()
        .toList();
  }

  private static String area(Table table, String typed) {
    requireColumns(table);
    TreeSet<String> areas = new TreeSet<>(table.stringColumn(AREA).removeMissing().asSet());
    String wanted = typed == null ? "" : typed.trim();
    return areas.stream().filter(a -> a.equalsIgnoreCase(wanted)).findFirst()
        .orElseThrow(() -> new WorkbenchException("Unknown area \"" + wanted + "\"."
            + Suggestions.didYouMean(wanted, areas) + " Choose one of: " + String.join(", ", areas) + "."));
  }

  private static void requireColumns(Table table) {
    if (table == null) {
      throw new WorkbenchException("No table given: use the budget table, e.g. forecast(budget, \"adults\").");
    }
    for (String name : List.of(YEAR, MONTH, AREA, BUDGET_DKK, ACTUAL_DKK)) {
      if (!table.containsColumn(name)) {
        throw new WorkbenchException("The table \"" + table.name() + "\" has no column \"" + name + "\"."
            + Suggestions.didYouMean(name, table.columnNames())
            + " A budget table needs year, month, area, budget_dkk and actual_dkk (about(\"budget\")).");
      }
    }
    if (!table.column(AREA).type().name().equals("STRING")) {
      throw new WorkbenchException(
          "Column \"area\" should be text (STRING) but is " + table.column(AREA).type().name() + ".");
    }
  }

  private static NumericColumn<?> numeric(Table table, String name) {
    Column<?> column = table.column(name);
    if (column instanceof NumericColumn<?> numbers) {
      return numbers;
    }
    throw new WorkbenchException(
        "Column \"" + name + "\" should hold numbers but is " + column.type().name() + ".");
  }
}
