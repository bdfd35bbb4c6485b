package dk.styrbord.data.update;

import dk.styrbord.WorkbenchException;
import dk.styrbord.data.imports.TableInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * {@code basic_schooling_share} from HFUDD11 (Befolkningens højest fuldførte uddannelse efter
 * bopælsområde, herkomst, højest fuldførte uddannelse, alder, køn og tid): per municipality and
 * year, 100 × persons aged {@value #FROM_AGE}–{@value #TO_AGE} whose highest education is
 * grundskole ÷ all persons of those ages (uoplyst included in the total), one decimal, as the
 * bundled column is defined. Codes are read from tableinfo by label: the area variable ("område"),
 * the education values labelled "grundskole" and "I alt", the age bands that cover exactly
 * {@value #FROM_AGE}–{@value #TO_AGE}, and "I alt" of every other variable (herkomst, køn).
 *
 * <p>Example: {@code BasicSchoolingFromHfudd11.request(info, codes, 2016)} asks for exactly those rows.
 */
final class BasicSchoolingFromHfudd11 {
  static final String TABLE = "HFUDD11";
  static final int FROM_AGE = 25;
  static final int TO_AGE = 64;
  private static final Pattern BAND = Pattern.compile("(\\d+)-(\\d+) år");

  /** The variables and values chosen from tableinfo. */
  record Choice(TableInfo.Variable area, TableInfo.Variable education, TableInfo.Value basic, TableInfo.Value all,
      TableInfo.Variable age, List<TableInfo.Value> bands, TableInfo.Variable time) {}

  /** What a build made: the share per "code|year", and the municipality-years left out for a '..'. */
  record Built(Map<String, Double> shares, int missing) {}

  private BasicSchoolingFromHfudd11() {}

  static Choice choose(TableInfo info) {
    TableInfo.Variable education = ByLabel.variable(info, "uddannelse");
    TableInfo.Variable age = ByLabel.variable(info, "alder");
    return new Choice(ByLabel.variable(info, "område"), education, ByLabel.value(info, education, "grundskole"),
        ByLabel.total(info, education), age, bands(info, age), ByLabel.time(info));
  }

  /** These municipalities, grundskole and I alt, the age bands of 25–64, I alt of the rest, every year from {@code firstYear}. */
  static TableRequest request(TableInfo info, Set<Integer> municipalities, int firstYear) {
    Choice c = choose(info);
    TableRequest request = TableRequest.of(info);
    for (TableInfo.Variable v : info.variables()) {
      if (v.equals(c.area())) {
        request.select(v.id(), MunicipalityCodes.select(v, municipalities, TABLE));
      } else if (v.equals(c.education())) {
        request.select(v.id(), List.of(c.basic().id(), c.all().id()));
      } else if (v.equals(c.age())) {
        request.select(v.id(), c.bands().stream().map(TableInfo.Value::id).toList());
      } else if (v.equals(c.time())) {
        request.select(v.id(), v.values().stream().map(TableInfo.Value::id).filter(id -> id.matches("\\d{4}"))
            .filter(id -> Integer.parseInt(id) >= firstYear).toList());
      } else {
        request.select(v.id(), List.of(ByLabel.total(info, v).id()));
      }
    }
    return request;
  }

  /** The shares per municipality and year; a '..' in any of its cells leaves that municipality-year out. */
  static Built build(Table answer, TableInfo info) {
    Choice c = choose(info);
    Map<String, double[]> sums = new TreeMap<>(); // code|year → grundskole, all, '..' seen
    for (Row r : answer) {
      String key = Integer.parseInt(r.getString(c.area().id())) + "|" + r.getString("TID");
      double[] s = sums.computeIfAbsent(key, k -> new double[3]);
      double value = r.getDouble("INDHOLD");
      if (Double.isNaN(value)) {
        s[2] = 1;
      } else {
        s[r.getString(c.education().id()).equals(c.basic().id()) ? 0 : 1] += value;
      }
    }
    Map<String, Double> shares = new TreeMap<>();
    int missing = 0;
    for (Map.Entry<String, double[]> e : sums.entrySet()) {
      double[] s = e.getValue();
      if (s[2] > 0 || s[1] == 0) {
        missing++;
      } else {
        shares.put(e.getKey(), Math.round(1000 * s[0] / s[1]) / 10.0);
      }
    }
    return new Built(shares, missing);
  }

  /** The age bands "a-b år" inside 25–64, which must join up to exactly 25–64. */
  private static List<TableInfo.Value> bands(TableInfo info, TableInfo.Variable age) {
    List<TableInfo.Value> bands = new ArrayList<>();
    int next = FROM_AGE;
    for (TableInfo.Value v : age.values()) {
      Matcher m = BAND.matcher(v.text());
      if (m.find() && Integer.parseInt(m.group(1)) == next && Integer.parseInt(m.group(2)) <= TO_AGE) {
        bands.add(v);
        next = Integer.parseInt(m.group(2)) + 1;
      }
    }
    if (next != TO_AGE + 1) {
      throw new WorkbenchException(TABLE + ": " + age.id() + " has no age bands labelled \"a-b år\" that join up to exactly "
          + FROM_AGE + "-" + TO_AGE + " (it has " + age.values().stream().map(TableInfo.Value::text).collect(Collectors.joining(", "))
          + "); StatBank changed the table, so this Styrbord cannot update it.");
    }
    return bands;
  }
}
