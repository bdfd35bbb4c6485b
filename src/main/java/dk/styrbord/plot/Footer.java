package dk.styrbord.plot;

import dk.styrbord.analysis.Result;
import dk.styrbord.analysis.ResultInfo;
import dk.styrbord.data.DataStatus;
import tech.tablesaw.api.Table;

/**
 * The line under every chart: where the numbers come from, whether they are synthetic, whose data
 * they are and their price basis, all read from the result's {@link ResultInfo}. A plain table the
 * user brought has no info; its footer names the table and leaves the source to the user.
 *
 * <p>Example: {@code Footer.of(level("5.38", 2024).info(), Language.ENGLISH)}.
 */
public final class Footer {

  private Footer() {}

  /**
   * The footer of a chart of a result: its sources, its datasets and their status, whose data
   * they are, and the price basis.
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

  /** The footer of a chart of any table: its result's info when it is one, else "Data: your table «name»". */
  public static String of(Table table, Language language) {
    if (table instanceof Result r) {
      return of(r.info(), language);
    }
    return yours(table.name(), language);
  }

  /** "Data: your table «name»; its source is yours to state.": for data the workbench cannot vouch for. */
  public static String yours(String name, Language language) {
    return language.text("Data: your table «" + name + "»; its source is yours to state.",
        "Data: din tabel «" + name + "»; kilden er din at angive.");
  }

  /** "Data: «name»; its source is not recorded with it.": for a result that does not carry its info. */
  public static String unrecorded(String name, Language language) {
    return language.text("Data: «" + name + "»; its source is not recorded with it.",
        "Data: «" + name + "»; kilden er ikke gemt med den.");
  }

  /** The table's info, or null for a plain table: what a builder reads its unit and title from. */
  static ResultInfo infoOf(Table table) {
    return table instanceof Result r ? r.info() : null;
  }
}
