package dk.styrbord.notebook;

import dk.styrbord.WorkbenchException;
import dk.styrbord.data.Municipalities;
import dk.styrbord.data.Suggestions;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
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

  /** A notebook ready to run: its parameter values put in, the values the report shows, its report file. */
  private record Planned(Notebook notebook, Map<String, String> shown, Path out) {}

  /** How one notebook's run ended. */
  private enum Outcome { ALL_RAN, CELL_FAILED, NOT_WRITTEN }

  /** Runs the command and returns its exit code; all messages go to {@code err}. */
  public static int run(List<String> args, ShellSetup setup, Municipalities municipalities, PrintStream err) {
    List<Planned> plan;
    try {
      plan = plan(RunArguments.parse(args), municipalities);
    } catch (WorkbenchException e) {
      err.println("Styrbord: " + e.getMessage());
      return 2;
    }
    long start = System.nanoTime();
    NotebookRunner runner = new NotebookRunner(setup);
    List<Outcome> outcomes = new ArrayList<>();
    for (Planned p : plan) {
      try {
        outcomes.add(runOne(p, plan.size() > 1 ? outcomes.size() + 1 + " of " + plan.size() + ", " : "", runner, err));
      } catch (WorkbenchException e) {
        // the start-up failed: it is the same for every notebook, so the others would fail alike
        err.println("Styrbord: " + e.getMessage());
        break;
      }
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
    List<Notebook> notebooks = a.notebooks().stream().map(Notebook::read).toList();
    if (notebooks.size() > 1) {
      checkDeclaredBySome(a.parameters(), notebooks);
    }
    List<Planned> plan = new ArrayList<>();
    Map<Path, Notebook> reports = new HashMap<>();
    for (Notebook declared : notebooks) {
      Parameters parameters = Parameters.of(declared);
      Map<String, String> given = notebooks.size() == 1 ? a.parameters() : declaredOnly(a.parameters(), parameters);
      Notebook notebook = parameters.apply(given, municipalities);
      Map<String, String> shown = parameters.effective(given, municipalities);
      String kommune = given.containsKey(Parameters.KOMMUNE) ? shown.get(Parameters.KOMMUNE) : null;
      Path out = a.out() != null ? a.out() : ReportFile.defaultFor(a.reportFolder(), notebook, kommune);
      ReportFile.checkMayWrite(out);
      Notebook same = reports.putIfAbsent(out.toAbsolutePath().normalize(), declared);
      if (same != null) {
        throw new WorkbenchException(same.file() + " and " + declared.file() + " would both write " + out
            + "; give each notebook once, or run them apart with --out.");
      }
      plan.add(new Planned(notebook, shown, out));
    }
    return plan;
  }

  private static Outcome runOne(Planned p, String place, NotebookRunner runner, PrintStream err) {
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
    return failed ? Outcome.CELL_FAILED : Outcome.ALL_RAN;
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
      return notebooks + " notebooks run to reports in " + time + ".";
    }
    StringBuilder s = new StringBuilder(notebooks + " notebooks in " + time + ": "
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
        names.add(plan.get(i).notebook().file().toString());
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
