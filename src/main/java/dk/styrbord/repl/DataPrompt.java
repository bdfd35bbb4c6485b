package dk.styrbord.repl;

import dk.styrbord.WorkbenchException;
import dk.styrbord.data.Catalog;
import dk.styrbord.data.update.DataUpdate;
import java.util.List;

/**
 * The prompt's helpers for which data the workbench reads: the official update from StatBank
 * (a thin front over {@link DataUpdate}), the data folder in use, and the way back to the bundled data.
 */
public final class DataPrompt {
  private static final String DATA = "Data in use / Data i brug";

  /** The helpers of this class, for {@code help()}. */
  static final List<HelpEntry> HELP =
      List.of(
          new HelpEntry("updateData", DATA, "updateData()",
              "Fetches the official tables from the StatBank API: REGK31 (spending on 5.28 and 5.38, net operating, current prices), FOLK1A (population on 1 January → 0-17, 18-64, 65+), HAND07 (adults' recipients per measure), ANBAAR9 (placed children 0-17), NGLK (the price index for fixed prices) and HFUDD11 (basic-schooling share); writes them as a new dated, checksummed data layer in ~/.styrbord/data and switches to it, the dataset variables (spending, population, …) included, only when every table arrived; a failure keeps the previous data. Same as ./workbench update. The example only shows the folder in use.",
              "Henter de officielle tabeller fra Statistikbankens API: REGK31 (udgifter på 5.28 og 5.38, nettodrift, løbende priser), FOLK1A (befolkningen 1. januar → 0-17, 18-64, 65+), HAND07 (modtagere på voksenområdet pr. ydelse), ANBAAR9 (anbragte børn 0-17), NGLK (prisindekset til faste priser) og HFUDD11 (andelen med grundskole som højeste uddannelse); gemmer dem som et nyt dateret datalag med kontrolsummer i ~/.styrbord/data og skifter kun til det, også datasætvariablerne (spending, population, …), når alle tabeller er hentet; en fejl bevarer de forrige data. Det samme som ./workbench update. Eksemplet viser kun den mappe, der bruges.",
              "dataFolder()"),
          new HelpEntry("dataFolder", DATA, "dataFolder()",
              "The folder the session's datasets come from: a data layer made by updateData(), or the bundled data/.",
              "Den mappe, sessionens datasæt kommer fra: et datalag lavet af updateData() eller de medfølgende data/.",
              "dataFolder()"),
          new HelpEntry("useBundledData", DATA, "useBundledData()",
              "Goes back to the bundled data/ for the rest of this session, dataset variables included (the data layer stays on disk); start with STYRBORD_DATA=bundled ./workbench to do so from the start.",
              "Går tilbage til de medfølgende data/ resten af sessionen, også datasætvariablerne (datalaget bliver på disken); start med STYRBORD_DATA=bundled ./workbench for at gøre det fra starten.",
              "useBundledData()"));

  private DataPrompt() {}

  /**
   * Fetches the official tables, switches the session to the new data layer and returns its
   * folder; a failure is one line and keeps the previous data. Example: {@code updateData()}.
   */
  public static String updateData() {
    String folder = DataUpdate.standard().run(System.out).toString();
    switchTo(Main.openSession(Catalog.current()));
    return folder;
  }

  /** The folder the session's datasets are read from. Example: {@code dataFolder()}. */
  public static String dataFolder() {
    return Session.current().datasets().catalog().directory().toString();
  }

  /** Uses the bundled {@code data/} for the rest of the session and returns its folder. Example: {@code useBundledData()}. */
  public static String useBundledData() {
    Catalog bundled = Catalog.bundled();
    Session session = bundled.directory().equals(Session.current().datasets().catalog().directory())
        ? Session.current() : Main.openSession(bundled);
    if (!session.problems().isEmpty()) {
      throw new WorkbenchException(session.problems().get(0));
    }
    switchTo(session);
    return bundled.directory().toString();
  }

  /** Makes {@code session} current and binds the dataset variables to fresh copies of its datasets. */
  private static void switchTo(Session session) {
    Session.start(session);
    DatasetVariables.bind();
    System.out.println("The helpers and the dataset variables (spending, population, …) now use the data in "
        + session.datasets().catalog().directory() + "; a variable you declared yourself keeps its value.");
  }
}
