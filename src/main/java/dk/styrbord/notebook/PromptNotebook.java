package dk.styrbord.notebook;

import dk.styrbord.WorkbenchException;
import dk.styrbord.data.Municipalities;
import dk.styrbord.plot.Chart;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A notebook opened at the prompt: its cells run in a session of their own (made as the prompt's)
 * and each cell's values, tables and charts are printed as it ends, so a notebook can be walked
 * through cell by cell without the browser. Ctrl-C stops the running cell.
 *
 * <p>Example: {@code var nb = notebook("notebooks/lolland.jsh"); nb.run(3); nb.set("kommune", "Morsø"); nb.runStale();}
 */
public final class PromptNotebook implements AutoCloseable {
  private static final Duration POLL = Duration.ofMillis(500);

  private final NotebookSession session;
  private final PrintStream out;

  private PromptNotebook(NotebookSession session, PrintStream out) {
    this.session = session;
    this.out = out;
  }

  /** Opens an existing notebook file; its session starts in the background. */
  public static PromptNotebook open(Path file, ShellSetup setup, Municipalities municipalities, PrintStream out) {
    if (!Files.isRegularFile(file)) {
      throw new WorkbenchException("There is no notebook " + file + "; the shipped ones are in notebooks/, e.g. notebook(\"notebooks/lolland.jsh\").");
    }
    return new PromptNotebook(NotebookSession.open(file, setup, municipalities), out);
  }

  /** Runs cell {@code number} (and first the cells above it that have not run yet) and prints what they showed. */
  public void run(int number) {
    printRuns(() -> session.runUpTo(number));
  }

  /** Runs every cell in order, printing each as it ends; the first that fails ends the run. */
  public void runAll() {
    printRuns(session::runAll);
  }

  /** Runs the stale cells (and those that failed or did not run before them), printing each. */
  public void runStale() {
    printRuns(session::runStale);
  }

  /** Sets a parameter as the form in the browser does ({@code set("kommune", "Morsø")}) and runs what depends on it. */
  public void set(String parameter, Object value) {
    printRuns(() -> session.setParameters(Map.of(parameter, String.valueOf(value))));
  }

  /** Prints cell {@code number} as its last run left it. */
  public void show(int number) {
    out.print(CellText.of(cell(number)));
  }

  /** The first chart cell {@code number} showed, to draw with {@code show(…)} or save with {@code save(…)}. */
  public Chart chart(int number) {
    return cell(number).outputs().stream().filter(Output.ChartShown.class::isInstance)
        .map(o -> ((Output.ChartShown) o).chart()).findFirst()
        .orElseThrow(() -> new WorkbenchException("Cell " + number + " showed no chart" + (cell(number).runs() == 0
            ? "; it has not run yet: run(" + number + ") first." : ".")));
  }

  /** Writes the notebook's HTML report as {@code ./workbench run} does and returns its path. */
  public Path exportReport() {
    return session.exportReport();
  }

  /** Ends the notebook's session. */
  @Override
  public void close() {
    session.close();
  }

  /** The notebook's cells: number, title and where each stands. */
  @Override
  public String toString() {
    NotebookSession.View view = session.view();
    StringBuilder s = new StringBuilder("Notebook " + view.file() + " · " + view.title() + "\n");
    for (NotebookSession.CellView c : view.cells()) {
      s.append("  ").append(CellText.header(c).substring(3)).append('\n');
    }
    return s.append("run(N) runs a cell, runAll() all, runStale() the stale ones, set(\"kommune\", \"Morsø\") a parameter.").toString();
  }

  private NotebookSession.CellView cell(int number) {
    List<NotebookSession.CellView> cells = session.view().cells();
    if (number < 1 || number > cells.size()) {
      throw new WorkbenchException("This notebook has cells 1 to " + cells.size() + "; there is no cell " + number + ".");
    }
    return cells.get(number - 1);
  }

  /** Starts runs and prints each cell whose run ends, in order, until nothing runs; Ctrl-C stops them. */
  private void printRuns(Runnable start) {
    Map<Integer, Integer> runsBefore = new HashMap<>();
    session.view().cells().forEach(c -> runsBefore.put(c.cell().number(), c.runs()));
    start.run();
    boolean idle = false;
    int printed = 0;
    try {
      while (!idle) {
        idle = session.awaitIdle(POLL);
        printed += printEnded(runsBefore);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      if (!idle) {
        session.stop();
      }
    }
    String message = session.view().message();
    if (printed == 0 && !message.isEmpty()) {
      out.println(message);
    }
  }

  private int printEnded(Map<Integer, Integer> runsBefore) {
    int printed = 0;
    for (NotebookSession.CellView c : session.view().cells()) {
      int seen = runsBefore.getOrDefault(c.cell().number(), 0);
      if (c.runs() > seen) {
        runsBefore.put(c.cell().number(), c.runs());
        out.print(CellText.of(c));
        printed++;
      }
    }
    return printed;
  }
}
