package dk.styrbord.notebook;

import dk.styrbord.SafeFile;
import dk.styrbord.WorkbenchException;
import dk.styrbord.data.Municipalities;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A notebook open for live work: its text, edited cell by cell, and one JShell session (made as the
 * prompt's) in which cells run one at a time, in the order asked, on one worker thread. It knows
 * which cells are stale (they ran, but their code or a cell they depend on changed since), stops a
 * runaway cell keeping the session's variables, restarts the session replaying the cells that had
 * run, saves the text back to the file it came from and writes the same report as {@code
 * ./workbench run}. The browser page ({@link NotebookServer}) and the prompt's {@code notebook(…)}
 * both drive it.
 *
 * <p>Example: {@code try (NotebookSession s = NotebookSession.open(path, setup, municipalities)) {
 * s.runAll(); s.awaitIdle(Duration.ofMinutes(1)); s.view().cells().get(2).outputs(); }}
 */
public final class NotebookSession implements AutoCloseable {
  /** How long a stopped cell may take to end before the session says it cannot be stopped. */
  private static final Duration STOP_GRACE = Duration.ofSeconds(3);

  private final Path file;
  private final ShellSetup setup;
  private final Municipalities municipalities;
  /** Where a stop's watchdog runs: a thread of its own, outside the caller's thread group. */
  private final Executor watchdogs;
  private final Object lock = new Object();
  private final List<LiveCell> cells = new ArrayList<>();
  private final Map<String, String> parametersGiven = new LinkedHashMap<>();
  private NotebookText text;
  private String diskText;
  private boolean dirty;
  private long version;
  private String message = "";
  private List<Variable> variables = List.of();
  private LiveCell running;
  /** How many runs of cells started in this session: a run's number names it to Stop. */
  private long runsStarted;
  /** The number of the run whose cell's code runs now, the only run Stop may end, or 0. */
  private long stoppable;
  private int pending;
  private int generation;
  private Engine engine;

  /** One JShell and the thread its cells run on; a restart makes a new one. */
  private static final class Engine {
    // in the top thread group: a notebook opened from the prompt is not inside the prompt snippet's group
    final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> dk.styrbord.Daemons.thread("styrbord-notebook", runnable));
    volatile CellShell shell;
  }

  private NotebookSession(Path file, ShellSetup setup, Municipalities municipalities, Executor watchdogs, String content) {
    this.file = file;
    this.setup = setup;
    this.municipalities = municipalities;
    this.watchdogs = watchdogs;
    this.text = NotebookText.of(file, content);
    this.diskText = content;
    for (Cell cell : text.notebook().cells()) {
      cells.add(new LiveCell(cell));
    }
    this.engine = startEngine();
  }

  /**
   * Opens a notebook file for live work and starts its session in the background; a file that does
   * not exist yet becomes a new notebook of one empty cell, written on the first save.
   */
  public static NotebookSession open(Path file, ShellSetup setup, Municipalities municipalities) {
    return open(file, setup, municipalities, work -> dk.styrbord.Daemons.thread("styrbord-notebook-stop", work).start());
  }

  /** As {@link #open(Path, ShellSetup, Municipalities)}, with the watchdog of each stop run by {@code watchdogs}. */
  static NotebookSession open(Path file, ShellSetup setup, Municipalities municipalities, Executor watchdogs) {
    String content = Files.exists(file) ? read(file) : null;
    NotebookSession session = new NotebookSession(file, setup, municipalities, watchdogs,
        content == null ? "// # " + nameOf(file) + "\n\n//%% First cell\n" : content);
    if (content == null) {
      session.diskText = null;
      session.dirty = true;
    }
    return session;
  }

  /** The whole state as the page shows it. */
  public View view() {
    synchronized (lock) {
      Notebook notebook = text.notebook();
      List<CellView> shown = new ArrayList<>();
      for (LiveCell c : cells) {
        shown.add(new CellView(c.cell, c.status.name(), c.outputs, c.error, c.millis, c.runs));
      }
      return new View(version, file, notebook.name(), notebook.title(), notebook.intro(), dirty, busy(),
          running == null ? 0 : running.cell.number(), message, Parameters.of(notebook).declared(), variables,
          shown);
    }
  }

  /** The state once its version is past {@code since}, or as it is after {@code wait}: long polling. */
  public View awaitChange(long since, Duration wait) throws InterruptedException {
    long end = System.nanoTime() + wait.toNanos();
    synchronized (lock) {
      long left = end - System.nanoTime();
      while (version <= since && left > 0) {
        lock.wait(Math.max(1, left / 1_000_000));
        left = end - System.nanoTime();
      }
      return view();
    }
  }

  /** Waits until nothing runs or is queued; false when {@code wait} passed first. */
  public boolean awaitIdle(Duration wait) throws InterruptedException {
    long end = System.nanoTime() + wait.toNanos();
    synchronized (lock) {
      long left = end - System.nanoTime();
      while (busy() && left > 0) {
        lock.wait(Math.max(1, left / 1_000_000));
        left = end - System.nanoTime();
      }
      return !busy();
    }
  }

  /** Sets a cell's code (no run): it and the cells that use what it defines become stale. */
  public void edit(int number, String code) {
    synchronized (lock) {
      LiveCell cell = cell(number);
      if (cell.cell.code().equals(code.replace("\r\n", "\n").stripTrailing())) {
        return;
      }
      setText(text.withCode(number, code));
      cell.markStale();
      markDependents(cell, cell.defined);
      if (cell.status == LiveCell.Status.NOT_RUN && cell.cell.hasCode()) {
        cell.status = LiveCell.Status.NEW;
      }
      changed("");
    }
  }

  /** Inserts an empty code cell after cell {@code number} (0: before the first). */
  public void insertCell(int number) {
    synchronized (lock) {
      setText(text.withCellAfter(number, "Cell"), number, true);
      changed("");
    }
  }

  /** Deletes cell {@code number}; the cells that used what it defined become stale. */
  public void deleteCell(int number) {
    synchronized (lock) {
      LiveCell gone = cell(number);
      if (gone == running) {
        throw new WorkbenchException("Cell " + number + " is running; stop it before deleting it.");
      }
      setText(text.withoutCell(number), number - 1, false);
      Set<String> names = new HashSet<>(gone.defined);
      for (LiveCell c : cells.subList(number - 1, cells.size())) {
        if (c.uses(names)) {
          c.markStale();
          names.addAll(c.defined);
        }
      }
      changed("");
    }
  }

  /** Queues one cell. */
  public void run(int number) {
    submit(List.of(cell(number)), false);
  }

  /** Queues the cells above cell {@code number} that have not run in this session, then the cell itself. */
  public void runUpTo(int number) {
    synchronized (lock) {
      cell(number);
      List<LiveCell> batch = new ArrayList<>();
      for (LiveCell c : cells.subList(0, number - 1)) {
        if (c.status == LiveCell.Status.NEW) {
          batch.add(c);
        }
      }
      batch.add(cells.get(number - 1));
      submit(batch, false);
    }
  }

  /** Queues every cell in order; the first that fails ends the run. */
  public void runAll() {
    submit(snapshot(), false);
  }

  /** Queues the cells above cell {@code number}. */
  public void runAbove(int number) {
    cell(number);
    submit(snapshot().subList(0, number - 1), false);
  }

  /**
   * Queues, in order, the stale cells and, before the last of them, the cells that did not run or
   * failed (a stale cell may need what they define).
   */
  public void runStale() {
    synchronized (lock) {
      submit(staleCells(), false);
    }
  }

  /**
   * Writes parameter values (as typed: {@code Morsø}, {@code 2023}) into the parameter cell, each as a
   * literal of its declared type, runs that cell, then the cells that became stale.
   */
  public void setParameters(Map<String, String> values) {
    LiveCell first;
    synchronized (lock) {
      Notebook applied = Parameters.of(text.notebook()).apply(values, municipalities);
      first = cells.get(0);
      edit(1, applied.parameterCell().code());
      parametersGiven.putAll(values);
    }
    submit(List.of(first), true);
  }

  /**
   * Stops the running cell and empties the queue; the variables defined so far keep their values.
   * When the cell has not ended after a few seconds (code the JDK cannot interrupt), the message
   * says so and offers a restart.
   */
  public void stop() {
    LiveCell stopping;
    Engine current;
    long run;
    synchronized (lock) {
      generation++;
      cells.forEach(NotebookSession::unqueue);
      stopping = running;
      run = stoppable;
      current = engine;
      changed(stopping == null ? "Nothing was running." : "Stopping cell " + stopping.cell.number() + " …");
    }
    if (run != 0) {
      watchdogs.execute(() -> stopUntilEnded(current, run, stopping));
    }
  }

  /**
   * A fresh session: the running cell is stopped, the queue emptied, and the cells that had run
   * to completion (OK or stale) run again in order in a new JShell.
   */
  public void restart() {
    Engine old;
    List<LiveCell> replay = new ArrayList<>();
    synchronized (lock) {
      generation++;
      cells.forEach(NotebookSession::unqueue);
      for (LiveCell c : cells) {
        if (c.status == LiveCell.Status.OK || c.status == LiveCell.Status.STALE) {
          replay.add(c);
        }
      }
      old = engine;
      // the old engine's run is stopped here, and no later Stop is for it
      stoppable = 0;
      engine = startEngine();
      variables = List.of();
      changed("Session restarted: " + replay.size() + (replay.size() == 1 ? " cell runs" : " cells run") + " again.");
    }
    CellShell shell = old.shell;
    if (shell != null) {
      shell.stop();
    }
    old.worker.execute(() -> closeQuietly(old));
    old.worker.shutdown();
    submit(replay, false);
  }

  /**
   * Saves the text to the notebook's file, atomically. Refused with {@link ChangedOnDisk} when the
   * file changed on disk since it was read or saved, unless {@code force}.
   */
  public Path save(boolean force) {
    synchronized (lock) {
      String onDisk = Files.exists(file) ? read(file) : null;
      if (!force && onDisk != null && !onDisk.equals(diskText)) {
        throw new ChangedOnDisk(file);
      }
      SafeFile.write(file, text.text().getBytes(StandardCharsets.UTF_8), true);
      diskText = text.text();
      dirty = false;
      changed("Saved " + file + ".");
      return file;
    }
  }

  /**
   * Writes the notebook's HTML report as {@code ./workbench run} does, from the text as it is now
   * (saved or not), in a fresh JShell; the live session is not touched. Returns the report's path.
   */
  public Path exportReport() {
    Notebook notebook;
    Map<String, String> shown;
    Engine current;
    synchronized (lock) {
      notebook = text.notebook();
      shown = Parameters.of(notebook).effective(Map.of(), municipalities);
      shown.keySet().retainAll(parametersGiven.keySet());
      current = engine;
      pending++;
      changed("Writing the report …");
    }
    Future<Path> report = current.worker.submit(() -> writeReport(notebook, shown));
    try {
      Path out = report.get();
      synchronized (lock) {
        changed("Report written: " + out + ".");
      }
      return out;
    } catch (ExecutionException e) {
      String why = e.getCause() instanceof WorkbenchException w ? w.getMessage() : String.valueOf(e.getCause());
      synchronized (lock) {
        changed("The report was not written: " + why);
      }
      throw new WorkbenchException("The report was not written: " + why, e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new WorkbenchException("The report was not written: interrupted.", e);
    } finally {
      synchronized (lock) {
        pending--;
        changed(message);
      }
    }
  }

  /**
   * Keeps unsaved edits: writes the text to {@code NAME.unsaved.jsh} next to the notebook (never
   * over another file) and returns its path, or null when nothing was unsaved.
   */
  public Path keepUnsaved() {
    synchronized (lock) {
      if (!dirty) {
        return null;
      }
      Path copy = SafeFile.nextFree(file.resolveSibling(nameOf(file) + ".unsaved.jsh"));
      return SafeFile.write(copy, text.text().getBytes(StandardCharsets.UTF_8), false);
    }
  }

  /** Stops what runs and ends the session; unsaved edits are not written (see {@link #keepUnsaved()}). */
  @Override
  public void close() {
    Engine current;
    synchronized (lock) {
      generation++;
      current = engine;
    }
    CellShell shell = current.shell;
    if (shell != null) {
      shell.stop();
    }
    current.worker.execute(() -> closeQuietly(current));
    current.worker.shutdown();
  }

  /** A save refused because the file changed on disk since it was read or saved. */
  public static final class ChangedOnDisk extends WorkbenchException {
    ChangedOnDisk(Path file) {
      super(file + " changed on disk since it was opened or saved (another program wrote it)."
          + " Save again to overwrite it, or copy your edits and open the file again.");
    }
  }

  /**
   * The state of a live notebook.
   *
   * @param version grows with every change
   * @param file the notebook's file
   * @param name the file name without .jsh
   * @param title the notebook's title
   * @param intro the introduction's Markdown
   * @param dirty whether the text has edits not saved
   * @param busy whether a cell runs or waits
   * @param running the number of the running cell, or 0
   * @param message the last thing that happened, one line, or ""
   * @param parameters the parameter cell's declarations
   * @param variables the session's variables
   * @param cells the cells in order
   */
  public record View(long version, Path file, String name, String title, String intro, boolean dirty, boolean busy,
      int running, String message, List<Parameter> parameters, List<Variable> variables, List<CellView> cells) {}

  /**
   * One cell in a {@link View}.
   *
   * @param cell the cell's text as it is now
   * @param status NEW, QUEUED, RUNNING, OK, FAILED, STOPPED, STALE or NOT_RUN
   * @param outputs what its last run showed
   * @param error why its last run failed, or null
   * @param millis how long its last run took
   * @param runs how many runs of it ended in this session
   */
  public record CellView(Cell cell, String status, List<Output> outputs, CellError error, long millis, int runs) {}

  private Engine startEngine() {
    Engine started = new Engine();
    started.worker.execute(() -> {
      try {
        shellOf(started);
      } catch (WorkbenchException e) {
        synchronized (lock) {
          changed(e.getMessage());
        }
      }
    });
    return started;
  }

  /** The engine's JShell, opened on first use (on its worker thread). */
  private CellShell shellOf(Engine on) {
    if (on.shell == null) {
      synchronized (lock) {
        changed("Starting the session (the data and helpers, as at the prompt) …");
      }
      on.shell = CellShell.open(setup);
      synchronized (lock) {
        changed(message.startsWith("Starting the session") ? "" : message);
      }
    }
    return on.shell;
  }

  private void submit(List<LiveCell> batch, boolean thenStale) {
    int at;
    Engine on;
    synchronized (lock) {
      for (LiveCell c : batch) {
        if (c.cell.hasCode() && c.status != LiveCell.Status.QUEUED) {
          c.beforeQueued = c.status;
          c.status = LiveCell.Status.QUEUED;
        }
      }
      at = generation;
      on = engine;
      pending++;
      changed(message);
    }
    on.worker.execute(() -> runBatch(on, new ArrayList<>(batch), thenStale, at));
  }

  private void runBatch(Engine on, List<LiveCell> batch, boolean thenStale, int at) {
    try {
      boolean failed = false;
      for (int i = 0; i < batch.size(); i++) {
        LiveCell c = batch.get(i);
        synchronized (lock) {
          if (failed || at != generation || !cells.contains(c) || c.status != LiveCell.Status.QUEUED) {
            unqueue(c);
            continue;
          }
        }
        failed = !runOne(on, c);
        if (thenStale && !failed && i == batch.size() - 1) {
          thenStale = false;
          synchronized (lock) {
            List<LiveCell> stale = staleCells();
            stale.forEach(s -> {
              s.beforeQueued = s.status;
              s.status = LiveCell.Status.QUEUED;
            });
            batch.addAll(stale);
          }
        }
      }
    } catch (WorkbenchException e) {
      synchronized (lock) {
        batch.forEach(NotebookSession::unqueue);
        changed(e.getMessage());
      }
    } finally {
      synchronized (lock) {
        pending--;
        changed(message);
      }
    }
  }

  /** Runs one cell; false when it failed or was stopped. */
  private boolean runOne(Engine on, LiveCell c) {
    CellShell shell = shellOf(on);
    Cell cell;
    long number;
    synchronized (lock) {
      c.status = LiveCell.Status.RUNNING;
      running = c;
      cell = c.cell;
      number = ++runsStarted;
      stoppable = number;
      changed(message.startsWith("Cell ") ? "" : message);
    }
    CellShell.Run run = shell.run(cell, TableLimit.LIVE);
    codeEnded(number);
    List<Variable> now = shell.variables();
    synchronized (lock) {
      Set<String> names = new LinkedHashSet<>(c.defined);
      names.addAll(run.defined());
      c.ran(cell.code(), run);
      running = null;
      if (on == engine) {
        variables = now;
      }
      markDependents(c, names);
      changed(run.stopped() ? "Cell " + cell.number() + " was stopped; the variables keep their values."
          : c.error != null ? "Cell " + cell.number() + " failed at line " + c.error.line() + "." : "");
      return !run.stopped() && run.result().status() == CellResult.Status.OK;
    }
  }

  /** Run {@code number}'s cell code has returned: from now on no Stop ends it, nor lands in what runs next. */
  private void codeEnded(long number) {
    synchronized (lock) {
      if (stoppable == number) {
        stoppable = 0;
      }
    }
  }

  /** Marks the cells after {@code changed} that use one of {@code names} as stale, and so on down. */
  private void markDependents(LiveCell changed, Set<String> names) {
    Set<String> reach = new HashSet<>(names);
    if (reach.isEmpty()) {
      return;
    }
    for (LiveCell c : cells.subList(cells.indexOf(changed) + 1, cells.size())) {
      if (c.uses(reach) && (c.status.ran() || c.status == LiveCell.Status.QUEUED)) {
        c.markStale();
        reach.addAll(c.defined);
      }
    }
  }

  private List<LiveCell> staleCells() {
    int last = -1;
    for (int i = 0; i < cells.size(); i++) {
      if (cells.get(i).status == LiveCell.Status.STALE) {
        last = i;
      }
    }
    List<LiveCell> todo = new ArrayList<>();
    for (int i = 0; i <= last; i++) {
      LiveCell.Status s = cells.get(i).status;
      if (s == LiveCell.Status.STALE || s == LiveCell.Status.NEW || s == LiveCell.Status.FAILED || s == LiveCell.Status.STOPPED) {
        todo.add(cells.get(i));
      }
    }
    return todo;
  }

  /**
   * Calls stop until run {@code run} (of cell {@code stopping}) ends, at most {@link #STOP_GRACE}: a
   * stop can come as the snippet is still being compiled.
   */
  private void stopUntilEnded(Engine on, long run, LiveCell stopping) {
    long end = System.nanoTime() + STOP_GRACE.toNanos();
    try {
      while (System.nanoTime() < end) {
        synchronized (lock) {
          // checked and stopped under the lock, by the run's number: a later run, even of the same
          // cell, cannot start in between and be stopped instead
          if (stoppable != run) {
            return;
          }
          CellShell shell = on.shell;
          if (shell != null) {
            shell.stop();
          }
          lock.wait(100);
        }
      }
      synchronized (lock) {
        if (stoppable == run) {
          changed("Cell " + stopping.cell.number() + " does not stop: it is inside code the engine cannot interrupt."
              + " Restart the session; the cells that had run run again.");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private Path writeReport(Notebook notebook, Map<String, String> shown) {
    List<CellResult> results = new NotebookRunner(setup).run(notebook, NotebookRunner.Progress.NONE);
    Path out = ReportFile.defaultFor(ReportFile.FOLDER, notebook, shown.get(Parameters.KOMMUNE));
    ReportFile.checkMayWrite(out);
    ReportFile.write(out, Report.page(notebook, results, shown, LocalDateTime.now()));
    return out;
  }

  private static void unqueue(LiveCell c) {
    if (c.status == LiveCell.Status.QUEUED) {
      c.status = c.beforeQueued;
    }
  }

  private static void closeQuietly(Engine engine) {
    CellShell shell = engine.shell;
    if (shell != null) {
      shell.close();
    }
  }

  private void setText(NotebookText changed) {
    text = changed;
    dirty = !changed.text().equals(diskText);
    List<Cell> now = changed.notebook().cells();
    for (int i = 0; i < cells.size(); i++) {
      cells.get(i).cell = now.get(i);
    }
  }

  /** A text with one cell more ({@code added}) or less, at index {@code at} of the cell list. */
  private void setText(NotebookText changed, int at, boolean added) {
    List<Cell> now = changed.notebook().cells();
    if (added) {
      LiveCell inserted = new LiveCell(now.get(at));
      // a new cell is for code: the page gives it an editor although it has none yet
      inserted.status = LiveCell.Status.NEW;
      cells.add(at, inserted);
    } else {
      cells.remove(at);
    }
    setText(changed);
  }

  private List<LiveCell> snapshot() {
    synchronized (lock) {
      return List.copyOf(cells);
    }
  }

  private LiveCell cell(int number) {
    synchronized (lock) {
      if (number < 1 || number > cells.size()) {
        throw new WorkbenchException("There is no cell " + number + ": the notebook has cells 1 to " + cells.size() + ".");
      }
      return cells.get(number - 1);
    }
  }

  private boolean busy() {
    return pending > 0 || running != null;
  }

  private void changed(String now) {
    message = now;
    version++;
    lock.notifyAll();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new WorkbenchException("Could not read " + file + ": " + e.getMessage(), e);
    }
  }

  private static String nameOf(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".jsh") ? name.substring(0, name.length() - 4) : name;
  }
}
