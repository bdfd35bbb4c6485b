package dk.styrbord.notebook;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * System.out and System.err while notebooks run in this JVM: text goes to the capture of the cell
 * whose code printed it (the cell's thread and the threads it starts), anything else where it went
 * before. Several notebook sessions can run at once (a live notebook beside a batch, a notebook
 * opened from the prompt); with one global stream per cell, a cell that ended in one session took
 * the output, or the values, of a cell running in another.
 *
 * <p>Example: {@code CellStreams.enter(capture); … CellStreams.leave();}
 */
final class CellStreams {
  private static final InheritableThreadLocal<CellCapture> CELL = new InheritableThreadLocal<>();
  private static PrintStream out;
  private static PrintStream err;

  private CellStreams() {}

  /** The cell this thread prints for from now on (its snippet threads inherit it). */
  static void enter(CellCapture capture) {
    install();
    CELL.set(capture);
  }

  /** This thread prints for no cell any more. */
  static void leave() {
    CELL.remove();
  }

  /** The open capture of the cell this thread runs for, or null. */
  static CellCapture current() {
    CellCapture capture = CELL.get();
    return capture != null && capture.isOpen() ? capture : null;
  }

  /** Puts the routing streams in place, again when something set System.out or System.err since. */
  private static synchronized void install() {
    if (System.out != out) {
      out = routed(System.out);
      System.setOut(out);
    }
    if (System.err != err) {
      err = routed(System.err);
      System.setErr(err);
    }
  }

  private static PrintStream routed(PrintStream before) {
    return new PrintStream(new Router(before), true, StandardCharsets.UTF_8);
  }

  /** Bytes (UTF-8) to the current cell's capture, or as text to the stream that was there before. */
  private static final class Router extends OutputStream {
    private final PrintStream before;

    Router(PrintStream before) {
      this.before = before;
    }

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      CellCapture capture = current();
      if (capture != null) {
        capture.printed(bytes, offset, length);
      } else {
        before.print(new String(bytes, offset, length, StandardCharsets.UTF_8));
      }
    }

    @Override
    public void flush() {
      before.flush();
    }
  }
}
