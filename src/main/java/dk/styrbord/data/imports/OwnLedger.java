package dk.styrbord.data.imports;

import dk.styrbord.WorkbenchException;
import dk.styrbord.data.Municipality;
import dk.styrbord.data.Suggestions;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.selection.Selection;

/**
 * A municipality's own ledger extract (account function, year, optionally month, net DKK) as rows of
 * the bundled {@code spending} dataset: months summed to years, each function checked against the
 * bundled ones (5.38.xx and 5.28.xx) and given their name and area. {@link #replacing} puts them in
 * place of the municipality's bundled rows in the areas and years the ledger covers.
 *
 * <p>Example: {@code OwnLedger.rows(mapped, varde, bundledSpending, "ownSpending")} has one row per
 * function and year, with {@code source} "own ledger".
 */
public final class OwnLedger {
  /** The {@code source} of a row from a municipality's own ledger. */
  public static final String SOURCE = "own ledger";

  /** The spending columns the workbench fills in itself, from the municipality and the bundled functions. */
  public static final Set<String> FILLED_IN = Set.of("code", "municipality", "function_name", "area", "per_inhabitant", "source");

  /** The extra column a ledger may have: its month rows are summed to years. */
  public static final Set<String> OPTIONAL = Set.of("month");

  private OwnLedger() {}

  /**
   * The ledger's rows in the spending dataset's columns, for municipality {@code m}. {@code ledger}
   * has the columns function, year, net_dkk and, when it has month rows, month.
   */
  public static Table rows(Table ledger, Municipality m, Table bundled, String helper) {
    Map<String, String[]> known = functions(bundled);
    Map<String, Map<Integer, Double>> sums = new TreeMap<>();
    Map<String, Map<Integer, Set<Integer>>> months = new TreeMap<>();
    for (Row r : ledger) {
      String function = r.getString("function").trim();
      if (!known.containsKey(function)) {
        throw new WorkbenchException(helper + ": \"" + function + "\" is not an account function of 5.38 or 5.28."
            + Suggestions.didYouMean(function, known.keySet()) + " Functions: " + String.join(", ", known.keySet()) + ".");
      }
      int year = r.getInt("year");
      sums.computeIfAbsent(function, f -> new TreeMap<>()).merge(year, r.getNumber("net_dkk"), Double::sum);
      if (ledger.containsColumn("month")) {
        months.computeIfAbsent(function, f -> new TreeMap<>()).computeIfAbsent(year, y -> new TreeSet<>()).add(r.getInt("month"));
      }
    }
    checkWholeYears(months, helper);
    Table out = bundled.emptyCopy();
    out.setName(m.name() + "'s own ledger");
    sums.forEach((function, byYear) -> byYear.forEach((year, dkk) -> append(out, m, function, known.get(function), year, dkk)));
    return out;
  }

  /**
   * The bundled spending with {@code own}'s rows in place of its municipality's rows in the areas
   * and years {@code own} covers; every other row is as bundled.
   */
  public static Table replacing(Table bundled, Table own) {
    Set<String> covered = new TreeSet<>();
    for (Row r : own) {
      covered.add(key(r.getInt("code"), r.getString("area"), r.getInt("year")));
    }
    IntColumn codes = bundled.intColumn("code");
    StringColumn areas = bundled.stringColumn("area");
    IntColumn years = bundled.intColumn("year");
    int[] keep = IntStream.range(0, bundled.rowCount())
        .filter(i -> !covered.contains(key(codes.getInt(i), areas.get(i), years.getInt(i)))).toArray();
    Table kept = bundled.where(Selection.with(keep));
    Table merged = kept.append(own);
    merged.setName(bundled.name());
    return merged;
  }

  private static void checkWholeYears(Map<String, Map<Integer, Set<Integer>>> months, String helper) {
    months.forEach((function, byYear) -> byYear.forEach((year, seen) -> {
      if (seen.size() != 12) {
        throw new WorkbenchException(helper + ": " + function + " has " + seen.size() + " months in " + year
            + " (" + seen + "); a ledger year must have all 12. Leave the year out, or use forecast for a year under way.");
      }
    }));
  }

  /** The bundled functions by code, each with its name and area. */
  private static Map<String, String[]> functions(Table bundled) {
    Map<String, String[]> known = new TreeMap<>();
    for (Row r : bundled) {
      known.putIfAbsent(r.getString("function"), new String[] {r.getString("function_name"), r.getString("area")});
    }
    return known;
  }

  private static void append(Table out, Municipality m, String function, String[] nameAndArea, int year, double dkk) {
    out.intColumn("code").append(m.code());
    out.stringColumn("municipality").append(m.name());
    out.intColumn("year").append(year);
    out.stringColumn("function").append(function);
    out.stringColumn("function_name").append(nameAndArea[0]);
    out.stringColumn("area").append(nameAndArea[1]);
    out.intColumn("net_dkk").append(Math.toIntExact(Math.round(dkk)));
    ((IntColumn) out.column("per_inhabitant")).appendMissing();
    ((StringColumn) out.column("source")).append(SOURCE);
  }

  private static String key(int code, String area, int year) {
    return code + "/" + area + "/" + year;
  }

}
