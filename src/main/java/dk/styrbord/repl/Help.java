package dk.styrbord.repl;

import dk.styrbord.WorkbenchException;
import dk.styrbord.data.Suggestions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The helpers the prompt offers, grouped by task, with a runnable example each: the text behind
 * {@code help()} and {@code help("name")}. Each front class (such as {@link Prompt}) lists its own
 * helpers in a {@code HELP} constant.
 */
public final class Help {
  /** Every front class the prompt imports, in the order {@code help()} shows their helpers. */
  private static final List<List<HelpEntry>> FRONTS =
      List.of(Prompt.HELP, AnalysisPrompt.HELP, CaseworkPrompt.HELP, PlotPrompt.HELP, ImportPrompt.HELP,
          OwnDataPrompt.HELP, ExportPrompt.HELP, DataPrompt.HELP, NotebookPrompt.HELP, TableVerbs.HELP);

  private Help() {}

  /** Every helper, in the order {@code help()} shows them. */
  public static List<HelpEntry> entries() {
    return FRONTS.stream().flatMap(List::stream).toList();
  }

  /** The overview {@code help()} prints: helpers grouped by task. */
  public static String overview() {
    Map<String, StringBuilder> byTask = new LinkedHashMap<>();
    for (HelpEntry e : entries()) {
      byTask.computeIfAbsent(e.task(), t -> new StringBuilder()).append(line(e));
    }
    StringBuilder text = new StringBuilder("Styrbord helpers (help(\"name\") explains one, with an example):\n");
    byTask.forEach((task, lines) -> text.append('\n').append(task).append('\n').append(lines));
    text.append("\nEvery result says what its numbers are: result.info() gives the unit, the price basis (current or fixed prices),"
            + "\nthe comparison group and the source (official, includes synthetic data, synthetic; whose local data);"
            + "\nchart(result), exportXlsx(result, \"file.xlsx\") and notebook reports carry it.")
        .append("\nThe datasets are names already: type one, e.g. population; datasets() lists them."
            + "\nvars() and /vars list your own variables in a line each; type one on its own to see it whole.")
        .append("\nJShell's own commands: /help, /vars, /methods, /open FILE, /history, /exit.\n");
    return text.toString();
  }

  /** One helper in the overview: its first signature, then the description wrapped at 100 columns. */
  private static String line(HelpEntry e) {
    String signature = e.signature().split("  ·  ")[0];
    StringBuilder out = new StringBuilder("  ").append(signature);
    String indent = "\n      ";
    int column = 100;
    StringBuilder current = new StringBuilder();
    out.append(indent);
    for (String word : e.english().split(" ")) {
      if (current.length() + word.length() + 1 > column - 6) {
        out.append(current.toString().trim()).append(indent);
        current.setLength(0);
      }
      current.append(word).append(' ');
    }
    return out.append(current.toString().trim()).append('\n').toString();
  }

  /** What {@code help("name")} prints; an unknown name lists the nearest helpers. */
  public static String about(String name) {
    HelpEntry e = entry(name);
    return e.signature() + "\n  " + e.english() + "\n  " + e.danish() + "\nExample / eksempel:\n  " + e.example() + "\n";
  }

  /** The entry for a helper name. */
  public static HelpEntry entry(String name) {
    for (HelpEntry e : entries()) {
      if (e.name().equalsIgnoreCase(name.trim())) {
        return e;
      }
    }
    List<String> names = entries().stream().map(HelpEntry::name).toList();
    throw new WorkbenchException(
        "No helper called \"" + name + "\"." + Suggestions.didYouMean(name, names)
            + " help() lists them all.");
  }
}
