package dk.styrbord.notebook;

import dk.styrbord.WorkbenchException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a notebook's cells in order in one fresh JShell session, as at the prompt (see {@link
 * CellShell}): compiler messages and stack frames point at notebook lines. The first failing cell
 * stops the run; the cells after it are not run.
 *
 * <p>Example: {@code new NotebookRunner(setup).run(Notebook.read(path), NotebookRunner.Progress.NONE)}.
 */
public final class NotebookRunner {
  private final ShellSetup setup;

  /** A runner whose JShells are made from this setup. */
  public NotebookRunner(ShellSetup setup) {
    this.setup = setup;
  }

  /** Told as each cell starts and ends, e.g. to print progress. */
  public interface Progress {
    /** Reports nothing. */
    Progress NONE = new Progress() {};

    /** A cell starts. */
    default void started(Cell cell, int cells) {}

    /** A cell ended (or was not run). */
    default void finished(CellResult result, int cells) {}
  }

  /**
   * Runs every cell and returns one result per cell. Fails with a {@link WorkbenchException} only
   * when the start-up itself fails (then the data or the build is broken, not the notebook).
   */
  public List<CellResult> run(Notebook notebook, Progress progress) {
    List<CellResult> results = new ArrayList<>();
    try (CellShell shell = CellShell.open(setup)) {
      boolean failed = false;
      int n = notebook.cells().size();
      for (Cell cell : notebook.cells()) {
        CellResult result;
        if (failed) {
          result = CellResult.notRun(cell);
        } else {
          progress.started(cell, n);
          result = shell.run(cell, TableLimit.REPORT).result();
          failed = result.status() == CellResult.Status.FAILED;
        }
        results.add(result);
        progress.finished(result, n);
      }
    }
    return results;
  }
}
