package dk.styrbord.analysis;

import tech.tablesaw.api.Table;

/**
 * The result of {@link PriceVolume#split}: one row per measure and a total row, with volume
 * (recipients per 1,000 inhabitants of the age group), unit price (DKK per recipient), spending per
 * inhabitant, the gap, and its volume and price effects (which add up to the gap, with any
 * {@code unallocated} part: spending on a measure with no counted recipients).
 *
 * @param table the split; the last row is the total
 * @param perWhom what the per-inhabitant figures are per, e.g. "per 18-64-year-old"
 */
public record PriceVolumeSplit(Table table, String perWhom) {

  /** The total gap in spending per inhabitant, DKK. */
  public double gap() {
    return total("gap");
  }

  /** The part of the gap due to more or fewer citizens per 1,000 inhabitants, DKK per inhabitant. */
  public double volumeEffect() {
    return total("volume_effect");
  }

  /** The part of the gap due to higher or lower spending per citizen, DKK per inhabitant. */
  public double priceEffect() {
    return total("price_effect");
  }

  /** The part of the gap that could not be split (spending without counted recipients), DKK per inhabitant. */
  public double unallocated() {
    return total("unallocated");
  }

  private double total(String column) {
    return table.doubleColumn(column).get(table.rowCount() - 1);
  }

  @Override
  public String toString() {
    return table.printAll()
        + String.format("%nThe gap of %,.0f DKK %s splits into %,.0f from volume (citizens per 1,000) and %,.0f from price"
            + " (spending per citizen)%s.%n", gap(), perWhom, volumeEffect(), priceEffect(),
            unallocated() == 0 ? "" : String.format("; %,.0f is spending without counted recipients and cannot be split", unallocated()))
        + (Math.abs(volumeEffect()) >= Math.abs(priceEffect())
            ? "Mostly a volume story: how many citizens get a measure.\n"
            : "Mostly a price story: what each citizen's measure costs.\n");
  }
}
