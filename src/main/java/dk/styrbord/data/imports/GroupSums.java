package dk.styrbord.data.imports;

import dk.styrbord.WorkbenchException;
import dk.styrbord.data.Suggestions;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.CategoricalColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.ShortColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Sums a number column by groups of key columns on primitive codes instead of Tablesaw's per-row
 * byte keys and row selections, so millions of rows group in a fraction of a second. The result
 * is the table {@code t.summarize(value, sum).by(keys...)} gives, value for value: same name,
 * same columns ({@code OMRÅDE}, {@code TID}, {@code Sum [INDHOLD]}), groups in the order of their
 * first row, missing values skipped (a group with none left sums to 0), a missing key its own
 * group, and each group added up in row order, so even the last bit of every sum agrees.
 */
public final class GroupSums {
  private GroupSums() {}

  /**
   * The sum of {@code valueColumn} for each combination of {@code keyColumns}, as {@code
   * summarize(valueColumn, sum).by(keyColumns)} gives it, many times faster.
   *
   * <p>Example: {@code GroupSums.sumBy(readStatbank("data/sources/FOLK1AM_2021M10-2024M04.csv"), "INDHOLD", "kommune", "TID")}.
   */
  public static Table sumBy(Table table, String valueColumn, String... keyColumns) {
    NumericColumn<?> values = valueColumn(table, valueColumn);
    List<Column<?>> keys = keyColumns(table, keyColumns);
    int rows = table.rowCount();
    int[] group = new int[rows];
    int groups = 1;
    for (Column<?> key : keys) {
      groups = refine(group, groups, key);
    }
    double[] sums = sums(values, group, groups);
    return result(table, values, keys, group, groups, sums);
  }

  /** Splits each group by the key's values; new group numbers follow the order of each group's first row. */
  private static int refine(int[] group, int groups, Column<?> key) {
    RowKey rowKey = rowKey(key);
    Long2IntOpenHashMap ids = new Long2IntOpenHashMap(Math.max(16, groups * 2));
    ids.defaultReturnValue(-1);
    long previous = Long.MIN_VALUE;
    int previousId = -1;
    for (int row = 0; row < group.length; row++) {
      long pair = (long) group[row] << 32 | (rowKey.of(row) & 0xFFFF_FFFFL);
      if (pair != previous) {
        previous = pair;
        previousId = ids.putIfAbsent(pair, ids.size());
        if (previousId < 0) {
          previousId = ids.size() - 1;
        }
      }
      group[row] = previousId;
    }
    return ids.size();
  }

  /** A whole number per row that is equal exactly when the key's values are (missing equal to missing). */
  private interface RowKey {
    int of(int row);
  }

  private static RowKey rowKey(Column<?> key) {
    if (key instanceof StringColumn s && s.getDictionary() != null) {
      return s.getDictionary()::getKeyAtIndex;
    }
    if (key instanceof IntColumn i) {
      return i::getInt;
    }
    if (key instanceof ShortColumn s) {
      return s::getShort;
    }
    if (key instanceof DateColumn d) {
      return d::getIntInternal;
    }
    Object2IntOpenHashMap<Object> codes = new Object2IntOpenHashMap<>();
    codes.defaultReturnValue(-1);
    return row -> {
      Object value = key.get(row);
      int code = codes.getInt(value);
      if (code < 0) {
        code = codes.size();
        codes.put(value, code);
      }
      return code;
    };
  }

  /** Each group's non-missing values added in row order from 0, as Tablesaw's sum (StatUtils.sum) adds them. */
  private static double[] sums(NumericColumn<?> values, int[] group, int groups) {
    double[] sums = new double[groups];
    if (values instanceof DoubleColumn d) {
      for (int row = 0; row < group.length; row++) {
        double v = d.getDouble(row);
        if (v == v) {
          sums[group[row]] += v;
        }
      }
      return sums;
    }
    for (int row = 0; row < group.length; row++) {
      if (!values.isMissing(row)) {
        sums[group[row]] += values.getDouble(row);
      }
    }
    return sums;
  }

  private static Table result(Table table, NumericColumn<?> values, List<Column<?>> keys, int[] group, int groups, double[] sums) {
    int[] firstRow = new int[groups];
    int seen = 0;
    for (int row = 0; row < group.length && seen < groups; row++) {
      if (group[row] == seen) {
        firstRow[seen++] = row;
      }
    }
    Table result = Table.create(table.name() + " summary");
    for (Column<?> key : keys) {
      result.addColumns(firstValues(key, firstRow));
    }
    result.addColumns(DoubleColumn.create("Sum [" + values.name() + "]", sums));
    return result;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Column<?> firstValues(Column key, int[] firstRow) {
    Column out = key.emptyCopy();
    for (int row : firstRow) {
      out.append(key, row);
    }
    return out;
  }

  private static NumericColumn<?> valueColumn(Table table, String name) {
    Column<?> column = column(table, name);
    if (!(column instanceof NumericColumn<?> numbers)) {
      throw new WorkbenchException("sumBy: " + column.name() + " holds " + column.type().name().toLowerCase()
          + ", not numbers; give a number column to sum, e.g. sumBy(t, \"INDHOLD\", \"OMRÅDE\", \"TID\")");
    }
    return numbers;
  }

  private static List<Column<?>> keyColumns(Table table, String... names) {
    if (names.length == 0) {
      throw new WorkbenchException("sumBy needs at least one column to group by, e.g. sumBy(t, \"INDHOLD\", \"OMRÅDE\", \"TID\")");
    }
    List<Column<?>> keys = new ArrayList<>();
    for (String name : names) {
      Column<?> column = column(table, name);
      if (!(column instanceof CategoricalColumn<?>)) {
        throw new WorkbenchException("sumBy: cannot group by " + column.name() + " (" + column.type().name().toLowerCase()
            + "); group by text, whole-number or date columns");
      }
      keys.add(column);
    }
    return keys;
  }

  private static Column<?> column(Table table, String name) {
    if (!table.containsColumn(name)) {
      throw new WorkbenchException("sumBy: the table has no column \"" + name + "\"; its columns are "
          + String.join(", ", table.columnNames()) + "." + Suggestions.didYouMean(name, table.columnNames()));
    }
    return table.column(name);
  }
}
