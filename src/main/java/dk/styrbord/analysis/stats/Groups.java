package dk.styrbord.analysis.stats;

import dk.styrbord.WorkbenchException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Splits a numeric column into groups by the values of another column, for group tests. */
final class Groups {
  private Groups() {}

  /** The non-missing values of {@code value} per group, groups in order of first appearance. */
  static Map<String, double[]> split(Table table, String value, String group) {
    NumericColumn<?> values = Columns.numeric(table, value);
    Column<?> groups = Columns.require(table, group);
    Map<String, List<Double>> lists = new LinkedHashMap<>();
    for (int row : Columns.completeRows(table, List.of(value, group))) {
      lists.computeIfAbsent(groups.getString(row), g -> new ArrayList<>())
          .add(values.getDouble(row));
    }
    Map<String, double[]> out = new LinkedHashMap<>();
    lists.forEach(
        (g, list) -> out.put(g, list.stream().mapToDouble(Double::doubleValue).toArray()));
    return out;
  }

  /** Like {@link #split}, but the group column must have exactly two groups. */
  static Map<String, double[]> two(Table table, String value, String group, String testName) {
    Map<String, double[]> groups = split(table, value, group);
    if (groups.size() != 2) {
      throw new WorkbenchException("Column \"" + group + "\" has " + groups.size() + " groups ("
          + String.join(", ", groups.keySet()) + "); " + testName + " compares exactly two."
          + " Filter the table to two groups, or use OneWayAnovaTest for more.");
    }
    return groups;
  }

  /** Refuses a group with fewer than {@code minimum} values, naming it. */
  static void checkSize(String name, double[] values, int minimum) {
    if (values.length < minimum) {
      throw new WorkbenchException("Group \"" + name + "\" has " + values.length
          + " value(s); this test needs at least " + minimum + " per group.");
    }
  }

  /** The values that are not NaN: arrays mark a missing value with NaN. */
  static double[] present(double[] values) {
    return Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
  }
}
