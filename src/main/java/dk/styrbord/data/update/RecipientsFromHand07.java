package dk.styrbord.data.update;

import dk.styrbord.WorkbenchException;
import dk.styrbord.data.imports.TableInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * The adult rows of the recipients dataset from HAND07 (Modtagere af handicapydelser: whole
 * persons, unique in the quarter, per municipality and YDELSESTYPE): §108 = 30181, §107 = 30182,
 * §85 = 31202 (støtte in the person's own home, paid from 5.38.38; 31201, § 85 in botilbudslignende
 * tilbud, is a different measure and not counted), §103 = 30014, §104 = 30011. A year's figure is
 * the mean of its four quarters, rounded to whole persons; only years with all four quarters are
 * used. HAND covers no children, so the children's rows (placements, preventive measures) are the
 * bundled synthetic ones, unchanged.
 *
 * <p>Example: {@code RecipientsFromHand07.request(info, codes)} asks for exactly those rows.
 */
final class RecipientsFromHand07 {
  static final String TABLE = "HAND07";

  /** A measure of the bundled layout and the YDELSESTYPE code it is counted from. */
  record Measure(String code, String name, String function, String ydelsestype) {}

  static final List<Measure> MEASURES = List.of(
      new Measure("§108", "Længerevarende botilbud", "5.38.50", "30181"),
      new Measure("§107", "Midlertidigt botilbud", "5.38.52", "30182"),
      new Measure("§85", "Socialpædagogisk støtte i eget hjem", "5.38.38", "31202"),
      new Measure("§103", "Beskyttet beskæftigelse", "5.38.58", "30014"),
      new Measure("§104", "Aktivitets- og samværstilbud", "5.38.59", "30011"));

  /** What a build made: the CSV text, the years of the adults' rows and the quarters HAND07 had as '..' (those rows left out). */
  record Built(String csv, Set<Integer> years, int missing) {}

  private RecipientsFromHand07() {}

  /** OMRÅDE = these municipalities, YDELSESTYPE = the five measures' codes, Tid = every quarter of the complete years from {@code firstYear}. */
  static TableRequest request(TableInfo info, Set<Integer> municipalities, int firstYear) {
    TableRequest request = TableRequest.of(info);
    List<String> areas = MunicipalityCodes.select(request.variable("OMRÅDE"), municipalities, TABLE);
    List<String> types = MEASURES.stream().map(m -> {
      String label = request.value("YDELSESTYPE", m.ydelsestype()).text();
      String paragraph = "(§ " + m.code().substring(1) + ")";
      if (!label.contains(paragraph)) {
        throw new WorkbenchException(TABLE + ": YDELSESTYPE " + m.ydelsestype() + " is now \"" + label + "\", not " + paragraph
            + "; StatBank changed the table, so this Styrbord cannot update it.");
      }
      return m.ydelsestype();
    }).toList();
    Map<Integer, List<String>> quarters = new TreeMap<>();
    request.variable("Tid").values().stream().map(TableInfo.Value::id).filter(id -> id.matches("\\d{4}K[1-4]"))
        .forEach(id -> quarters.computeIfAbsent(Integer.parseInt(id.substring(0, 4)), y -> new ArrayList<>()).add(id));
    List<String> periods = quarters.entrySet().stream().filter(e -> e.getKey() >= firstYear && e.getValue().size() == 4)
        .flatMap(e -> e.getValue().stream().sorted()).toList();
    return request.select("OMRÅDE", areas).select("YDELSESTYPE", types).select("Tid", periods);
  }

  /**
   * {@code recipients.csv}: the adults' rows from the answer (mean of four quarters, a quarter given
   * as '..' leaves that municipality's measure and year out) and the bundled children's rows as they
   * are, ordered by code, year and the bundled order of measures.
   */
  static Built build(Table answer, String bundledCsv) {
    Map<String, Measure> byType = MEASURES.stream().collect(Collectors.toMap(Measure::ydelsestype, m -> m));
    Map<String, double[]> sums = new TreeMap<>(); // code|year|type → sum, quarters, '..' seen
    Map<Integer, String> names = new TreeMap<>();
    for (Row r : answer) {
      int code = r.getInt("kommune_code");
      String key = code + "|" + r.getString("TID").substring(0, 4) + "|" + r.getString("YDELSESTYPE");
      double[] s = sums.computeIfAbsent(key, k -> new double[3]);
      double value = r.getDouble("INDHOLD");
      if (Double.isNaN(value)) {
        s[2] = 1;
      } else {
        s[0] += value;
        s[1]++;
      }
      names.put(code, r.getString("kommune"));
    }
    RecipientRows rows = RecipientRows.of(bundledCsv);
    rows.retain(r -> r.length == 8 && r[5].equals("children"));
    Set<Integer> years = new java.util.TreeSet<>();
    int missing = 0;
    for (Map.Entry<String, double[]> e : sums.entrySet()) {
      String[] key = e.getKey().split("\\|");
      double[] s = e.getValue();
      if (s[2] > 0 || s[1] != 4) {
        missing++;
        continue;
      }
      Measure m = byType.get(key[2]);
      years.add(Integer.parseInt(key[1]));
      rows.add(new String[] {key[0], CsvField.of(names.get(Integer.parseInt(key[0]))), key[1], m.code(), m.name(), "adults", m.function(),
          String.valueOf(Math.round(s[0] / 4))});
    }
    return new Built(rows.csv(), years, missing);
  }

  /** The measures and codes, for the catalog: "§108 = 30181, …". */
  static String codes() {
    return MEASURES.stream().map(m -> m.code() + " = " + m.ydelsestype()).collect(Collectors.joining(", "));
  }
}
