package dk.styrbord.analysis;

import tech.tablesaw.api.Table;

/**
 * The result of {@link PriceVolume#split}: one row per measure ({@code split = true}) and one row
 * for the spending on functions without counted recipients ({@code split = false}), with volume
 * (recipients per 1,000 inhabitants of the age group), unit price (DKK per recipient), spending per
 * inhabitant, the gap, and its volume and price effects and the part that is not split. The totals
 * are methods, apart from the rows: {@code gap() = volumeEffect() + priceEffect() + notSplit()},
 * and {@code gap()} is the gap {@link Benchmark} reports for the same municipality, group and year.
 *
 * <p>Example: {@code priceVolume("Lolland", "adults", 2024).measures().sortDescendingOn("volume_effect")}.
 *
 * @param info what the figures are: municipality, reference, scope, years, unit, price basis, source
 * @param table the rows: every measure, then the spending not split
 * @param ownLabel who the first side is, e.g. "Lolland 2024"
 * @param referenceLabel who it is compared with, e.g. "Landkommuner 2024"
 */
public record PriceVolumeSplit(ResultInfo info, Table table, String ownLabel, String referenceLabel) implements Result {

  /** The measure rows only, without the spending that is not split: for sorting and charts. */
  public Table measures() {
    return table.where(table.booleanColumn("split").isTrue());
  }

  /** The total gap in spending per inhabitant, DKK: the benchmark gap. */
  public double gap() {
    return total("gap");
  }

  /** Own spending per inhabitant of the age group on the whole area, DKK. */
  public double perInhabitant() {
    return total("per_inhabitant");
  }

  /** The reference's spending per inhabitant of the age group on the whole area, DKK. */
  public double perInhabitantRef() {
    return total("per_inhabitant_ref");
  }

  /** The part of the gap due to more or fewer citizens per 1,000 inhabitants, DKK per inhabitant. */
  public double volumeEffect() {
    return total("volume_effect");
  }

  /** The part of the gap due to higher or lower spending per citizen, DKK per inhabitant. */
  public double priceEffect() {
    return total("price_effect");
  }

  /** The part of the gap that cannot be split (spending without counted recipients), DKK per inhabitant. */
  public double notSplit() {
    return total("not_split");
  }

  /** How many measures have a lower unit price than the reference. */
  public int cheaperMeasures() {
    Table m = measures();
    int n = 0;
    for (int i = 0; i < m.rowCount(); i++) {
      if (m.doubleColumn("unit_price").get(i) < m.doubleColumn("unit_price_ref").get(i)) {
        n++;
      }
    }
    return n;
  }

  /** "a volume story" when volume moves the gap more than price, else "a price story". */
  public String story() {
    return Math.abs(volumeEffect()) >= Math.abs(priceEffect()) ? "a volume story" : "a price story";
  }

  /** "+ 1,234" or "− 1,234": a term of a sum. */
  private static String term(double value) {
    return (value < 0 ? "− " : "+ ") + String.format("%,.0f", Math.abs(value));
  }

  private double total(String column) {
    return table.doubleColumn(column).sum();
  }

  @Override
  public String toString() {
    String per = info.unitLine();
    return info.title() + "\n" + Formats.rows(table, table.rowCount())
        + String.format("%n%s against %s: a gap of %,.0f (%s) = %,.0f from volume (citizens per 1,000)"
            + " %s from price (spending per citizen) %s not split (spending without counted recipients).%n",
            ownLabel, referenceLabel, gap(), per, volumeEffect(), term(priceEffect()), term(notSplit()))
        + (story().equals("a volume story")
            ? "Mostly a volume story: how many citizens get a measure.\n"
            : "Mostly a price story: what each citizen's measure costs.\n")
        + info.describe();
  }
}
