package dk.styrbord.data.imports;

import dk.styrbord.WorkbenchException;
import dk.styrbord.data.Catalog;
import dk.styrbord.data.Datasets;
import dk.styrbord.data.Municipalities;
import dk.styrbord.data.Suggestions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import tech.tablesaw.api.Table;

/**
 * A request for one StatBank table, built fluently and checked against the table's
 * {@code tableinfo} before anything is downloaded, so a mistyped variable or value gives one line
 * with the nearest ones. {@link #fetch()} downloads the data (or reads it from the cache) and
 * returns the tidy table {@link StatbankReader} makes.
 *
 * <p>Example: {@code StatBank.table("FOLK1A").select("OMRÅDE", "*").select("Tid", ">=2020K1").fetch()}.
 * Selection syntax is the API's: {@code *} all, {@code *K1} ending in K1, {@code >=2020K1<=2021K4}
 * ranges, {@code (1)} the newest period, {@code (-n+4)} the newest four. Variables left out are
 * summed to their total where the table allows it.
 */
public final class StatBank {
  private final StatBankClient client;
  private final Supplier<Municipalities> municipalities;
  private final String table;
  private final Map<String, List<String>> selections;
  private final String format;
  private final String lang;
  private final String valuePresentation;
  private final boolean refresh;

  private StatBank(StatBankClient client, Supplier<Municipalities> municipalities, String table,
      Map<String, List<String>> selections, String format, String lang, String valuePresentation, boolean refresh) {
    this.client = client;
    this.municipalities = municipalities;
    this.table = table;
    this.selections = selections;
    this.format = format;
    this.lang = lang;
    this.valuePresentation = valuePresentation;
    this.refresh = refresh;
  }

  /** A request for a table of the public API, e.g. {@code StatBank.table("FOLK1A")}. */
  public static StatBank table(String id) {
    return table(StatBankClient.standard(), id, () -> Municipalities.of(Datasets.of(Catalog.bundled())));
  }

  /** A request through a given client (base URL and cache), resolving municipalities with a registry. */
  public static StatBank table(StatBankClient client, String id, Supplier<Municipalities> municipalities) {
    if (id == null || !id.strip().matches("[A-Za-z0-9_]+")) {
      throw new WorkbenchException("\"" + id + "\" is not a StatBank table id. Ids are letters and digits, e.g. FOLK1A or REGK31.");
    }
    return new StatBank(client, municipalities, id.strip().toUpperCase(Locale.ROOT), new LinkedHashMap<>(), "CSV", "da", "Default", false);
  }

  /** Selects values of a variable: codes, or the API's patterns ({@code *}, {@code >=2020K1}, {@code (1)}). */
  public StatBank select(String variable, String... values) {
    if (values.length == 0) {
      throw new WorkbenchException("select(\"" + variable + "\") needs at least one value, e.g. select(\"" + variable + "\", \"*\") for all.");
    }
    Map<String, List<String>> next = new LinkedHashMap<>(selections);
    next.put(variable.strip(), List.copyOf(Arrays.asList(values)));
    return new StatBank(client, municipalities, table, next, format, lang, valuePresentation, refresh);
  }

  /** Asks for the streaming BULK format (no size limit; every variable must be selected). */
  public StatBank bulk() {
    return new StatBank(client, municipalities, table, selections, "BULK", lang, valuePresentation, refresh);
  }

  /** Asks for English labels ({@code lang=en}; decimal point, quarters as 2020Q1). */
  public StatBank english() {
    return new StatBank(client, municipalities, table, selections, format, "en", valuePresentation, refresh);
  }

  /** Asks for codes instead of labels ({@code valuePresentation=Code}), e.g. 101 rather than København. */
  public StatBank codes() {
    return new StatBank(client, municipalities, table, selections, format, lang, "Code", refresh);
  }

  /** Downloads again even when the answer is cached. */
  public StatBank refresh() {
    return new StatBank(client, municipalities, table, selections, format, lang, valuePresentation, true);
  }

  /** The table's variables and values (cached after the first call). */
  public TableInfo info() {
    return client.tableInfo(table, lang, refresh);
  }

  /** Checks the selections, downloads the data (or reads the cache) and reads it into a tidy table. */
  public Table fetch() {
    TableInfo info = info();
    Map<String, List<String>> checked = check(info);
    Path file = client.data(table, format, lang, valuePresentation, checked, refresh);
    Table t = StatbankReader.of(municipalities.get()).read(file);
    t.setName(table + " · StatBank API, " + lastModified(file) + " · " + t.name().replaceFirst("^[^·]*·?\\s*", ""));
    return t;
  }

  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    selections.forEach((k, v) -> parts.add(k + "=" + String.join(",", v)));
    return "StatBank " + table + " " + (parts.isEmpty() ? "(no selections: newest period, totals)" : String.join("; ", parts))
        + " [" + format + ", lang=" + lang + ", " + valuePresentation + "]  → .fetch() downloads (or reads the cache), .info() lists the variables";
  }

  private Map<String, List<String>> check(TableInfo info) {
    Map<String, List<String>> checked = new LinkedHashMap<>();
    List<String> ids = info.variables().stream().map(TableInfo.Variable::id).toList();
    for (Map.Entry<String, List<String>> s : selections.entrySet()) {
      TableInfo.Variable v = info.variables().stream().filter(x -> x.id().equalsIgnoreCase(s.getKey())).findFirst()
          .orElseThrow(() -> new WorkbenchException(table + " has no variable " + s.getKey() + "."
              + Suggestions.didYouMean(s.getKey(), ids) + " Its variables: " + String.join(", ", ids) + "."));
      for (String value : s.getValue()) {
        checkValue(v, value);
      }
      checked.put(v.id(), s.getValue());
    }
    for (TableInfo.Variable v : info.variables()) {
      boolean selected = checked.containsKey(v.id());
      if (!selected && (format.equals("BULK") || !v.elimination() && !v.time())) {
        throw new WorkbenchException(table + ": " + v.id() + " must be selected"
            + (format.equals("BULK") ? " (BULK sums nothing)" : " (it cannot be left out)")
            + ". Add .select(\"" + v.id() + "\", \"" + (v.values().isEmpty() ? "*" : v.values().get(0).id()) + "\") or \"*\" for all.");
      }
    }
    return checked;
  }

  private void checkValue(TableInfo.Variable v, String value) {
    if (value.matches(".*[*<>=()].*") || value.toLowerCase(Locale.ROOT).matches("(sum|subtract|multiply|divide)\\(.*")) {
      return;
    }
    for (TableInfo.Value x : v.values()) {
      if (x.id().equalsIgnoreCase(value)) {
        return;
      }
    }
    List<String> candidates = new ArrayList<>();
    v.values().forEach(x -> {
      candidates.add(x.id());
      candidates.add(x.text());
    });
    String near = Suggestions.didYouMean(value, candidates);
    String byText = v.values().stream().filter(x -> x.text().equalsIgnoreCase(value)).map(x -> " Its code is " + x.id() + ".").findFirst().orElse("");
    throw new WorkbenchException(table + "'s " + v.id() + " has no value " + value + "." + (byText.isEmpty() ? near : byText)
        + " StatBank.table(\"" + table + "\").info() lists the values.");
  }

  private static String lastModified(Path file) {
    try {
      return Files.getLastModifiedTime(file).toInstant().toString().substring(0, 16).replace('T', ' ') + " UTC";
    } catch (java.io.IOException e) {
      return "cached";
    }
  }
}
