package dk.styrbord.analysis;

import dk.styrbord.WorkbenchException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * A municipality's spending per inhabitant of the age group over the years: in current prices,
 * in fixed prices of a base year, as an index of its first year (= 100) and of the national level
 * (= 100), with the change from the year before and the compound annual growth rate.
 *
 * <p>Fixed prices: amount × index(base year) ÷ index(year), with the price index the caller gives
 * (the bundled one is the ministry's pris- og lønindeks, approximated). Compound annual growth
 * over n years: (last ÷ first)^(1/n) − 1.
 *
 * <p>Example: {@code Trend.of(perInhabitant, national, priceIndex, 350, 2024)}.
 *
 * @param municipality the municipality's name
 * @param table year, per_inhabitant, per_inhabitant_fixed, index_first_year, change_pct, national, index_national
 * @param baseYear the year whose prices the fixed-price column is in
 * @param growthCurrent compound annual growth in current prices, in percent
 * @param growthFixed compound annual growth in fixed prices, in percent
 */
public record Trend(String municipality, Table table, int baseYear, double growthCurrent, double growthFixed) {

  /** The trend of municipality {@code code} from per-inhabitant and national tables. */
  public static Trend of(Table perInhabitant, Table national, Table priceIndex, int code, int baseYear) {
    Table own = perInhabitant.where(perInhabitant.intColumn("code").isEqualTo(code)).sortOn("year");
    if (own.isEmpty()) {
      throw new WorkbenchException("No spending rows for municipality code " + code + ".");
    }
    Map<Integer, Double> index = indexByYear(priceIndex, baseYear);
    Map<Integer, Double> nationalLevel = new HashMap<>();
    national.forEach(r -> nationalLevel.put(r.getInt("year"), r.getNumber("per_inhabitant")));
    String name = own.stringColumn("municipality").get(0);
    Table t = emptyTable(name + ": " + perInhabitant.name());
    double first = own.numberColumn("per_inhabitant").getDouble(0);
    double previous = Double.NaN;
    for (Row r : own) {
      double value = r.getNumber("per_inhabitant");
      int year = r.getInt("year");
      t.intColumn("year").append(year);
      t.doubleColumn("per_inhabitant").append(value);
      t.doubleColumn("per_inhabitant_fixed").append(value * index.get(baseYear) / indexOf(index, year));
      t.doubleColumn("index_first_year").append(100 * value / first);
      t.doubleColumn("change_pct").append(100 * (value / previous - 1));
      t.doubleColumn("national").append(nationalLevel.getOrDefault(year, Double.NaN));
      t.doubleColumn("index_national").append(100 * value / nationalLevel.getOrDefault(year, Double.NaN));
      previous = value;
    }
    Formats.whole(t, "per_inhabitant", "per_inhabitant_fixed", "national");
    Formats.decimals(t, 1, "index_first_year", "change_pct", "index_national");
    return new Trend(name, t, baseYear, growth(t, "per_inhabitant"), growth(t, "per_inhabitant_fixed"));
  }

  /** Compound annual growth of a column from its first to its last row, in percent. */
  static double growth(Table t, String column) {
    DoubleColumn c = t.doubleColumn(column);
    int years = t.intColumn("year").get(t.rowCount() - 1) - t.intColumn("year").get(0);
    return years == 0 ? Double.NaN : 100 * (Math.pow(c.get(c.size() - 1) / c.get(0), 1.0 / years) - 1);
  }

  private static Table emptyTable(String name) {
    return Table.create(name, IntColumn.create("year"), DoubleColumn.create("per_inhabitant"),
        DoubleColumn.create("per_inhabitant_fixed"), DoubleColumn.create("index_first_year"),
        DoubleColumn.create("change_pct"), DoubleColumn.create("national"), DoubleColumn.create("index_national"));
  }

  private static Map<Integer, Double> indexByYear(Table priceIndex, int baseYear) {
    Map<Integer, Double> index = new HashMap<>();
    priceIndex.forEach(r -> index.put(r.getInt("year"), r.getNumber("index")));
    indexOf(index, baseYear);
    return index;
  }

  private static double indexOf(Map<Integer, Double> index, int year) {
    Double value = index.get(year);
    if (value == null) {
      throw new WorkbenchException("The price index has no year " + year + ". Years: " + new TreeSet<>(index.keySet()) + ".");
    }
    return value;
  }

  @Override
  public String toString() {
    int first = table.intColumn("year").get(0);
    int last = table.intColumn("year").get(table.rowCount() - 1);
    return table.printAll()
        + String.format("%nGrowth %d-%d: %.1f %% a year in current prices, %.1f %% in fixed %d prices.%n",
            first, last, growthCurrent, growthFixed, baseYear);
  }
}
