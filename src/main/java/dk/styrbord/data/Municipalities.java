package dk.styrbord.data;

import dk.styrbord.WorkbenchException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * Finds a municipality by code or by name as people write it: any case, with or without æ/ø/å
 * ("Hoersholm", "Horsholm"), old and variant names ("Århus", "Brønderslev-Dronninglund",
 * "Høje Taastrup"), and with "Kommune" or "Regionskommune" after it. A name it does not know
 * gives a one-line error that suggests the nearest ones.
 *
 * <p>Example: {@code municipalities.resolve("Sønderbrog")} fails with {@code Unknown municipality
 * "Sønderbrog". Did you mean Sønderborg?}
 */
public final class Municipalities {
  private static final String[] SUFFIXES = {"regionskommune", "kommune"};

  private final Map<Integer, Municipality> byCode = new LinkedHashMap<>();
  private final Map<String, Integer> byKey = new HashMap<>();
  private final Map<String, Integer> byLooseKey = new HashMap<>();

  private Municipalities(Table municipalities, Table names) {
    for (Row row : municipalities) {
      Municipality m =
          new Municipality(
              row.getInt("code"), row.getString("name"), row.getInt("region_code"),
              row.getString("region"), row.getString("dst_group"), row.getString("comparison_group"));
      byCode.put(m.code(), m);
      index(m.name(), m.code());
    }
    for (Row row : names) {
      index(row.getString("name"), row.getInt("code"));
    }
  }

  /** The registry built from the {@code municipalities} and {@code municipality_names} tables. */
  public static Municipalities of(Table municipalities, Table names) {
    return new Municipalities(municipalities, names);
  }

  /** The registry of the bundled data. */
  public static Municipalities of(Datasets datasets) {
    return of(datasets.table("municipalities"), datasets.table("municipality_names"));
  }

  /** All 98 municipalities in code order. */
  public Collection<Municipality> all() {
    return byCode.values();
  }

  /** The default comparison group of {@code m}: every municipality sharing its comparison group. Example: {@code comparisonGroup(resolve("Lejre"))}. */
  public ComparisonGroup comparisonGroup(Municipality m) {
    return new ComparisonGroup(m.comparisonGroup(),
        byCode.values().stream().filter(x -> x.comparisonGroup().equals(m.comparisonGroup())).toList());
  }

  /** A group the user names, e.g. "your group of 3". Example: {@code group("your group of 2", List.of("Roskilde", "Køge"))}. */
  public ComparisonGroup group(String name, List<String> members) {
    return new ComparisonGroup(name, members.stream().map(this::resolve).distinct().toList());
  }

  /** The municipality with this code, e.g. 350; an unknown code names the valid range. */
  public Municipality resolve(int code) {
    Municipality m = byCode.get(code);
    if (m == null) {
      throw new WorkbenchException(
          "Unknown municipality code " + code + ". Codes are 3 digits from 101 København to 860 Hjørring;"
              + " kommuner() lists them.");
    }
    return m;
  }

  /** The municipality a name or code in text refers to, e.g. "lejre", "Lejre Kommune" or "350". */
  public Municipality resolve(String nameOrCode) {
    String text = nameOrCode == null ? "" : nameOrCode.trim();
    if (text.matches("\\d{1,4}")) {
      return resolve(Integer.parseInt(text));
    }
    Integer code = lookUp(text);
    if (code == null) {
      throw new WorkbenchException(
          "Unknown municipality \"" + text + "\"." + Suggestions.didYouMean(text, names())
              + (Suggestions.closest(text, names(), 1).isEmpty() ? " kommuner() lists all 98." : ""));
    }
    return byCode.get(code);
  }

  /** True when the text names or codes one of the 98 municipalities. */
  public boolean isKnown(String nameOrCode) {
    try {
      resolve(nameOrCode);
      return true;
    } catch (WorkbenchException e) {
      return false;
    }
  }

  private Integer lookUp(String text) {
    String key = withoutSuffix(Suggestions.key(text));
    for (String candidate : List.of(key, key + "s", key.endsWith("s") ? key.substring(0, key.length() - 1) : key)) {
      Integer code = byKey.get(candidate);
      if (code == null) {
        code = byLooseKey.get(Suggestions.looseKey(candidate));
      }
      if (code != null) {
        return code;
      }
    }
    return null;
  }

  private static String withoutSuffix(String key) {
    for (String suffix : SUFFIXES) {
      if (key.endsWith(suffix) && key.length() > suffix.length()) {
        return key.substring(0, key.length() - suffix.length());
      }
    }
    return key;
  }

  private void index(String name, int code) {
    byKey.put(Suggestions.key(name), code);
    byLooseKey.put(Suggestions.looseKey(name), code);
  }

  private List<String> names() {
    List<String> names = new ArrayList<>();
    byCode.values().forEach(m -> names.add(m.name()));
    return names;
  }
}
