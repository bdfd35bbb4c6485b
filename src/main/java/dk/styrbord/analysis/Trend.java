package dk.styrbord.analysis;

import dk.styrbord.WorkbenchException;
import java.util.HashMap;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A municipality's spending per inhabitant of the age group over the years: in current prices and
 * in fixed prices of a base year, with the index of its first year (= 100), the change from the
 * year before and the national level all in the trend's price basis (fixed prices unless current
 * prices are asked for), the index against the national level, and the compound annual growth.
 *
 * <p>Fixed prices go through {@link PriceIndex}. Compound annual growth over n years: (last ÷
 * first)^(1/n) − 1. The comparison group's members are carried in the same price basis, so a chart
 * draws them without computing anything.
 *
 * <p>Example: {@code Trend.of(perInhabitant, national, PriceIndex.of(priceIndex), 350, groupCodes, 2024, info)}.
 *
 * @param info what the figures are: municipality, group, scope, years, unit, price basis, source
 * @param table year, per_inhabitant (current prices), per_inhabitant_fixed, and in the price basis:
 *     index_first_year, change_pct, national; index_national (the same in either basis)
 * @param baseYear the year whose prices the fixed-price column is in
 * @param growthCurrent compound annual growth in current prices, in percent
 * @param growthFixed compound annual growth in fixed prices, in percent
 * @param group the comparison group's other members: code, municipality, year, per_inhabitant in the price basis
 */
public record Trend(ResultInfo info, Table table, int baseYear, double growthCurrent, double growthFixed, Table group)
    implements Result {

  /**
   * The trend of municipality {@code code} from per-inhabitant (current prices) and national
   * tables in the price basis of {@code info}; {@code groupCodes} are the comparison group's members.
   */
  public static Trend of(Table perInhabitant, Table national, PriceIndex index, int code,
      java.util.Collection<Integer> groupCodes, int baseYear, ResultInfo info) {
    PriceBasis basis = info.priceBasis();
    Table own = perInhabitant.where(perInhabitant.intColumn("code").isEqualTo(code)).sortOn("year");
    if (own.isEmpty()) {
      throw new WorkbenchException("No spending rows for municipality code " + code + ".");
    }
    index.factor(baseYear, baseYear); // a base year the price index lacks stops here, naming the years it has
    Map<Integer, Double> nationalLevel = new HashMap<>();
    national.forEach(r -> nationalLevel.put(r.getInt("year"), r.getNumber("per_inhabitant")));
    Table t = Table.create(info.title(), IntColumn.create("year"), DoubleColumn.create("per_inhabitant"),
        DoubleColumn.create("per_inhabitant_fixed"), DoubleColumn.create("index_first_year"),
        DoubleColumn.create("change_pct"), DoubleColumn.create("national"), DoubleColumn.create("index_national"));
    int firstYear = own.intColumn("year").get(0);
    double first = own.numberColumn("per_inhabitant").getDouble(0) * index.factor(firstYear, basis);
    double previous = Double.NaN;
    for (Row r : own) {
      int year = r.getInt("year");
      double current = r.getNumber("per_inhabitant");
      double inBasis = current * index.factor(year, basis);
      double nationalCurrent = nationalLevel.getOrDefault(year, Double.NaN);
      t.intColumn("year").append(year);
      t.doubleColumn("per_inhabitant").append(current);
      t.doubleColumn("per_inhabitant_fixed").append(index.toFixed(current, year, baseYear));
      t.doubleColumn("index_first_year").append(100 * inBasis / first);
      t.doubleColumn("change_pct").append(100 * (inBasis / previous - 1));
      t.doubleColumn("national").append(nationalCurrent * index.factor(year, basis));
      t.doubleColumn("index_national").append(100 * current / nationalCurrent);
      previous = inBasis;
    }
    Formats.whole(t, "per_inhabitant", "per_inhabitant_fixed", "national");
    Formats.decimals(t, 1, "index_first_year", "change_pct", "index_national");
    return new Trend(info, t, baseYear, growth(t, "per_inhabitant"), growth(t, "per_inhabitant_fixed"),
        groupLines(perInhabitant, index, groupCodes, code, basis));
  }

  /** The municipality's name. */
  public String municipality() {
    return info.municipality() == null ? "" : info.municipality().name();
  }

  /** The first year. */
  public int firstYear() {
    return table.intColumn("year").get(0);
  }

  /** The last year. */
  public int lastYear() {
    return table.intColumn("year").get(table.rowCount() - 1);
  }

  /** The change in percent from {@code fromYear} to {@code toYear} in the trend's price basis. Example: {@code trend.changePercent(2016, 2024)}. */
  public double changePercent(int fromYear, int toYear) {
    return 100 * (inBasis(toYear) / inBasis(fromYear) - 1);
  }

  /** The national level's change in percent from {@code fromYear} to {@code toYear} in the trend's price basis. */
  public double nationalChangePercent(int fromYear, int toYear) {
    return 100 * (value("national", toYear) / value("national", fromYear) - 1);
  }

  /** Spending per inhabitant in {@code year} in the trend's price basis. */
  public double inBasis(int year) {
    return value(info.priceBasis().isFixed() ? "per_inhabitant_fixed" : "per_inhabitant", year);
  }

  /** The year in which spending per inhabitant in the trend's price basis was highest. */
  public int peakYear() {
    int best = firstYear();
    for (Row r : table) {
      if (inBasis(r.getInt("year")) > inBasis(best)) {
        best = r.getInt("year");
      }
    }
    return best;
  }

  private double value(String column, int year) {
    int row = table.intColumn("year").indexOf(year);
    if (row < 0) {
      throw new WorkbenchException("The trend has no year " + year + ". Years: " + table.intColumn("year").asList() + ".");
    }
    return table.doubleColumn(column).get(row);
  }

  /** Compound annual growth of a column from its first to its last row, in percent. */
  static double growth(Table t, String column) {
    DoubleColumn c = t.doubleColumn(column);
    int years = t.intColumn("year").get(t.rowCount() - 1) - t.intColumn("year").get(0);
    return years == 0 ? Double.NaN : 100 * (Math.pow(c.get(c.size() - 1) / c.get(0), 1.0 / years) - 1);
  }

  private static Table groupLines(Table perInhabitant, PriceIndex index, java.util.Collection<Integer> groupCodes,
      int code, PriceBasis basis) {
    Table t = Table.create("comparison group", IntColumn.create("code"), StringColumn.create("municipality"),
        IntColumn.create("year"), DoubleColumn.create("per_inhabitant"));
    for (Row r : perInhabitant) {
      if (groupCodes.contains(r.getInt("code")) && r.getInt("code") != code) {
        t.intColumn("code").append(r.getInt("code"));
        t.stringColumn("municipality").append(r.getString("municipality"));
        t.intColumn("year").append(r.getInt("year"));
        t.doubleColumn("per_inhabitant").append(r.getNumber("per_inhabitant") * index.factor(r.getInt("year"), basis));
      }
    }
    return Formats.whole(t, "per_inhabitant");
  }

  @Override
  public String toString() {
    String basis = info.priceBasis().english();
    return info.title() + "\n" + Formats.rows(table, table.rowCount())
        + String.format("%nGrowth %d-%d: %.1f %% a year in current prices, %.1f %% in fixed %d prices."
            + " Index, change and national level in %s.%n", firstYear(), lastYear(), growthCurrent, growthFixed, baseYear, basis)
        + info.describe();
  }
}
