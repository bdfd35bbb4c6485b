package dk.styrbord.plot;

import dk.styrbord.analysis.Result;
import dk.styrbord.analysis.ResultInfo;
import dk.styrbord.data.DataStatus;
import dk.styrbord.data.Provenance;
import java.util.LinkedHashSet;
import java.util.Set;
import tech.tablesaw.api.Table;

/**
 * The line under every chart: where the numbers come from and whether they are synthetic. Results
 * computed from the bundled data carry " [includes synthetic data]" or " [synthetic data]" in
 * their table's name; the footer says so, in the chart's language. A result that carries its info
 * (casework, budget) is read from the info instead, and the footer names whose data it is.
 *
 * <p>Example: {@code Footer.of(Language.ENGLISH, Footer.SPENDING, level.name())}.
 */
public final class Footer {

  private static final String INCLUDES_SYNTHETIC = "[includes synthetic data]";
  private static final String SYNTHETIC = "[synthetic data]";

  private Footer() {}

  /** Where spending per inhabitant comes from. */
  public static String spending(Language language) {
    return language.text("Statistics Denmark: REGK31 (net operating spending), FOLK1A (population)",
        "Danmarks Statistik: REGK31 (nettodriftsudgifter), FOLK1A (befolkning)");
  }

  /** Where a column of Styrbord's results comes from: spending for spending columns, else the bundled datasets. */
  public static String source(String column, Language language) {
    return column.contains("per_inhabitant") || column.contains("dkk") || column.equals("actual") || column.equals("expected")
        ? spending(language)
        : language.text("Styrbord's bundled datasets (data/catalog.json)", "Styrbords medfølgende datasæt (data/catalog.json)");
  }

  /** The footer for a chart drawn from tables with these names, from {@code source}. */
  public static String of(Language language, String source, String... tableNames) {
    Set<String> data = new LinkedHashSet<>();
    boolean includesSynthetic = false;
    boolean synthetic = false;
    for (String name : tableNames) {
      includesSynthetic |= name.contains(INCLUDES_SYNTHETIC);
      synthetic |= name.contains(SYNTHETIC);
      data.add(untagged(name));
    }
    return footer(language, source, String.join("; ", data), synthetic, includesSynthetic);
  }

  /**
   * The footer for a chart drawn from one table: for a result, its info says whether the data are
   * synthetic and whose they are ("Sønderborg's own data"); for a plain table, its name is read.
   */
  public static String of(Language language, String source, Table table) {
    if (!(table instanceof Result result)) {
      return of(language, source, table.name());
    }
    Provenance p = result.info().provenance();
    String data = table.name() + (p.owner() == null ? ""
        : language.text(" (" + p.owner().name() + "'s own data)", " (" + p.owner().name() + "s egne data)"));
    return footer(language, source, data, p.status() == DataStatus.SYNTHETIC, p.status() == DataStatus.MIXED);
  }

  private static String footer(Language language, String source, String data, boolean synthetic,
      boolean includesSynthetic) {
    StringBuilder s = new StringBuilder(language.text("Source: ", "Kilde: ")).append(source).append(". ")
        .append(language.text("Data: ", "Data: ")).append(data).append('.');
    if (synthetic) {
      s.append(language.text(" Synthetic data: for training, not for decisions.",
          " Syntetiske data: til undervisning, ikke til beslutninger."));
    } else if (includesSynthetic) {
      s.append(language.text(" Includes synthetic data: for training, not for decisions.",
          " Indeholder syntetiske data: til undervisning, ikke til beslutninger."));
    }
    return s.toString();
  }

  /**
   * The footer of a chart of a result: its sources, its datasets and their status, whose data
   * they are, and the price basis, all read from the result's info.
   */
  public static String of(ResultInfo info, Language language) {
    StringBuilder s = new StringBuilder(language.text("Source: ", "Kilde: "))
        .append(String.join("; ", info.provenance().sources())).append(". ")
        .append(language.text("Data: ", "Data: "))
        .append(language.text(info.provenance().english(), info.provenance().danish())).append('.');
    String basis = language.text(info.priceBasis().english(), info.priceBasis().danish());
    if (!basis.isEmpty()) {
      s.append(language.text(" Prices: ", " Priser: ")).append(basis).append('.');
    }
    if (info.provenance().status() == DataStatus.SYNTHETIC) {
      s.append(language.text(" Synthetic data: for training, not for decisions.",
          " Syntetiske data: til undervisning, ikke til beslutninger."));
    } else if (info.provenance().status() == DataStatus.MIXED) {
      s.append(language.text(" Includes synthetic data: for training, not for decisions.",
          " Indeholder syntetiske data: til undervisning, ikke til beslutninger."));
    }
    return s.toString();
  }

  /** A table's name without its synthetic-data tag. */
  static String untagged(String name) {
    return name.replace(" " + INCLUDES_SYNTHETIC, "").replace(INCLUDES_SYNTHETIC, "")
        .replace(" " + SYNTHETIC, "").replace(SYNTHETIC, "").trim();
  }
}
