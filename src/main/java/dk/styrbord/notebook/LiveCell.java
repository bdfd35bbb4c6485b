package dk.styrbord.notebook;

import java.util.List;
import java.util.Set;

/**
 * One cell of a live notebook and what its last run left: status, outputs, error, the names it
 * defined. Changed only by its {@link NotebookSession}, under the session's lock.
 */
final class LiveCell {
  /** Where a cell stands in the live session. */
  enum Status {
    /** Not run in this session. */
    NEW,
    QUEUED,
    RUNNING,
    OK,
    FAILED,
    /** Interrupted by Stop. */
    STOPPED,
    /** It ran, but its code or a cell it depends on changed since: its outputs are from before. */
    STALE,
    /** Only prose, nothing to run. */
    NOT_RUN;

    /** Whether a cell in this state has run in this session (its outputs say something). */
    boolean ran() {
      return this == OK || this == FAILED || this == STOPPED || this == STALE;
    }
  }

  Cell cell;
  Status status;
  /** The status to go back to when a queued run does not happen. */
  Status beforeQueued;
  List<Output> outputs = List.of();
  CellError error;
  long millis;
  /** The names the last run defined. */
  Set<String> defined = Set.of();
  /** The code as it last ran, or null. */
  String ranCode;

  LiveCell(Cell cell) {
    this.cell = cell;
    this.status = cell.hasCode() ? Status.NEW : Status.NOT_RUN;
  }

  /** Whether this cell's code mentions one of {@code names}. */
  boolean uses(Set<String> names) {
    return Identifiers.of(cell.code()).stream().anyMatch(names::contains);
  }

  /** Takes the result of a run of {@code code}; stale at once if the code was edited while it ran. */
  void ran(String code, CellShell.Run run) {
    ranCode = code;
    outputs = run.result().outputs();
    error = run.result().error();
    millis = run.result().millis();
    defined = Set.copyOf(run.defined());
    status = run.stopped() ? Status.STOPPED
        : run.result().status() == CellResult.Status.OK ? Status.OK : Status.FAILED;
    if (!code.equals(cell.code())) {
      status = Status.STALE;
    }
  }

  /** Marks a cell that has run as stale; a queued one will be stale if its run does not happen. */
  void markStale() {
    if (status == Status.QUEUED) {
      beforeQueued = beforeQueued.ran() ? Status.STALE : beforeQueued;
    } else if (status.ran()) {
      status = Status.STALE;
    }
  }
}
