package dk.styrbord.notebook;

import dk.styrbord.WorkbenchException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The arguments after {@code ./workbench run}: one or more notebooks, {@code --param name=value}
 * (for every notebook that declares the name), and where the reports go: {@code --out FILE} for a
 * single notebook, or {@code --out-dir DIR} instead of {@code reports/}.
 *
 * <p>Example: {@code RunArguments.parse(List.of("notebooks/lejre.jsh", "--param", "kommune=Morsø"))}.
 *
 * @param notebooks the notebook files in the order given
 * @param parameters the values given with {@code --param}, by name
 * @param out the report file for a single notebook, or null for its default name
 * @param outDir the folder for reports with their default names, or null for {@code reports/}
 */
record RunArguments(List<Path> notebooks, Map<String, String> parameters, Path out, Path outDir) {
  /** The usage line. */
  static final String USAGE = "Usage: ./workbench run notebooks/NAME.jsh ... [--param name=value ...]"
      + " [--out report.html | --out-dir DIR]";

  RunArguments {
    notebooks = List.copyOf(notebooks);
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
  }

  /** Parses the arguments; fails with a one-line message and the usage on anything it cannot use. */
  static RunArguments parse(List<String> args) {
    List<Path> notebooks = new ArrayList<>();
    Map<String, String> parameters = new LinkedHashMap<>();
    Path out = null;
    Path outDir = null;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      String option = a.contains("=") && a.startsWith("--") ? a.substring(0, a.indexOf('=')) : a;
      String value;
      if (!option.equals(a)) {
        value = a.substring(option.length() + 1);
      } else if (takesValue(a)) {
        if (i + 1 >= args.size()) {
          throw new WorkbenchException(a + " needs a value. " + USAGE);
        }
        value = args.get(++i);
      } else {
        value = null;
      }
      switch (option) {
        case "--param", "-p" -> param(parameters, value);
        case "--out", "-o" -> out = Path.of(value);
        case "--out-dir" -> outDir = Path.of(value);
        default -> {
          if (a.startsWith("-")) {
            throw new WorkbenchException("Unknown option " + a + ". " + USAGE);
          }
          notebooks.add(Path.of(a));
        }
      }
    }
    if (notebooks.isEmpty()) {
      throw new WorkbenchException("Which notebook? " + USAGE);
    }
    if (out != null && outDir != null) {
      throw new WorkbenchException("Give --out or --out-dir, not both: --out names one report, --out-dir the folder for all of them.");
    }
    if (out != null && notebooks.size() > 1) {
      throw new WorkbenchException("--out names one report, but " + notebooks.size() + " notebooks were given;"
          + " leave --out away (each report goes to reports/NAME.html) or use --out-dir DIR.");
    }
    return new RunArguments(notebooks, parameters, out, outDir);
  }

  /** The folder for reports with their default names. */
  Path reportFolder() {
    return outDir != null ? outDir : ReportFile.FOLDER;
  }

  private static boolean takesValue(String option) {
    return List.of("--param", "-p", "--out", "-o", "--out-dir").contains(option);
  }

  private static void param(Map<String, String> parameters, String nameValue) {
    int eq = nameValue.indexOf('=');
    if (eq <= 0) {
      throw new WorkbenchException("--param " + nameValue + ": write it as name=value, e.g. --param kommune=Morsø.");
    }
    parameters.put(nameValue.substring(0, eq).strip(), nameValue.substring(eq + 1));
  }
}
