package dk.styrbord.analysis;

import dk.styrbord.WorkbenchException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Splits a gap in spending per inhabitant into a volume effect (citizens per 1,000 inhabitants of
 * the age group) and a price effect (spending per citizen, the unit price), measure by measure.
 *
 * <p>For each measure, spending per inhabitant S = V × P / 1000 with V = recipients per 1,000
 * inhabitants and P = spending per recipient (DKK). The gap S₁ − S₀ between a municipality and a
 * reference (its comparison group in the same year, or itself in an earlier year) is split by the
 * midpoint (Shapley) rule: volume effect = (V₁ − V₀)(P₁ + P₀)/2 / 1000, price effect = (P₁ −
 * P₀)(V₁ + V₀)/2 / 1000. The two add up to the gap exactly, with no residual (Ang, B. W. (2004):
 * "Decomposition analysis for policymaking in energy", Energy Policy 32, on the Shapley/Sun
 * method). A group's figures are ratios of sums over its members.
 *
 * <p>A unit price needs recipients: where one side has spending on a measure but no counted
 * recipients (e.g. a small refund), that measure's gap cannot be split and is reported as
 * {@code unallocated}, so volume + price + unallocated = gap always holds. A side with neither
 * spending nor recipients takes the other side's unit price, so its whole gap is volume.
 *
 * <p>Only spending on the account functions that pay for a measure with counted recipients is
 * split (for adults 5.38.50, 5.38.52, 5.38.38, 5.38.58, 5.38.59; for children all of 5.28).
 *
 * <p>Example: {@code PriceVolume.split(spending, population, recipients, Area.ADULTS,
 * Unit.of("Lolland", 360, 2024), Unit.of("Landkommuner", groupCodes, 2024))}.
 */
public final class PriceVolume {
  private PriceVolume() {}

  /**
   * Who and when a side of the comparison is: a label, the municipality codes it sums over and
   * the year.
   */
  public record Side(String label, Set<Integer> codes, int year) {
    /** One municipality in one year. */
    public static Side of(String label, int code, int year) {
      return new Side(label, Set.of(code), year);
    }

    /** A group of municipalities in one year. */
    public static Side of(String label, Collection<Integer> codes, int year) {
      return new Side(label, Set.copyOf(codes), year);
    }
  }

  /** The split of {@code own − reference} for every measure of the area, with a total row. */
  public static PriceVolumeSplit split(
      Table spending, Table population, Table recipients, Area area, Side own, Side reference) {
    Map<String, List<String>> measures = measures(recipients, area);
    Table t = emptyTable(own.label() + " " + own.year() + " vs " + reference.label() + " " + reference.year()
        + ": volume and price, " + area.mainFunction() + " " + area.perWhom());
    double ownPeople = people(population, area, own);
    double refPeople = people(population, area, reference);
    for (Map.Entry<String, List<String>> m : measures.entrySet()) {
      double[] a = figures(spending, recipients, m.getKey(), m.getValue(), own, ownPeople);
      double[] b = figures(spending, recipients, m.getKey(), m.getValue(), reference, refPeople);
      append(t, m.getKey() + " (" + String.join("+", m.getValue()) + ")", a, b);
    }
    appendTotal(t);
    Formats.decimals(t, 2, "volume", "volume_ref");
    Formats.whole(t, "unit_price", "unit_price_ref", "per_inhabitant", "per_inhabitant_ref", "gap",
        "volume_effect", "price_effect", "unallocated");
    return new PriceVolumeSplit(t, area.perWhom());
  }

  /** Per measure: volume (per 1,000), unit price (DKK per recipient), spending per inhabitant. */
  private static double[] figures(
      Table spending, Table recipients, String measure, List<String> functions, Side unit, double people) {
    double dkk = 0;
    for (Row r : spending) {
      if (unit.codes().contains(r.getInt("code")) && r.getInt("year") == unit.year() && functions.contains(r.getString("function"))) {
        dkk += r.getNumber("net_dkk");
      }
    }
    double count = 0;
    for (Row r : recipients) {
      if (unit.codes().contains(r.getInt("code")) && r.getInt("year") == unit.year() && r.getString("measure").equals(measure)) {
        count += r.getNumber("recipients");
      }
    }
    double volume = 1000 * count / people;
    double unitPrice = count == 0 ? Double.NaN : dkk / count;
    return new double[] {volume, unitPrice, dkk / people};
  }

  private static void append(Table t, String measure, double[] own, double[] ref) {
    double gap = own[2] - ref[2];
    double ownPrice = Double.isNaN(own[1]) && own[2] == 0 ? ref[1] : own[1];
    double refPrice = Double.isNaN(ref[1]) && ref[2] == 0 ? own[1] : ref[1];
    double volumeEffect = 0;
    double priceEffect = 0;
    double unallocated = 0;
    if (Double.isNaN(ownPrice) || Double.isNaN(refPrice)) {
      unallocated = Double.isNaN(ownPrice) && Double.isNaN(refPrice) && own[2] == 0 && ref[2] == 0 ? 0 : gap;
    } else {
      volumeEffect = (own[0] - ref[0]) * (ownPrice + refPrice) / 2 / 1000;
      priceEffect = (ownPrice - refPrice) * (own[0] + ref[0]) / 2 / 1000;
    }
    t.stringColumn("measure").append(measure);
    t.doubleColumn("volume").append(own[0]);
    t.doubleColumn("volume_ref").append(ref[0]);
    t.doubleColumn("unit_price").append(own[1]);
    t.doubleColumn("unit_price_ref").append(ref[1]);
    t.doubleColumn("per_inhabitant").append(own[2]);
    t.doubleColumn("per_inhabitant_ref").append(ref[2]);
    t.doubleColumn("gap").append(gap);
    t.doubleColumn("volume_effect").append(volumeEffect);
    t.doubleColumn("price_effect").append(priceEffect);
    t.doubleColumn("unallocated").append(unallocated);
  }

  private static void appendTotal(Table t) {
    t.stringColumn("measure").append("total");
    double volume = t.doubleColumn("volume").sum();
    double volumeRef = t.doubleColumn("volume_ref").sum();
    double perInhabitant = t.doubleColumn("per_inhabitant").sum();
    double perInhabitantRef = t.doubleColumn("per_inhabitant_ref").sum();
    t.doubleColumn("volume").append(volume);
    t.doubleColumn("volume_ref").append(volumeRef);
    t.doubleColumn("unit_price").append(1000 * perInhabitant / volume);
    t.doubleColumn("unit_price_ref").append(1000 * perInhabitantRef / volumeRef);
    t.doubleColumn("per_inhabitant").append(perInhabitant);
    t.doubleColumn("per_inhabitant_ref").append(perInhabitantRef);
    t.doubleColumn("gap").append(t.doubleColumn("gap").sum());
    t.doubleColumn("volume_effect").append(t.doubleColumn("volume_effect").sum());
    t.doubleColumn("price_effect").append(t.doubleColumn("price_effect").sum());
    t.doubleColumn("unallocated").append(t.doubleColumn("unallocated").sum());
  }

  private static Map<String, List<String>> measures(Table recipients, Area area) {
    Map<String, List<String>> measures = new LinkedHashMap<>();
    for (Row r : recipients) {
      if (r.getString("area").equals(area.code())) {
        measures.putIfAbsent(r.getString("measure"), List.of(r.getString("function").split("\\+")));
      }
    }
    if (measures.isEmpty()) {
      throw new WorkbenchException("The recipients table has no measures for area " + area.code() + ".");
    }
    return measures;
  }

  private static double people(Table population, Area area, Side unit) {
    double sum = 0;
    for (Row r : population) {
      if (unit.codes().contains(r.getInt("code")) && r.getInt("year") == unit.year()) {
        sum += r.getNumber(area.ageColumn());
      }
    }
    if (sum == 0) {
      throw new WorkbenchException("No population for " + unit.label() + " in " + unit.year() + ". Years: "
          + population.intColumn("year").unique().sorted(Integer::compare).asList() + ".");
    }
    return sum;
  }

  private static Table emptyTable(String name) {
    Table t = Table.create(name, StringColumn.create("measure"));
    for (String c : new String[] {"volume", "volume_ref", "unit_price", "unit_price_ref", "per_inhabitant",
        "per_inhabitant_ref", "gap", "volume_effect", "price_effect", "unallocated"}) {
      t.addColumns(DoubleColumn.create(c));
    }
    return t;
  }
}
