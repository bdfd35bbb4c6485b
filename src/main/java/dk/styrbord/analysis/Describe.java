package dk.styrbord.analysis;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

/**
 * A summary of every column of a table, one row per column, in the vocabulary of pandas'
 * {@code describe(include="all")}: count (non-missing), missing, unique, top and freq for text;
 * mean, std (sample standard deviation, n−1), min, 25%, 50%, 75% and max for numbers.
 *
 * <p>Quartiles use the linear interpolation pandas and R (type 7) use: the p-th quartile of n
 * sorted values sits at position 1 + p·(n−1).
 *
 * <p>Example: {@code Describe.of(population)}.
 */
public final class Describe {
  private Describe() {}

  /** The summary table of {@code table}. */
  public static Table of(Table table) {
    Table out =
        Table.create("describe(" + table.name() + ")",
            StringColumn.create("column"), StringColumn.create("type"),
            IntColumn.create("count"), IntColumn.create("missing"), IntColumn.create("unique"),
            StringColumn.create("top"), IntColumn.create("freq"),
            DoubleColumn.create("mean"), DoubleColumn.create("std"), DoubleColumn.create("min"),
            DoubleColumn.create("25%"), DoubleColumn.create("50%"), DoubleColumn.create("75%"),
            DoubleColumn.create("max"));
    for (Column<?> column : table.columns()) {
      addRow(out, column);
    }
    for (String name : new String[] {"mean", "std", "min", "25%", "50%", "75%", "max"}) {
      out.doubleColumn(name).setPrintFormatter(new NumberColumnFormatter(threeDecimals(), ""));
    }
    return out;
  }

  /** Up to three decimals and no trailing zeros, the way describe() output is read. */
  private static DecimalFormat threeDecimals() {
    DecimalFormat format = new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(Locale.ROOT));
    format.setGroupingUsed(false);
    return format;
  }

  private static void addRow(Table out, Column<?> column) {
    out.stringColumn("column").append(column.name());
    out.stringColumn("type").append(column.type().name());
    out.intColumn("count").append(column.size() - column.countMissing());
    out.intColumn("missing").append(column.countMissing());
    out.intColumn("unique").append(column.unique().removeMissing().size());
    if (column instanceof NumericColumn<?> numbers) {
      appendNumbers(out, numbers);
    } else {
      appendText(out, column);
    }
  }

  private static void appendNumbers(Table out, NumericColumn<?> column) {
    double[] values =
        IntStream.range(0, column.size())
            .filter(i -> !column.isMissing(i))
            .mapToDouble(column::getDouble)
            .toArray();
    DescriptiveStatistics stats = new DescriptiveStatistics(values);
    Percentile quartile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
    quartile.setData(values);
    boolean empty = values.length == 0;
    out.stringColumn("top").appendMissing();
    out.intColumn("freq").appendMissing();
    out.doubleColumn("mean").append(empty ? Double.NaN : stats.getMean());
    out.doubleColumn("std").append(values.length < 2 ? Double.NaN : stats.getStandardDeviation());
    out.doubleColumn("min").append(empty ? Double.NaN : stats.getMin());
    out.doubleColumn("25%").append(empty ? Double.NaN : quartile.evaluate(25));
    out.doubleColumn("50%").append(empty ? Double.NaN : quartile.evaluate(50));
    out.doubleColumn("75%").append(empty ? Double.NaN : quartile.evaluate(75));
    out.doubleColumn("max").append(empty ? Double.NaN : stats.getMax());
  }

  private static void appendText(Table out, Column<?> column) {
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i < column.size(); i++) {
      if (!column.isMissing(i)) {
        counts.merge(column.getString(i), 1, Integer::sum);
      }
    }
    Map.Entry<String, Integer> top =
        counts.entrySet().stream()
            .max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
            .orElse(null);
    if (top == null) {
      out.stringColumn("top").appendMissing();
      out.intColumn("freq").appendMissing();
    } else {
      out.stringColumn("top").append(top.getKey());
      out.intColumn("freq").append(top.getValue());
    }
    for (String name : new String[] {"mean", "std", "min", "25%", "50%", "75%", "max"}) {
      out.doubleColumn(name).appendMissing();
    }
  }
}
