package dk.styrbord.notebook;

import java.util.List;

/**
 * Why a cell failed, and where in the notebook file.
 *
 * @param kind what went wrong: the code did not compile, was cut off, or threw when it ran
 * @param message one line (a compiler message may add detail lines)
 * @param line the notebook file line the error points at, from 1
 * @param trace for an exception, the notebook lines of its snippet frames, innermost first, e.g.
 *     "line 42 (cell 3 Trend)"
 */
public record CellError(Kind kind, String message, int line, List<String> trace) {

  /** The three ways a cell can fail. */
  public enum Kind {
    COMPILE("does not compile"),
    INCOMPLETE("is incomplete"),
    EXCEPTION("threw an exception");

    private final String text;

    Kind(String text) {
      this.text = text;
    }

    /** How the report says it: "does not compile". */
    public String text() {
      return text;
    }
  }

  public CellError {
    trace = List.copyOf(trace);
  }

  /** One line for the progress output: {@code line 42: / by zero}. */
  public String summary() {
    String first = message.lines().findFirst().orElse("");
    return "line " + line + ": " + first;
  }
}
