package dk.styrbord.notebook;

import java.io.PrintStream;

/**
 * How a running notebook hands things to its report. Outside a notebook run (at the prompt)
 * nothing is captured and {@link #offer(Object)} returns false, so the caller shows the value its
 * own way (a browser window for a chart).
 *
 * <p>Example: {@code if (!Display.offer(chart)) openInBrowser(chart);}
 */
public final class Display {
  private Display() {}

  /**
   * Puts a chart, table or other value into the report of the running notebook, at this point of
   * the cell's output. Returns true when a notebook run is capturing, false otherwise (nothing
   * happened).
   */
  public static boolean offer(Object value) {
    CellCapture capture = CellStreams.current();
    if (capture == null) {
      return false;
    }
    capture.add(value);
    return true;
  }

  /** Whether a notebook run is capturing output now. */
  public static boolean isCapturing() {
    return CellStreams.current() != null;
  }

  /**
   * Called by the notebook runner after a cell's last expression, with its value, so the report
   * gets the object itself rather than its text. Does nothing outside a run, nor for a {@code
   * PrintStream}: {@code System.out.printf(…)} returns the stream it printed on, and its text is
   * what the reader wants (already in the output), not {@code java.io.PrintStream@6d06d69c}.
   */
  public static void capture(Object value) {
    CellCapture capture = CellStreams.current();
    if (capture != null && !(value instanceof PrintStream)) {
      capture.add(value);
    }
  }

}
