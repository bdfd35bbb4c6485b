package dk.styrbord.analysis;

import dk.styrbord.WorkbenchException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.NumericColumn;
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
 * <p>Nothing of the area's spending is left out, so the gap is the one {@link Benchmark} reports:
 * spending on account functions that pay for no measure with counted recipients (e.g. 5.38.42,
 * 5.38.45) is one row of its own, {@code split = false}, whose whole gap is {@code not_split}. A
 * measure that has spending but no counted recipients on one side (e.g. a small refund) cannot be
 * split either: its gap is {@code not_split} too. So volume + price + not_split = gap in every
 * row. A side with neither spending nor recipients on a measure takes the other side's unit price,
 * so its whole gap is volume.
 *
 * <p>Across years the amounts are put in the price basis of the result's info first (fixed
 * prices of the later year by default, through {@link PriceIndex}), so inflation is not a price
 * effect.
 *
 * <p>Example: {@code PriceVolume.split(spending, population, recipients, index, Area.ADULTS,
 * Side.of("Lolland", 360, 2024), Side.of("Landkommuner", groupCodes, 2024), info)}.
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

  /** The split of {@code own − reference} for every measure of the area and the spending not split. */
  public static PriceVolumeSplit split(Table spending, Table population, Table recipients, PriceIndex index,
      Area area, Side own, Side reference, ResultInfo info) {
    Map<String, List<String>> measures = measures(recipients, area);
    Totals a = Totals.of(spending, population, recipients, index, area, own, info.priceBasis());
    Totals b = Totals.of(spending, population, recipients, index, area, reference, info.priceBasis());
    Table t = emptyTable(info.title());
    Set<String> measured = new TreeSet<>();
    for (Map.Entry<String, List<String>> m : measures.entrySet()) {
      measured.addAll(m.getValue());
      appendMeasure(t, m.getKey(), m.getValue(), a.figures(m.getKey(), m.getValue()), b.figures(m.getKey(), m.getValue()));
    }
    appendNotSplit(t, a, b, measured);
    Formats.decimals(t, 2, "volume", "volume_ref");
    Formats.whole(t, "unit_price", "unit_price_ref", "per_inhabitant", "per_inhabitant_ref", "gap",
        "volume_effect", "price_effect", "not_split");
    return new PriceVolumeSplit(info, t, own.label(), reference.label());
  }

  /** One side's spending by function (in the price basis), its people and its recipients by measure. */
  private record Totals(Map<String, Double> dkkByFunction, Map<String, Double> recipients, double people) {

    static Totals of(Table spending, Table population, Table recipients, PriceIndex index, Area area, Side side,
        PriceBasis basis) {
      double factor = index.factor(side.year(), basis);
      Map<String, Double> dkk = new TreeMap<>();
      IntColumn codes = spending.intColumn("code");
      IntColumn years = spending.intColumn("year");
      StringColumn functions = spending.stringColumn("function");
      NumericColumn<?> amounts = spending.numberColumn("net_dkk");
      String prefix = area.mainFunction() + ".";
      for (int i = 0; i < spending.rowCount(); i++) {
        if (years.getInt(i) == side.year() && side.codes().contains(codes.getInt(i)) && functions.get(i).startsWith(prefix)) {
          dkk.merge(functions.get(i), amounts.getDouble(i) * factor, Double::sum);
        }
      }
      Map<String, Double> counts = new TreeMap<>();
      IntColumn rCodes = recipients.intColumn("code");
      IntColumn rYears = recipients.intColumn("year");
      StringColumn rAreas = recipients.stringColumn("area");
      StringColumn measures = recipients.stringColumn("measure");
      NumericColumn<?> numbers = recipients.numberColumn("recipients");
      for (int i = 0; i < recipients.rowCount(); i++) {
        if (rYears.getInt(i) == side.year() && side.codes().contains(rCodes.getInt(i)) && rAreas.get(i).equals(area.code())) {
          counts.merge(measures.get(i), numbers.getDouble(i), Double::sum);
        }
      }
      return new Totals(dkk, counts, PriceVolume.people(population, area, side));
    }

    /** Per measure: volume (per 1,000), unit price (DKK per recipient), spending per inhabitant. */
    double[] figures(String measure, List<String> functions) {
      double dkk = dkk(functions);
      double count = recipients.getOrDefault(measure, 0.0);
      return new double[] {1000 * count / people, count == 0 ? Double.NaN : dkk / count, dkk / people};
    }

    double dkk(Collection<String> functions) {
      return functions.stream().mapToDouble(f -> dkkByFunction.getOrDefault(f, 0.0)).sum();
    }
  }

  private static void appendMeasure(Table t, String measure, List<String> functions, double[] own, double[] ref) {
    double gap = own[2] - ref[2];
    double ownPrice = Double.isNaN(own[1]) && own[2] == 0 ? ref[1] : own[1];
    double refPrice = Double.isNaN(ref[1]) && ref[2] == 0 ? own[1] : ref[1];
    double volumeEffect = 0;
    double priceEffect = 0;
    double notSplit = 0;
    if (Double.isNaN(ownPrice) || Double.isNaN(refPrice)) {
      notSplit = gap;
    } else {
      volumeEffect = (own[0] - ref[0]) * (ownPrice + refPrice) / 2 / 1000;
      priceEffect = (ownPrice - refPrice) * (own[0] + ref[0]) / 2 / 1000;
    }
    append(t, measure, String.join("+", functions), true, own, ref, new double[] {gap, volumeEffect, priceEffect, notSplit});
  }

  private static void appendNotSplit(Table t, Totals own, Totals ref, Set<String> measured) {
    Set<String> others = new TreeSet<>();
    for (Map<String, Double> side : List.of(own.dkkByFunction(), ref.dkkByFunction())) {
      side.forEach((f, dkk) -> {
        if (!measured.contains(f) && dkk != 0) {
          others.add(f);
        }
      });
    }
    double a = own.dkk(others) / own.people();
    double b = ref.dkk(others) / ref.people();
    double nan = Double.NaN;
    append(t, "functions without counted recipients", String.join("+", others), false,
        new double[] {nan, nan, a}, new double[] {nan, nan, b}, new double[] {a - b, 0, 0, a - b});
  }

  private static void append(Table t, String measure, String functions, boolean split, double[] own, double[] ref,
      double[] effects) {
    t.stringColumn("measure").append(measure);
    t.stringColumn("functions").append(functions);
    t.booleanColumn("split").append(split);
    t.doubleColumn("volume").append(own[0]);
    t.doubleColumn("volume_ref").append(ref[0]);
    t.doubleColumn("unit_price").append(own[1]);
    t.doubleColumn("unit_price_ref").append(ref[1]);
    t.doubleColumn("per_inhabitant").append(own[2]);
    t.doubleColumn("per_inhabitant_ref").append(ref[2]);
    t.doubleColumn("gap").append(effects[0]);
    t.doubleColumn("volume_effect").append(effects[1]);
    t.doubleColumn("price_effect").append(effects[2]);
    t.doubleColumn("not_split").append(effects[3]);
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

  private static double people(Table population, Area area, Side side) {
    double sum = 0;
    for (Row r : population) {
      if (side.codes().contains(r.getInt("code")) && r.getInt("year") == side.year()) {
        sum += r.getNumber(area.ageColumn());
      }
    }
    if (sum == 0) {
      throw new WorkbenchException("No population for " + side.label() + " in " + side.year() + ". Years: "
          + population.intColumn("year").unique().sorted(Integer::compare).asList() + ".");
    }
    return sum;
  }

  private static Table emptyTable(String name) {
    Table t = Table.create(name, StringColumn.create("measure"), StringColumn.create("functions"), BooleanColumn.create("split"));
    for (String c : new String[] {"volume", "volume_ref", "unit_price", "unit_price_ref", "per_inhabitant",
        "per_inhabitant_ref", "gap", "volume_effect", "price_effect", "not_split"}) {
      t.addColumns(DoubleColumn.create(c));
    }
    return t;
  }
}
