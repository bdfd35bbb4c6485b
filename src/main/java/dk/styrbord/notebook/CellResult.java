package dk.styrbord.notebook;

import java.util.List;

/**
 * What happened to one cell in a run.
 *
 * @param cell the cell as it ran (with parameters given on the command line)
 * @param status whether it ran, failed, or was not run after an earlier failure
 * @param outputs what it printed and showed, in order
 * @param error why it failed, or null
 * @param millis how long it ran
 */
public record CellResult(Cell cell, Status status, List<Output> outputs, CellError error, long millis) {

  /** A cell's outcome. */
  public enum Status {
    OK,
    FAILED,
    NOT_RUN
  }

  public CellResult {
    outputs = List.copyOf(outputs);
  }

  /** A cell left out because an earlier one failed. */
  static CellResult notRun(Cell cell) {
    return new CellResult(cell, Status.NOT_RUN, List.of(), null, 0);
  }
}
