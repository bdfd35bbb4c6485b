package dk.styrbord.notebook;

import dk.styrbord.WorkbenchException;
import dk.styrbord.data.Municipalities;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ./workbench run NOTEBOOK.jsh [--param name=value …] [--out report.html]}: checks the
 * parameters, runs the notebook, writes its report and prints progress to stderr. Exit code 0 when
 * every cell ran, 1 when a cell failed (the report is written all the same), 2 when nothing could
 * run (no such notebook, an unknown parameter or municipality, a file in the way).
 *
 * <p>Example: {@code RunCommand.run(List.of("notebooks/lejre.jsh", "--param", "kommune=Morsø"),
 * setup, municipalities, System.err)}.
 */
public final class RunCommand {
  /** The usage line. */
  public static final String USAGE =
      "Usage: ./workbench run notebooks/NAME.jsh [--param name=value ...] [--out report.html]";

  private RunCommand() {}

  /** The arguments after {@code run}, parsed. */
  record Arguments(Path notebook, Map<String, String> parameters, Path out) {
    static Arguments parse(List<String> args) {
      Path notebook = null;
      Path out = null;
      Map<String, String> parameters = new LinkedHashMap<>();
      for (int i = 0; i < args.size(); i++) {
        String a = args.get(i);
        if (a.equals("--param") || a.equals("-p") || a.equals("--out") || a.equals("-o")) {
          if (i + 1 >= args.size()) {
            throw new WorkbenchException(a + " needs a value. " + USAGE);
          }
          String value = args.get(++i);
          if (a.equals("--out") || a.equals("-o")) {
            out = Path.of(value);
          } else {
            param(parameters, value);
          }
        } else if (a.startsWith("--param=")) {
          param(parameters, a.substring("--param=".length()));
        } else if (a.startsWith("--out=")) {
          out = Path.of(a.substring("--out=".length()));
        } else if (a.startsWith("-")) {
          throw new WorkbenchException("Unknown option " + a + ". " + USAGE);
        } else if (notebook == null) {
          notebook = Path.of(a);
        } else {
          throw new WorkbenchException("One notebook at a time (got " + notebook + " and " + a + "). " + USAGE);
        }
      }
      if (notebook == null) {
        throw new WorkbenchException("Which notebook? " + USAGE);
      }
      return new Arguments(notebook, parameters, out);
    }

    private static void param(Map<String, String> parameters, String nameValue) {
      int eq = nameValue.indexOf('=');
      if (eq <= 0) {
        throw new WorkbenchException("--param " + nameValue + ": write it as name=value, e.g. --param kommune=Morsø.");
      }
      parameters.put(nameValue.substring(0, eq).strip(), nameValue.substring(eq + 1));
    }
  }

  /** Runs the command and returns its exit code; all messages go to {@code err}. */
  public static int run(List<String> args, ShellSetup setup, Municipalities municipalities, PrintStream err) {
    Notebook notebook;
    Map<String, String> shown;
    Path out;
    try {
      Arguments a = Arguments.parse(args);
      Notebook declared = Notebook.read(a.notebook());
      Parameters parameters = Parameters.of(declared);
      notebook = parameters.apply(a.parameters(), municipalities);
      shown = parameters.effective(a.parameters(), municipalities);
      String kommune = a.parameters().containsKey(Parameters.KOMMUNE) ? shown.get(Parameters.KOMMUNE) : null;
      out = a.out() != null ? a.out() : ReportFile.defaultFor(notebook, kommune);
      ReportFile.checkMayWrite(out);
    } catch (WorkbenchException e) {
      err.println("Styrbord: " + e.getMessage());
      return 2;
    }
    err.println("Styrbord: running " + notebook.file() + " (" + notebook.cells().size() + " cells)"
        + (shown.isEmpty() ? "" : " with " + describe(shown)));
    List<CellResult> results;
    try {
      results = new NotebookRunner(setup).run(notebook, new PrintedProgress(err));
    } catch (WorkbenchException e) {
      err.println("Styrbord: " + e.getMessage());
      return 2;
    }
    try {
      ReportFile.write(out, Report.html(notebook, results, shown, LocalDateTime.now()));
    } catch (WorkbenchException e) {
      err.println("Styrbord: " + e.getMessage());
      return 2;
    }
    long failed = results.stream().filter(r -> r.status() == CellResult.Status.FAILED).count();
    err.println("Report: " + out + (failed == 0 ? "" : " (a cell failed; see the report)"));
    return failed == 0 ? 0 : 1;
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
