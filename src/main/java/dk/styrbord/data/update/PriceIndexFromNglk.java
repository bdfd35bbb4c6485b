package dk.styrbord.data.update;

import dk.styrbord.WorkbenchException;
import dk.styrbord.data.imports.TableInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * The price index from NGLK (Udvalgte kommunale regnskabstal efter område, nøgletal,
 * brutto-/nettoudgifter, prisenhed og tid): DST publishes each key figure in current and in fixed
 * prices, the fixed ones made with the ministry's pris- og lønregulering, so current ÷ fixed at
 * national level is the deflator DST itself uses for municipal accounts. It is rebased to
 * {@value #BASE_YEAR} = 100 as the bundled index is. Codes are read from tableinfo by label: OMRÅDE
 * Hele landet (000 or 0), the first key figure whose label has one of {@link #KEY_FIGURES}, the net
 * value of the gross/net variable, the price units labelled "løbende" and "faste". Years after
 * NGLK's last keep the bundled projection, chained onto the last official year and marked so in
 * the {@code source} column.
 *
 * <p>Example: {@code PriceIndexFromNglk.request(info, 2016)} asks for exactly those rows.
 */
final class PriceIndexFromNglk {
  static final String TABLE = "NGLK";
  /** The year the index is 100 in, as in the bundled {@code price_index.csv}. */
  static final int BASE_YEAR = 2024;
  /**
   * Label fragments of the key figure, in order of preference: service spending first, as the
   * bundled index approximates the pris- og lønindeks for kommunale serviceudgifter.
   */
  static final List<String> KEY_FIGURES = List.of("serviceudgifter", "voksne med særlige behov", "sociale", "i alt");
  private static final String HEADER = "year,index,source";

  /** The values chosen from tableinfo. */
  record Choice(TableInfo.Variable area, TableInfo.Value national, TableInfo.Variable keyFigures, TableInfo.Value keyFigure,
      TableInfo.Variable grossNet, TableInfo.Value net, TableInfo.Variable priceUnit, TableInfo.Value current, TableInfo.Value fixed,
      TableInfo.Variable time) {}

  /** What a build made: the CSV text, the official years and the projected ones after them. */
  record Built(String csv, List<Integer> official, List<Integer> projected) {}

  private PriceIndexFromNglk() {}

  /** The variables and values to ask for, chosen by label; a missing one is one line naming it. */
  static Choice choose(TableInfo info) {
    TableInfo.Variable area = ByLabel.variable(info, "område");
    TableInfo.Variable keyFigures = ByLabel.variable(info, "nøgletal");
    TableInfo.Variable grossNet = ByLabel.variable(info, "netto");
    TableInfo.Variable priceUnit = ByLabel.variable(info, "prisenhed");
    return new Choice(area, ByLabel.national(info, area), keyFigures, keyFigure(info, keyFigures), grossNet,
        ByLabel.value(info, grossNet, "netto"), priceUnit, ByLabel.value(info, priceUnit, "løbende"),
        ByLabel.value(info, priceUnit, "faste"), ByLabel.time(info));
  }

  /** Hele landet, the key figure, net, current and fixed prices, every year from {@code firstYear}. */
  static TableRequest request(TableInfo info, int firstYear) {
    Choice c = choose(info);
    List<String> years = c.time().values().stream().map(TableInfo.Value::id).filter(id -> id.matches("\\d{4}"))
        .filter(id -> Integer.parseInt(id) >= firstYear).toList();
    if (!years.contains(String.valueOf(BASE_YEAR))) {
      throw new WorkbenchException(TABLE + ": " + c.time().id() + " has no " + BASE_YEAR + ", the year the price index is 100 in"
          + " (it has " + ByLabel.listing(c.time()) + "); StatBank changed the table, so this Styrbord cannot update it.");
    }
    return TableRequest.of(info).select(c.area().id(), List.of(c.national().id())).select(c.keyFigures().id(), List.of(c.keyFigure().id()))
        .select(c.grossNet().id(), List.of(c.net().id())).select(c.priceUnit().id(), List.of(c.current().id(), c.fixed().id()))
        .select(c.time().id(), years);
  }

  /**
   * {@code price_index.csv}: per year 100 × (current ÷ fixed) ÷ (current ÷ fixed in {@value #BASE_YEAR}),
   * two decimals; then the bundled years after NGLK's last, as the last official value × the bundled growth since then.
   */
  static Built build(Table answer, TableInfo info, String bundledCsv) {
    Choice c = choose(info);
    Map<Integer, double[]> prices = new TreeMap<>(); // year → current, fixed
    for (Row r : answer) {
      int year = Integer.parseInt(r.getString("TID"));
      double value = r.getDouble("INDHOLD");
      boolean current = r.getString(c.priceUnit().id()).equals(c.current().id());
      if (Double.isNaN(value) || value == 0) {
        throw new WorkbenchException(TABLE + ": \"" + c.keyFigure().text() + "\" for Hele landet in " + year + " in "
            + (current ? c.current() : c.fixed()).text() + " is '..' or 0, so no deflator can be made; StatBank changed the table.");
      }
      prices.computeIfAbsent(year, y -> new double[2])[current ? 0 : 1] = value;
    }
    double[] base = prices.get(BASE_YEAR);
    List<String> rows = new ArrayList<>();
    Map<Integer, Double> written = new TreeMap<>();
    String source = "official, NGLK Hele landet: " + c.current().text() + " ÷ " + c.fixed().text() + ", " + c.keyFigure().text()
        + ", " + c.net().text();
    prices.forEach((year, p) -> {
      double index = round2(100 * (p[0] / p[1]) / (base[0] / base[1]));
      written.put(year, index);
      rows.add(year + "," + format(index) + "," + CsvField.of(source));
    });
    int last = prices.keySet().stream().max(Integer::compare).orElseThrow();
    List<Integer> projected = project(bundledCsv, last, written.get(last), rows);
    return new Built(HEADER + "\n" + String.join("\n", rows) + "\n", List.copyOf(prices.keySet()), projected);
  }

  /** Appends the bundled years after {@code last}, chained onto its official value; returns those years. */
  private static List<Integer> project(String bundledCsv, int last, double official, List<String> rows) {
    Map<Integer, Double> bundled = new TreeMap<>();
    List<String> lines = bundledCsv.lines().toList();
    if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
      throw new WorkbenchException("data/price_index.csv does not start with " + HEADER + ". Restore it with: git checkout -- data");
    }
    lines.stream().skip(1).map(l -> l.split(",", 3)).forEach(cells -> bundled.put(Integer.parseInt(cells[0]), Double.parseDouble(cells[1])));
    List<Integer> projected = bundled.keySet().stream().filter(y -> y > last).toList();
    if (!projected.isEmpty() && !bundled.containsKey(last)) {
      throw new WorkbenchException("data/price_index.csv has no " + last + ", NGLK's last year, to chain its projection onto."
          + " Restore it with: git checkout -- data");
    }
    String source = "projection, not official: the bundled synthetic growth since " + last + " applied to NGLK's " + last;
    for (int year : projected) {
      rows.add(year + "," + format(round2(official * bundled.get(year) / bundled.get(last))) + "," + CsvField.of(source));
    }
    return projected;
  }

  /** The key figure: the first value whose label has the first of {@link #KEY_FIGURES} that any has. */
  private static TableInfo.Value keyFigure(TableInfo info, TableInfo.Variable keyFigures) {
    for (String fragment : KEY_FIGURES) {
      for (TableInfo.Value v : keyFigures.values()) {
        if (ByLabel.contains(v.text(), fragment)) {
          return v;
        }
      }
    }
    throw new WorkbenchException(TABLE + ": " + keyFigures.id() + " has no key figure labelled with any of " + KEY_FIGURES
        + " (it has " + ByLabel.listing(keyFigures) + "); StatBank changed the table, so this Styrbord cannot update it.");
  }

  private static double round2(double x) {
    return Math.round(x * 100) / 100.0;
  }

  private static String format(double index) {
    return String.format(Locale.ROOT, "%.2f", index);
  }
}
