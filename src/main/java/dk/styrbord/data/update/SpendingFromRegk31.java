package dk.styrbord.data.update;

import dk.styrbord.WorkbenchException;
import dk.styrbord.data.imports.TableInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * The spending dataset from REGK31: net operating spending (DRANST 1 Driftskonti, ART TOT I alt
 * (netto)) in current prices on every function of 5.28 (children) and 5.38 (adults), per
 * municipality and year. It asks PRISENHED LOBM, which REGK31 gives in 1.000 kr., so
 * {@code net_dkk} is the table's own total × 1,000 and {@code per_inhabitant} is that divided by
 * the municipality's FOLK1A population on 1 January (DST's INDL per-inhabitant figures are not asked for).
 *
 * <p>Example: {@code SpendingFromRegk31.request(info, codes, years)} asks for exactly those rows.
 */
final class SpendingFromRegk31 {
  static final String TABLE = "REGK31";
  /** Løbende priser (1.000 kr.): the table's totals, in thousands. */
  static final String CURRENT_PRICES = "LOBM";
  private static final Comparator<String[]> ORDER = Comparator.<String[]>comparingInt(r -> Integer.parseInt(r[0]))
      .thenComparingInt(r -> Integer.parseInt(r[2])).thenComparing(r -> r[3]);

  /** What a build made: the CSV text, its number of rows and the values the table had as '..' (left out). */
  record Built(String csv, int rows, int missing) {}

  private SpendingFromRegk31() {}

  /** The years of the table, as numbers. */
  static List<Integer> years(TableInfo info) {
    return TableRequest.of(info).variable("Tid").values().stream().map(TableInfo.Value::id).filter(id -> id.matches("\\d{4}"))
        .map(Integer::parseInt).toList();
  }

  /** OMRÅDE = these municipalities, FUNKTION = every 5.28.xx and 5.38.xx, DRANST 1, ART TOT, PRISENHED LOBM, Tid = these years. */
  static TableRequest request(TableInfo info, Set<Integer> municipalities, Set<Integer> years) {
    TableRequest request = TableRequest.of(info);
    List<String> areas = MunicipalityCodes.select(request.variable("OMRÅDE"), municipalities, TABLE);
    List<String> functions = request.variable("FUNKTION").values().stream().map(TableInfo.Value::id)
        .filter(id -> id.matches("5(28|38)\\d\\d")).toList();
    for (String area : List.of("528", "538")) {
      if (functions.stream().noneMatch(f -> f.startsWith(area))) {
        throw new WorkbenchException(TABLE + ": FUNKTION lists no " + dotted(area + "00").substring(0, 4)
            + " functions any more (" + (functions.isEmpty() ? "nor any of 5.28 or 5.38" : "it has "
            + functions.stream().map(SpendingFromRegk31::dotted).collect(Collectors.joining(", "))) + "); StatBank changed the table, so this Styrbord cannot update it.");
      }
    }
    request.value("DRANST", "1");
    request.value("ART", "TOT");
    String priceLabel = request.value("PRISENHED", CURRENT_PRICES).text();
    if (!priceLabel.contains("1.000 kr")) {
      throw new WorkbenchException(TABLE + ": PRISENHED " + CURRENT_PRICES + " is now \"" + priceLabel
          + "\", not 1.000 kr., so the amounts cannot be scaled safely; this Styrbord cannot update it.");
    }
    List<String> periods = years.stream().sorted().map(String::valueOf).toList();
    return request.select("OMRÅDE", areas).select("FUNKTION", functions).select("DRANST", List.of("1"))
        .select("ART", List.of("TOT")).select("PRISENHED", List.of(CURRENT_PRICES)).select("Tid", periods);
  }

  /** The answer as {@code spending.csv} rows, in the bundled dataset's columns; '..' values are left out and counted. */
  static Built build(Table answer, TableInfo info, List<PopulationFromFolk1a.Row1January> population) {
    Map<String, String> labels = TableRequest.of(info).variable("FUNKTION").values().stream()
        .collect(Collectors.toMap(TableInfo.Value::id, TableInfo.Value::text, (a, b) -> a));
    Map<String, Long> totals = population.stream().collect(Collectors.toMap(p -> p.code() + "|" + p.year(), PopulationFromFolk1a.Row1January::total));
    List<String[]> rows = new ArrayList<>();
    int missing = 0;
    for (Row r : answer) {
      double thousands = r.getDouble("INDHOLD");
      if (Double.isNaN(thousands)) {
        missing++;
        continue;
      }
      int code = r.getInt("kommune_code");
      String year = r.getString("TID");
      Long people = totals.get(code + "|" + year);
      if (people == null || people == 0) {
        throw new WorkbenchException(TABLE + ": no FOLK1A population for " + r.getString("kommune") + " in " + year
            + ", so no per-inhabitant figure can be made.");
      }
      String function = dotted(r.getString("FUNKTION"));
      long netDkk = Math.round(thousands * 1000);
      rows.add(new String[] {String.valueOf(code), r.getString("kommune"), year, function,
          name(labels.getOrDefault(r.getString("FUNKTION"), function), function), function.startsWith("5.28") ? "children" : "adults",
          String.valueOf(netDkk), String.valueOf(Math.round((double) netDkk / people)), "REGK31 LOBM (1.000 kr.) × 1000"});
    }
    rows.sort(ORDER);
    StringBuilder out = new StringBuilder("code,municipality,year,function,function_name,area,net_dkk,per_inhabitant,source\n");
    for (String[] row : rows) {
      out.append(String.join(",", List.of(row).stream().map(CsvField::of).toList())).append('\n');
    }
    return new Built(out.toString(), rows.size(), missing);
  }

  /**
   * The functions the bundled spending has and the built one lacks, as one sentence: a helper asked
   * for one of them will find no rows. Empty when none is lost.
   */
  static java.util.Optional<String> lostFunctions(String bundledCsv, String builtCsv) {
    Set<String> lost = new java.util.TreeSet<>(functions(bundledCsv));
    lost.removeAll(functions(builtCsv));
    return lost.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(TABLE + " has no figures for " + String.join(", ", lost)
        + ", which the bundled spending has; level, trend and priceVolume on " + (lost.size() == 1 ? "it" : "them")
        + " will find no rows in the new data (useBundledData() goes back).");
  }

  /** The function column (the fourth) of a spending CSV. */
  private static Set<String> functions(String csv) {
    return csv.lines().skip(1).map(l -> l.split(",", -1)).filter(r -> r.length > 3).map(r -> r[3]).collect(Collectors.toSet());
  }

  /** {@code 53850} → {@code 5.38.50}. */
  static String dotted(String code) {
    return code.charAt(0) + "." + code.substring(1, 3) + "." + code.substring(3);
  }

  /** {@code "5.38.50 Botilbud til længerevarende ophold"} → {@code "Botilbud til længerevarende ophold"}. */
  private static String name(String label, String function) {
    return label.startsWith(function + " ") ? label.substring(function.length() + 1).strip() : label.strip();
  }
}
