package dk.styrbord.repl;

import dk.styrbord.WorkbenchException;
import dk.styrbord.analysis.Describe;
import dk.styrbord.data.DatasetEntry;
import dk.styrbord.data.Municipality;
import java.nio.file.Path;
import java.util.List;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The helpers in scope at the prompt ({@code import static dk.styrbord.repl.Prompt.*}): thin
 * fronts over the tested classes in {@code data} and {@code analysis}. {@code help()} lists them.
 */
public final class Prompt {
  private static final String START = "Start here / Kom i gang";
  private static final String PLACES = "Municipalities / Kommuner";
  private static final String EXPLORE = "Explore a table / Udforsk en tabel";
  private static final String SESSION = "Session / Sessionen";

  /** The helpers of this class, for {@code help()}. */
  static final List<HelpEntry> HELP =
      List.of(
          new HelpEntry("help", START, "help()  ·  help(String name)",
              "Lists the helpers by task; help(\"name\") explains one with an example.",
              "Viser hjælpefunktionerne efter opgave; help(\"navn\") forklarer én med et eksempel.",
              "help(\"kommune\")"),
          new HelpEntry("datasets", START, "datasets()",
              "The bundled datasets: name, title, rows, years, whether official or synthetic, source.",
              "De medfølgende datasæt: navn, titel, rækker, år, om de er officielle eller syntetiske, kilde.",
              "datasets()"),
          new HelpEntry("about", START, "about(String dataset)",
              "One dataset's columns, each with its unit and whether it is OFFICIAL or SYNTHETIC.",
              "Et datasæts kolonner med enhed, og om de er officielle (OFFICIAL) eller syntetiske (SYNTHETIC).",
              "about(\"population\")"),
          new HelpEntry("dataset", START, "dataset(String name)",
              "A fresh copy of a bundled dataset, e.g. after you changed the variable of the same name.",
              "En frisk kopi af et medfølgende datasæt, fx hvis du har ændret variablen af samme navn.",
              "Table pop = dataset(\"population\")"),
          new HelpEntry("kommune", PLACES, "kommune(String nameOrCode)  ·  kommune(int code)",
              "Finds a municipality by name (any case, æøå or ASCII, old names) or code; suggests the nearest on a typo.",
              "Finder en kommune ud fra navn (store/små bogstaver, æøå eller ASCII, gamle navne) eller kode; foreslår ved stavefejl.",
              "kommune(\"Hoersholm\")"),
          new HelpEntry("kommuner", PLACES, "kommuner()",
              "All 98 municipalities with code, region, DST municipality group and comparison group.",
              "Alle 98 kommuner med kode, region, DST-kommunegruppe og sammenligningsgruppe.",
              "kommuner().where(kommuner().stringColumn(\"region\").isEqualTo(\"Region Sjælland\"))"),
          new HelpEntry("describe", EXPLORE, "describe(Table table)",
              "Summarises every column, like pandas' describe(): count, missing, mean, spread and quartiles, or the most common text.",
              "Opsummerer hver kolonne som pandas' describe(): antal, manglende, gennemsnit, spredning og kvartiler, eller hyppigste tekst.",
              "describe(population)"),
          new HelpEntry("saveSession", SESSION, "saveSession(String path)  ·  saveSession(path, boolean overwrite)",
              "Saves the code that ran to completion in this session, in the order it ran, to a script; /open it in a new session to make your variables and tables again."
                  + " What failed or was stopped (Ctrl-C) is left out, and a declaration you replaced stays where later code used it, so the values come back as they were."
                  + " An existing file is kept unless overwrite is true.",
              "Gemmer den kode, der kørte færdig i sessionen, i den rækkefølge den kørte, som et script; /open det i en ny session for at genskabe dine variabler og tabeller."
                  + " Det, der fejlede eller blev afbrudt (Ctrl-C), udelades, og en erklæring, du har erstattet, bliver stående, hvor senere kode brugte den, så værdierne bliver som før."
                  + " En eksisterende fil bevares, medmindre overwrite er true.",
              "saveSession(\"sessions/today.jsh\", true)"),
          new HelpEntry("vars", SESSION, "vars()",
              "Your variables, one line each: name, type, and a table's rows × columns and first columns, a result's title or a short value."
                  + " Type a variable on its own to see it whole; /vars shows the same lines.",
              "Dine variabler, én linje hver: navn, type og for en tabel rækker × kolonner og de første kolonner, for et resultat dets titel, ellers en kort værdi."
                  + " Skriv en variabel alene for at se den hel; /vars viser de samme linjer.",
              "vars()"),
          new HelpEntry("lastError", SESSION, "lastError()",
              "Prints the full stack trace of the last error, for when the one-line message is not enough.",
              "Udskriver hele staksporet for den seneste fejl, når beskeden på én linje ikke er nok.",
              "lastError()"));

  private Prompt() {}

  /** Prints the helpers by task. Example: {@code help()}. */
  public static void help() {
    System.out.print(Help.overview());
  }

  /** Explains one helper with an example. Example: {@code help("kommune")}. */
  public static void help(String name) {
    System.out.print(Help.about(name));
  }

  /** The catalog of bundled datasets. Example: {@code datasets()}. */
  public static Table datasets() {
    Table out =
        Table.create("datasets()  ·  about(\"name\") gives the Danish title, source and columns",
            StringColumn.create("dataset"), StringColumn.create("variable"), IntColumn.create("rows"),
            StringColumn.create("years"), StringColumn.create("status"), StringColumn.create("title"));
    for (DatasetEntry e : Session.current().datasets().catalog().entries()) {
      out.stringColumn("dataset").append(e.name());
      out.stringColumn("variable").append(StartupScript.variableName(e.name()));
      out.intColumn("rows").append(Session.current().datasets().table(e.name()).rowCount());
      out.stringColumn("years").append(e.years());
      out.stringColumn("status").append(e.status());
      out.stringColumn("title").append(e.titleEn());
    }
    return out;
  }

  /**
   * One dataset's card: Danish and English title, unit, years, source, licence, and each column
   * with its provenance. Example: {@code about("population")}.
   */
  public static DatasetCard about(String dataset) {
    return DatasetCard.of(Session.current().datasets().catalog().entry(dataset));
  }

  /** A fresh copy of a bundled dataset. Example: {@code Table pop = dataset("population")}. */
  public static Table dataset(String name) {
    Session session = Session.current();
    return session.copyOf(session.datasets().catalog().entry(name));
  }

  /** The municipality a name or code refers to. Example: {@code kommune("lejre")}. */
  public static Municipality kommune(String nameOrCode) {
    return Session.current().municipalities().resolve(nameOrCode);
  }

  /** The municipality with this code. Example: {@code kommune(350)}. */
  public static Municipality kommune(int code) {
    return Session.current().municipalities().resolve(code);
  }

  /** All 98 municipalities. Example: {@code kommuner()}. */
  public static Table kommuner() {
    return dataset("municipalities");
  }

  /** Summarises every column of a table. Example: {@code describe(population)}. */
  public static Table describe(Table table) {
    if (table == null) {
      throw new WorkbenchException("describe(null): give it a table, e.g. describe(population).");
    }
    return Describe.of(table);
  }

  /**
   * Saves the code that ran to completion in this session, in order, to a script that {@code /open}
   * replays (the rule is in {@link SessionCode}). Example: {@code saveSession("sessions/today.jsh")}.
   */
  public static void saveSession(String path) {
    saveSession(path, false);
  }

  /** Saves this session's code, replacing the file if {@code overwrite}. Example: {@code saveSession("today.jsh", true)}. */
  public static void saveSession(String path, boolean overwrite) {
    Path file = Path.of(System.getProperty("styrbord.workdir", "")).toAbsolutePath().resolve(path);
    int count = SessionCode.save(file, overwrite);
    System.out.println("Saved " + count + " snippets to " + file + "; /open " + path + " in a new session runs them again.");
  }

  /** Your variables, one line each (see {@link VariableOverview}). Example: {@code vars()}. */
  public static Table vars() {
    return VariableOverview.of(WorkbenchExecutionControl.runningSession());
  }

  /** Prints the full stack trace of the last error. Example: {@code lastError()}. */
  public static void lastError() {
    System.out.print(LastError.trace());
  }
}
