package dk.styrbord.notebook;

import dk.styrbord.WorkbenchException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The arguments after {@code ./workbench run}: one or more notebooks, {@code --param name=value}
 * (for every notebook that declares the name; {@code kommune=all} or {@code kommune=A,B} makes a
 * batch, one report per municipality), where the reports go ({@code --out FILE} for a single
 * report, or {@code --out-dir DIR} instead of {@code reports/}), {@code --pdf} for a PDF beside each
 * report, and {@code --help}.
 *
 * <p>Example: {@code RunArguments.parse(List.of("notebooks/lejre.jsh", "--param", "kommune=Morsø"))}.
 *
 * @param notebooks the notebook files in the order given
 * @param parameters the values given with {@code --param}, by name (a batch's {@code kommune} not among them)
 * @param batch the municipalities to run each notebook for, or null for one run with the parameters as given
 * @param out the report file for a single report, or null for its default name
 * @param outDir the folder for reports with their default names, or null for {@code reports/}
 * @param pdf whether each report is also printed to a PDF beside it
 */
record RunArguments(List<Path> notebooks, Map<String, String> parameters, Batch batch, Path out, Path outDir,
    boolean pdf) {
  /** The usage line. */
  static final String USAGE = "Usage: ./workbench run notebooks/NAME.jsh ... [--param name=value ...]"
      + " [--out report.html | --out-dir DIR] [--pdf]; ./workbench run --help says more.";

  /** What {@code ./workbench run --help} prints, in English and Danish. */
  public static final String HELP = """
      Usage: ./workbench run notebooks/NAME.jsh ... [options]
        Runs each notebook in a fresh JShell and writes its report: one HTML page that opens offline
        (charts included, about 2 MB) and prints on A4. Exit code 0 when every cell ran, 1 when a cell
        failed or a report could not be written, 2 when nothing could run.

        --param name=value, -p    a value for a parameter the notebook declares
                                  ./workbench run notebooks/lejre.jsh --param kommune=Morsø --param year=2023
        --param kommune=A,B       a batch: the notebook once per municipality, one report each, and index.html
        --param kommune=all       linking them; a failing municipality is reported and the batch goes on
                                  ./workbench run notebooks/lolland.jsh --param kommune=Lolland,Morsø
        --out FILE, -o FILE       the report's file, for a single report (default reports/NAME.html,
                                  reports/NAME-kommune.html with --param kommune)
                                  ./workbench run notebooks/lolland.jsh --out /tmp/lolland.html
        --out-dir DIR             the folder for the reports instead of reports/
                                  ./workbench run notebooks/*.jsh --out-dir /tmp/reports
        --pdf                     also a PDF beside each report, printed by headless Chromium
                                  ./workbench run notebooks/lolland.jsh --pdf
        --help, -h                this text

      Dansk: ./workbench run notebooks/NAVN.jsh ... kører hver notebook og skriver en rapport (HTML, virker
        uden net, kan printes på A4). --param navn=værdi giver en parameter; --param kommune=all (alle 98)
        eller kommune=Lolland,Morsø giver én rapport pr. kommune og en index.html med links; --out FIL eller
        --out-dir MAPPE siger hvor; --pdf skriver også en PDF (kræver chromium); --help viser denne tekst.
        Eksempel: ./workbench run notebooks/lolland.jsh --param kommune=Lolland,Morsø --pdf""";

  /** The words for every municipality in {@code --param kommune=all}. */
  private static final List<String> ALL = List.of("all", "alle");

  /**
   * The municipalities of a batch: all of them, or these names as given.
   *
   * @param all whether {@code kommune=all} was given
   * @param names the names as given in {@code kommune=A,B}, empty when {@code all}
   */
  record Batch(boolean all, List<String> names) {
    Batch {
      names = List.copyOf(names);
    }
  }

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
    boolean pdf = false;
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
        case "--pdf" -> pdf = true;
        default -> {
          if (a.startsWith("-")) {
            throw new WorkbenchException("Unknown option " + a + ". " + USAGE);
          }
          notebooks.add(Path.of(a));
        }
      }
    }
    Batch batch = batch(parameters.get(Parameters.KOMMUNE));
    if (batch != null) {
      parameters.remove(Parameters.KOMMUNE);
    }
    check(notebooks, batch, out, outDir);
    return new RunArguments(notebooks, parameters, batch, out, outDir, pdf);
  }

  /** Whether the arguments ask for {@link #HELP}: {@code --help} or {@code -h} anywhere (then nothing else counts). */
  static boolean asksForHelp(List<String> args) {
    return args.contains("--help") || args.contains("-h");
  }

  /** The folder for reports with their default names. */
  Path reportFolder() {
    return outDir != null ? outDir : ReportFile.FOLDER;
  }

  private static void check(List<Path> notebooks, Batch batch, Path out, Path outDir) {
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
    if (out != null && batch != null) {
      throw new WorkbenchException("--out names one report, but --param kommune=" + (batch.all() ? "all" : String.join(",", batch.names()))
          + " makes one per municipality; leave --out away (they go to reports/NAME-kommune.html) or use --out-dir DIR.");
    }
  }

  /** The batch in a {@code kommune} value, or null when it names one municipality. */
  private static Batch batch(String kommune) {
    if (kommune == null) {
      return null;
    }
    if (ALL.contains(kommune.strip().toLowerCase(Locale.ROOT))) {
      return new Batch(true, List.of());
    }
    if (!kommune.contains(",")) {
      return null;
    }
    List<String> names = Arrays.stream(kommune.split(",", -1)).map(String::strip).toList();
    if (names.contains("")) {
      throw new WorkbenchException("--param kommune=" + kommune + " has an empty name; separate the municipalities by"
          + " single commas, e.g. --param kommune=Lolland,Morsø.");
    }
    return new Batch(false, names);
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
