package dk.styrbord.repl;

import dk.styrbord.data.DatasetEntry;
import java.util.List;

/**
 * The JShell start-up the prompt runs before the first input: the imports, one variable per
 * dataset, and the banner.
 */
final class StartupScript {
  private StartupScript() {}

  /**
   * The imports of the jshell tool's own start-up DEFAULT on JDK 17, which the prompt runs first.
   * The JShell API has none, so a notebook run adds them itself.
   */
  private static final String JSHELL_DEFAULT = """
      import java.io.*;
      import java.math.*;
      import java.net.*;
      import java.nio.file.*;
      import java.util.*;
      import java.util.concurrent.*;
      import java.util.function.*;
      import java.util.prefs.*;
      import java.util.regex.*;
      import java.util.stream.*;
      """;

  /** The start-up text for these datasets (the ones that passed their checks). */
  static String forDatasets(List<DatasetEntry> datasets) {
    return importsAndDatasets(datasets) + "dk.styrbord.repl.Banner.print();\n";
  }

  /**
   * The start-up of a notebook run ({@code ./workbench run}): what the prompt has in scope (DEFAULT
   * and ours), without the banner.
   */
  static String forNotebook(List<DatasetEntry> datasets) {
    return JSHELL_DEFAULT + importsAndDatasets(datasets);
  }

  private static String importsAndDatasets(List<DatasetEntry> datasets) {
    StringBuilder s = new StringBuilder();
    s.append("import tech.tablesaw.api.*;\n")
        .append("import tech.tablesaw.columns.numbers.*;\n")
        .append("import static tech.tablesaw.aggregate.AggregateFunctions.*;\n")
        .append("import static tech.tablesaw.api.QuerySupport.*;\n")
        .append("import dk.styrbord.data.Municipality;\n")
        .append("import dk.styrbord.analysis.*;\n")
        .append("import dk.styrbord.analysis.stats.*;\n")
        .append("import dk.styrbord.analysis.budget.*;\n")
        .append("import static dk.styrbord.repl.Prompt.*;\n")
        .append("import static dk.styrbord.repl.AnalysisPrompt.*;\n")
        .append("import static dk.styrbord.repl.CaseworkPrompt.*;\n")
        .append("import dk.styrbord.plot.Chart;\n")
        .append("import static dk.styrbord.repl.PlotPrompt.*;\n")
        .append("import static dk.styrbord.repl.ImportPrompt.*;\n")
        .append("import static dk.styrbord.repl.ExportPrompt.*;\n");
    for (DatasetEntry e : datasets) {
      s.append("Table ").append(variableName(e.name())).append(" = dataset(\"").append(e.name()).append("\");\n");
    }
    return s.toString();
  }

  /** The variable a dataset is bound to: its name in lower camel case, e.g. {@code priceIndex}. */
  static String variableName(String dataset) {
    StringBuilder name = new StringBuilder();
    boolean upper = false;
    for (char c : dataset.toCharArray()) {
      if (c == '_' || c == '-') {
        upper = true;
      } else {
        name.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return name.toString();
  }
}
