package dk.styrbord.notebook;

import dk.styrbord.SafeFile;
import dk.styrbord.WorkbenchException;
import dk.styrbord.data.Municipalities;
import dk.styrbord.data.Municipality;
import dk.styrbord.data.Suggestions;
import dk.styrbord.plot.Chromium;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code ./workbench run NOTEBOOK.jsh … [--param name=value …] [--out report.html | --out-dir DIR]}:
 * checks every notebook and its parameters before anything runs, then runs the notebooks one after
 * another in this JVM (each in a fresh JShell, sharing the loaded datasets), writes one report per
 * notebook and prints progress to stderr. A {@code --param} applies to every notebook that declares
 * it. Exit code 0 when every cell of every notebook ran, 1 when a cell failed or a report could not
 * be written (the other reports are written all the same), 2 when nothing could run (no such
 * notebook, a parameter no notebook declares, an unknown municipality, a file in the way).
 *
 * <p>Example: {@code RunCommand.run(List.of("notebooks/lejre.jsh", "--param", "kommune=Morsø"),
 * setup, municipalities, System.err)}.
 */
public final class RunCommand {
  private RunCommand() {}

  /** What the index says of a run in which every cell ran. */
  static final String ALL_RAN = "all cells ran";

  /**
   * A notebook ready to run: its parameter values put in, the values the report shows, its report
   * file, and the municipality of a batch (null outside one).
   */
  private record Planned(Notebook notebook, Map<String, String> shown, Path out, String kommune) {
    /** The notebook's file, and the municipality in a batch. */
    String label() {
      return notebook.file() + (kommune == null ? "" : " for " + kommune);
    }
  }

  /** How one notebook's run ended, in the index's words. */
  private enum Outcome {
    ALL_RAN(RunCommand.ALL_RAN), CELL_FAILED("a cell failed"), NOT_WRITTEN("no report");

    final String text;

    Outcome(String text) {
      this.text = text;
    }
  }

  /** Whether the arguments ask for {@link #help()} ({@code --help} or {@code -h}). */
  public static boolean asksForHelp(List<String> args) {
    return RunArguments.asksForHelp(args);
  }

  /** What {@code ./workbench run --help} prints: every option with an example, in English and Danish. */
  public static String help() {
    return RunArguments.HELP;
  }

  /** Runs the command and returns its exit code; all messages go to {@code err}. */
  public static int run(List<String> args, ShellSetup setup, Municipalities municipalities, PrintStream err) {
    RunArguments arguments;
    List<Planned> plan;
    try {
      arguments = RunArguments.parse(args);
      plan = plan(arguments, municipalities);
    } catch (WorkbenchException e) {
      err.println("Styrbord: " + e.getMessage());
      return 2;
    }
    long start = System.nanoTime();
    NotebookRunner runner = new NotebookRunner(setup);
    List<Outcome> outcomes = new ArrayList<>();
    for (Planned p : plan) {
      try {
        outcomes.add(runOne(p, plan.size() > 1 ? outcomes.size() + 1 + " of " + plan.size() + ", " : "", arguments.pdf(),
            runner, err));
      } catch (WorkbenchException e) {
        // the start-up failed: it is the same for every notebook, so the others would fail alike
        err.println("Styrbord: " + e.getMessage());
        break;
      }
    }
    if (arguments.batch() != null) {
      writeIndex(arguments.reportFolder(), plan, outcomes, arguments.pdf(), err);
    }
    if (plan.size() > 1) {
      err.println("Styrbord: " + summary(plan, outcomes, seconds(System.nanoTime() - start)));
    }
    if (!outcomes.contains(Outcome.ALL_RAN) && !outcomes.contains(Outcome.CELL_FAILED)) {
      return 2;
    }
    return outcomes.size() == plan.size() && outcomes.stream().allMatch(o -> o == Outcome.ALL_RAN) ? 0 : 1;
  }

  /**
   * Reads every notebook and puts its parameter values in; fails before anything runs on a missing
   * notebook, a parameter that none of them declares (with one notebook: that it does not declare),
   * a value it cannot take, or a report file in the way.
   */
  private static List<Planned> plan(RunArguments a, Municipalities municipalities) {
    if (a.pdf() && Chromium.find().isEmpty()) {
      throw new WorkbenchException("--pdf prints through headless Chromium, and there is none on the PATH: install it with"
          + " `apt-get install chromium` (Debian/Ubuntu), or leave --pdf away.");
    }
    List<Notebook> notebooks = a.notebooks().stream().map(Notebook::read).toList();
    Map<String, String> all = new LinkedHashMap<>(a.parameters());
    if (a.batch() != null) {
      all.put(Parameters.KOMMUNE, "");
    }
    if (notebooks.size() > 1) {
      checkDeclaredBySome(all, notebooks);
    }
    List<String> kommuner = a.batch() == null ? null : kommuner(a.batch(), municipalities);
    List<Planned> plan = new ArrayList<>();
    Map<Path, Notebook> reports = new HashMap<>();
    for (Notebook declared : notebooks) {
      Parameters parameters = Parameters.of(declared);
      boolean batch = kommuner != null && (notebooks.size() == 1 || declares(parameters, Parameters.KOMMUNE));
      for (String kommune : batch ? kommuner : Collections.<String>singletonList(null)) {
        Map<String, String> given = new LinkedHashMap<>(a.parameters());
        if (kommune != null) {
          given.put(Parameters.KOMMUNE, kommune);
        }
        plan.add(planOne(a, notebooks.size() == 1 ? given : declaredOnly(given, parameters), declared, kommune,
            municipalities, reports));
      }
    }
    if (a.batch() != null) {
      ReportFile.checkMayWrite(a.reportFolder().resolve(ReportIndex.FILE));
    }
    return plan;
  }

  private static Planned planOne(RunArguments a, Map<String, String> given, Notebook declared, String batchKommune,
      Municipalities municipalities, Map<Path, Notebook> reports) {
    Parameters parameters = Parameters.of(declared);
    Notebook notebook = parameters.apply(given, municipalities);
    Map<String, String> shown = parameters.effective(given, municipalities);
    String kommune = given.containsKey(Parameters.KOMMUNE) ? shown.get(Parameters.KOMMUNE) : null;
    Path out = a.out() != null ? a.out() : ReportFile.defaultFor(a.reportFolder(), notebook, kommune);
    ReportFile.checkMayWrite(out);
    Notebook same = reports.putIfAbsent(out.toAbsolutePath().normalize(), declared);
    if (same != null) {
      throw new WorkbenchException(same.file() + " and " + declared.file() + " would both write " + out
          + "; give each notebook (and each municipality) once, or run them apart with --out.");
    }
    return new Planned(notebook, shown, out, batchKommune == null ? null : kommune);
  }

  /** The municipalities of a batch by their registered names; an unknown one fails before anything runs. */
  private static List<String> kommuner(RunArguments.Batch batch, Municipalities municipalities) {
    if (batch.all()) {
      return municipalities.all().stream().map(Municipality::name).toList();
    }
    return batch.names().stream().map(name -> municipalities.resolve(name).name()).toList();
  }

  private static boolean declares(Parameters parameters, String name) {
    return parameters.declared().stream().anyMatch(p -> p.name().equals(name));
  }

  private static void writeIndex(Path folder, List<Planned> plan, List<Outcome> outcomes, boolean pdf, PrintStream err) {
    List<ReportIndex.Entry> entries = new ArrayList<>();
    for (int i = 0; i < plan.size(); i++) {
      Planned p = plan.get(i);
      Outcome outcome = i < outcomes.size() ? outcomes.get(i) : null;
      boolean written = outcome != null && outcome != Outcome.NOT_WRITTEN;
      entries.add(new ReportIndex.Entry(p.notebook().title(), p.kommune() == null ? "—" : p.kommune(), p.out(),
          outcome == null ? "not run" : outcome.text, written, pdf && written ? ReportFile.pdfBeside(p.out()) : null));
    }
    Path index = folder.resolve(ReportIndex.FILE);
    try {
      SafeFile.write(index, ReportIndex.html(folder, entries, LocalDateTime.now()).getBytes(StandardCharsets.UTF_8), true);
      err.println("Index: " + index);
    } catch (WorkbenchException e) {
      err.println("Styrbord: " + e.getMessage());
    }
  }

  private static Outcome runOne(Planned p, String place, boolean pdf, NotebookRunner runner, PrintStream err) {
    Notebook notebook = p.notebook();
    err.println("Styrbord: running " + notebook.file() + " (" + place + notebook.cells().size() + " cells)"
        + (p.shown().isEmpty() ? "" : " with " + describe(p.shown())));
    long start = System.nanoTime();
    List<CellResult> results = runner.run(notebook, new PrintedProgress(err));
    long ran = System.nanoTime();
    try {
      ReportFile.write(p.out(), Report.page(notebook, results, p.shown(), LocalDateTime.now()));
    } catch (WorkbenchException e) {
      err.println("Styrbord: " + e.getMessage());
      return Outcome.NOT_WRITTEN;
    }
    long end = System.nanoTime();
    long cells = results.stream().mapToLong(CellResult::millis).sum() * 1_000_000;
    boolean failed = results.stream().anyMatch(r -> r.status() == CellResult.Status.FAILED);
    err.println("Report: " + p.out() + " in " + seconds(end - start) + " (start-up " + seconds(ran - start - cells)
        + ", cells " + seconds(cells) + ", report " + seconds(end - ran) + ")" + (failed ? "; a cell failed, see the report" : ""));
    if (pdf && !printed(p.out(), err)) {
      return Outcome.NOT_WRITTEN;
    }
    return failed ? Outcome.CELL_FAILED : Outcome.ALL_RAN;
  }

  /** Prints the report to a PDF beside it; says where, or why not. */
  private static boolean printed(Path report, PrintStream err) {
    Path pdf = ReportFile.pdfBeside(report);
    long start = System.nanoTime();
    try {
      ReportFile.writePdf(report, pdf);
    } catch (WorkbenchException e) {
      err.println("Styrbord: no PDF of " + report + ": " + e.getMessage());
      return false;
    }
    err.println("PDF: " + pdf + " in " + seconds(System.nanoTime() - start));
    return true;
  }

  private static void checkDeclaredBySome(Map<String, String> given, List<Notebook> notebooks) {
    Set<String> declared = new LinkedHashSet<>();
    for (Notebook n : notebooks) {
      Parameters.of(n).declared().forEach(p -> declared.add(p.name()));
    }
    for (String name : given.keySet()) {
      if (!declared.contains(name)) {
        throw new WorkbenchException("Unknown parameter \"" + name + "\": none of the " + notebooks.size()
            + " notebooks declares it." + Suggestions.didYouMean(name, declared)
            + " Their parameters: " + (declared.isEmpty() ? "none" : String.join(", ", declared)) + ".");
      }
    }
  }

  private static Map<String, String> declaredOnly(Map<String, String> given, Parameters parameters) {
    Map<String, String> mine = new LinkedHashMap<>();
    for (Parameter p : parameters.declared()) {
      if (given.containsKey(p.name())) {
        mine.put(p.name(), given.get(p.name()));
      }
    }
    return mine;
  }

  private static String summary(List<Planned> plan, List<Outcome> outcomes, String time) {
    int notebooks = plan.size();
    List<String> failed = names(plan, outcomes, Outcome.CELL_FAILED);
    List<String> notWritten = names(plan, outcomes, Outcome.NOT_WRITTEN);
    int notRun = notebooks - outcomes.size();
    if (failed.isEmpty() && notWritten.isEmpty() && notRun == 0) {
      return notebooks + " reports written in " + time + ".";
    }
    StringBuilder s = new StringBuilder(notebooks + " runs in " + time + ": "
        + (outcomes.size() - notWritten.size()) + " reports written");
    if (!failed.isEmpty()) {
      s.append(", a cell failed in ").append(String.join(", ", failed));
    }
    if (!notWritten.isEmpty()) {
      s.append(", no report for ").append(String.join(", ", notWritten));
    }
    if (notRun > 0) {
      s.append(", ").append(notRun).append(" not run");
    }
    return s.append('.').toString();
  }

  private static List<String> names(List<Planned> plan, List<Outcome> outcomes, Outcome outcome) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < outcomes.size(); i++) {
      if (outcomes.get(i) == outcome) {
        names.add(plan.get(i).label());
      }
    }
    return names;
  }

  private static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
  }

  private static String describe(Map<String, String> values) {
    StringBuilder s = new StringBuilder();
    values.forEach((k, v) -> s.append(s.length() == 0 ? "" : ", ").append(k).append('=').append(v));
    return s.toString();
  }

  /** Progress lines: {@code [3/7] Trend … ok (0.4 s)}. */
  private static final class PrintedProgress implements NotebookRunner.Progress {
    private final PrintStream err;

    PrintedProgress(PrintStream err) {
      this.err = err;
    }

    @Override
    public void started(Cell cell, int cells) {
      err.print("[" + cell.number() + "/" + cells + "] " + cell.title() + " … ");
      err.flush();
    }

    @Override
    public void finished(CellResult result, int cells) {
      switch (result.status()) {
        case OK -> err.printf("ok (%.1f s)%n", result.millis() / 1000.0);
        case FAILED -> err.println("FAILED, " + result.error().summary());
        case NOT_RUN -> err.println("[" + result.cell().number() + "/" + cells + "] " + result.cell().title() + " … not run");
      }
    }
  }
}
