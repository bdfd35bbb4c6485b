package dk.styrbord.repl;

import dk.styrbord.WorkbenchException;
import dk.styrbord.data.Suggestions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The helpers the prompt offers, grouped by task, with a runnable example each: the text behind
 * {@code help()} and {@code help("name")}.
 */
public final class Help {
  private static final String START = "Start here / Kom i gang";
  private static final String PLACES = "Municipalities / Kommuner";
  private static final String EXPLORE = "Explore a table / Udforsk en tabel";
  private static final String SESSION = "Session / Sessionen";

  private static final List<HelpEntry> ENTRIES =
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
          new HelpEntry("lastError", SESSION, "lastError()",
              "Prints the full stack trace of the last error, for when the one-line message is not enough.",
              "Udskriver hele staksporet for den seneste fejl, når beskeden på én linje ikke er nok.",
              "lastError()"));

  private Help() {}

  /** Every helper, in the order {@code help()} shows them. */
  public static List<HelpEntry> entries() {
    return ENTRIES;
  }

  /** The overview {@code help()} prints: helpers grouped by task. */
  public static String overview() {
    Map<String, StringBuilder> byTask = new LinkedHashMap<>();
    for (HelpEntry e : ENTRIES) {
      byTask.computeIfAbsent(e.task(), t -> new StringBuilder())
          .append(String.format("  %-34s %s%n", e.signature().split("  ·  ")[0], e.english()));
    }
    StringBuilder text = new StringBuilder("Styrbord helpers (help(\"name\") explains one):\n");
    byTask.forEach((task, lines) -> text.append('\n').append(task).append('\n').append(lines));
    text.append("\nThe datasets are variables already: type a name, e.g. population, or /vars to list them.")
        .append("\nJShell's own commands: /help, /vars, /methods, /open FILE, /history, /exit.\n");
    return text.toString();
  }

  /** What {@code help("name")} prints; an unknown name lists the nearest helpers. */
  public static String about(String name) {
    HelpEntry e = entry(name);
    return e.signature() + "\n  " + e.english() + "\n  " + e.danish() + "\nExample / eksempel:\n  " + e.example() + "\n";
  }

  /** The entry for a helper name. */
  public static HelpEntry entry(String name) {
    for (HelpEntry e : ENTRIES) {
      if (e.name().equalsIgnoreCase(name.trim())) {
        return e;
      }
    }
    List<String> names = ENTRIES.stream().map(HelpEntry::name).toList();
    throw new WorkbenchException(
        "No helper called \"" + name + "\"." + Suggestions.didYouMean(name, names)
            + " help() lists them all.");
  }
}
