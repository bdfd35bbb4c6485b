package dk.styrbord.data.update;

import dk.styrbord.WorkbenchException;
import dk.styrbord.data.imports.TableInfo;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * The population dataset from FOLK1A: the population on 1 January (quarter K1) of each year per
 * municipality, in single ages summed to the bands 0–17, 18–64 and 65+ (sex and marital status
 * left to the API to total).
 *
 * <p>Example: {@code PopulationFromFolk1a.request(info, codes, years)} asks for exactly those rows.
 */
final class PopulationFromFolk1a {
  static final String TABLE = "FOLK1A";

  /** One municipality and year, as a row of {@code population.csv}. */
  record Row1January(int code, String municipality, int year, long age0To17, long age18To64, long age65Plus, String period) {
    long total() {
      return age0To17 + age18To64 + age65Plus;
    }
  }

  private PopulationFromFolk1a() {}

  /** OMRÅDE = these municipality codes, ALDER = every single age, Tid = the K1 of these years. */
  static TableRequest request(TableInfo info, Set<Integer> municipalities, Set<Integer> years) {
    TableRequest request = TableRequest.of(info);
    List<String> areas = MunicipalityCodes.select(request.variable("OMRÅDE"), municipalities, TABLE);
    List<String> ages = request.variable("ALDER").values().stream().map(TableInfo.Value::id).filter(id -> id.matches("\\d+")).toList();
    List<String> periods = quarterOnes(request.variable("Tid")).stream().filter(p -> years.contains(year(p))).toList();
    return request.select("OMRÅDE", areas).select("ALDER", ages).select("Tid", periods);
  }

  /** The years whose first quarter the table has. */
  static List<Integer> years(TableInfo info) {
    return quarterOnes(TableRequest.of(info).variable("Tid")).stream().map(PopulationFromFolk1a::year).toList();
  }

  private static List<String> quarterOnes(TableInfo.Variable time) {
    return time.values().stream().map(TableInfo.Value::id).filter(id -> id.matches("\\d{4}K1")).toList();
  }

  private static int year(String period) {
    return Integer.parseInt(period.substring(0, 4));
  }

  /** Sums the single ages of the answer into one row per municipality and year, ordered by code and year. */
  static List<Row1January> build(Table answer) {
    Map<String, long[]> bands = new TreeMap<>();
    Map<String, String> names = new TreeMap<>();
    for (Row r : answer) {
      double value = r.getDouble("INDHOLD");
      String key = String.format("%04d|%s", r.getInt("kommune_code"), r.getString("TID"));
      if (Double.isNaN(value)) {
        throw new WorkbenchException(TABLE + ": the population of " + r.getString("kommune") + " aged " + r.getString("ALDER")
            + " in " + r.getString("TID") + " is '..' (not available), so no denominator can be made.");
      }
      int age = Integer.parseInt(r.getString("ALDER"));
      bands.computeIfAbsent(key, k -> new long[3])[age <= 17 ? 0 : age <= 64 ? 1 : 2] += Math.round(value);
      names.put(key, r.getString("kommune"));
    }
    return bands.entrySet().stream().map(e -> {
      String[] key = e.getKey().split("\\|");
      long[] b = e.getValue();
      return new Row1January(Integer.parseInt(key[0]), names.get(e.getKey()), year(key[1]), b[0], b[1], b[2], key[1]);
    }).toList();
  }

  /** The rows as {@code population.csv}, in the bundled dataset's columns. */
  static String csv(List<Row1January> rows) {
    StringBuilder out = new StringBuilder("code,municipality,year,age_0_17,age_18_64,age_65_plus,total,total_source,age_source\n");
    for (Row1January r : rows) {
      out.append(r.code()).append(',').append(CsvField.of(r.municipality())).append(',').append(r.year()).append(',')
          .append(r.age0To17()).append(',').append(r.age18To64()).append(',').append(r.age65Plus()).append(',')
          .append(r.total()).append(",FOLK1A ").append(r.period())
          .append(",FOLK1A ").append(r.period()).append(" single ages: all bands official").append('\n');
    }
    return out.toString();
  }
}
