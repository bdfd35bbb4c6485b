package dk.styrbord.analysis;

import dk.styrbord.WorkbenchException;
import java.util.Map;
import java.util.TreeMap;
import tech.tablesaw.api.Table;

/**
 * The price index that turns current prices into fixed prices: an amount of year t in prices of
 * year b is amount × index(b) ÷ index(t). The one place this rule lives; every comparison across
 * years goes through it.
 *
 * <p>Example: {@code PriceIndex.of(priceIndex).toFixed(1000, 2019, 2024)} is 1000 × 100 ÷ 85.8.
 */
public final class PriceIndex {
  private final Map<Integer, Double> index;

  private PriceIndex(Map<Integer, Double> index) {
    this.index = index;
  }

  /** The index in a table with columns {@code year} and {@code index}. */
  public static PriceIndex of(Table priceIndex) {
    Map<Integer, Double> index = new TreeMap<>();
    priceIndex.forEach(r -> index.put(r.getInt("year"), r.getNumber("index")));
    return new PriceIndex(index);
  }

  /** The factor that puts an amount of {@code year} into prices of {@code baseYear}. */
  public double factor(int year, int baseYear) {
    return value(baseYear) / value(year);
  }

  /** An amount of {@code year} in prices of {@code baseYear}. */
  public double toFixed(double amount, int year, int baseYear) {
    return amount * factor(year, baseYear);
  }

  /** The factor from {@code year} into the price basis: 1 for current prices. */
  public double factor(int year, PriceBasis basis) {
    return basis.isFixed() ? factor(year, basis.year()) : 1;
  }

  private double value(int year) {
    Double v = index.get(year);
    if (v == null) {
      throw new WorkbenchException("The price index has no year " + year + ". Years: " + index.keySet() + ".");
    }
    return v;
  }
}
