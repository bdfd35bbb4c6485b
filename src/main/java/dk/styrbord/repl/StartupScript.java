package dk.styrbord.repl;

/**
 * The JShell start-up the prompt runs before the first input: the imports, the datasets as names
 * ({@link DatasetVariables}), and the banner. It does not depend on the data, so the prompt's
 * JShell starts while the data are still being checked and read in the background.
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

  /**
   * The prompt's start-up: the imports, then the datasets bound and the banner as one block, which
   * JShell compiles once where two statements were two compiles. (The imports cannot be joined so:
   * the jshell tool splits a line of imports into one snippet each.)
   */
  static String forPrompt() {
    return IMPORTS + "{ " + BIND.strip() + " dk.styrbord.repl.Banner.print(); }\n";
  }

  /**
   * The start-up of a notebook run ({@code ./workbench run}): what the prompt has in scope (DEFAULT
   * and ours), without the banner.
   */
  static String forNotebook() {
    return JSHELL_DEFAULT + IMPORTS + BIND;
  }

  private static final String BIND = "dk.styrbord.repl.DatasetVariables.bind();\n";

  private static final String IMPORTS = imports();

  private static String imports() {
    StringBuilder s = new StringBuilder();
    s.append("import tech.tablesaw.api.*;\n")
        .append("import tech.tablesaw.columns.numbers.*;\n")
        .append("import static tech.tablesaw.aggregate.AggregateFunctions.*;\n")
        .append("import static tech.tablesaw.api.QuerySupport.*;\n")
        // Tablesaw's plotting as its documentation imports it, with a Plot.show that draws offline
        .append("import tech.tablesaw.plotly.api.*;\n")
        .append("import tech.tablesaw.plotly.components.*;\n")
        .append("import tech.tablesaw.plotly.traces.*;\n")
        .append("import dk.styrbord.repl.Plot;\n")
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
        .append("import static dk.styrbord.repl.OwnDataPrompt.*;\n")
        .append("import static dk.styrbord.repl.ExportPrompt.*;\n")
        .append("import static dk.styrbord.repl.NotebookPrompt.*;\n")
        .append("import static dk.styrbord.repl.DataPrompt.*;\n")
        .append("import static dk.styrbord.repl.DatasetVariables.*;\n");
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
