package dk.styrbord.repl;

import dk.styrbord.data.DatasetEntry;
import dk.styrbord.data.Datasets;
import tech.tablesaw.api.Table;

/** The few lines the prompt opens with: what is loaded, what is synthetic, how to get help. */
public final class Banner {
  private Banner() {}

  /** Prints the banner of the current session (a spare prompt first waits to be taken over); it ends the start-up script. */
  public static void print() {
    SpareSession.awaitClaim();
    SessionCode.startupDone();
    System.out.print(text(Session.current()));
  }

  static String text(Session session) {
    Datasets datasets = session.datasets();
    StringBuilder s = new StringBuilder();
    s.append("Styrbord · datainformeret styring af det specialiserede socialområde · data-driven steering\n");
    s.append("Datasets (variables)         rows   years      status     title\n");
    for (DatasetEntry e : datasets.catalog().entries()) {
      if (session.failed(e)) {
        continue;
      }
      Table t = datasets.table(e.name());
      s.append(String.format("  %-24s %7d   %-10s %-10s %s%n",
          StartupScript.variableName(e.name()), t.rowCount(), e.years(), e.status().toLowerCase(), e.titleEn()));
    }
    for (String problem : session.problems()) {
      s.append("  NOT LOADED: ").append(problem).append('\n');
    }
    s.append("Synthetic and mixed datasets are made for training, not official statistics: about(\"name\") tells column by column.\n");
    s.append("help() lists the helpers · help(\"kommune\") explains one · /help is JShell's help · /exit quits\n");
    return s.toString();
  }
}
