package dk.styrbord.notebook;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects what one cell shows while it runs: System.out and System.err (the notebook's engine runs
 * in this JVM and shares its streams) and the values offered to {@link Display}, in order.
 */
final class CellCapture implements AutoCloseable {
  /** Printed text beyond this many characters per cell is cut, with a note. */
  static final int MAX_PRINTED = 200_000;

  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
  private final PrintStream stream = new PrintStream(buffer, true, StandardCharsets.UTF_8);
  private final List<Output> outputs = new ArrayList<>();
  private final PrintStream out;
  private final PrintStream err;
  private final TableLimit limit;

  private CellCapture(TableLimit limit) {
    this.limit = limit;
    out = System.out;
    err = System.err;
  }

  /** Starts capturing: System.out, System.err and {@link Display} now lead here; tables keep what {@code limit} says. */
  static CellCapture begin(TableLimit limit) {
    CellCapture capture = new CellCapture(limit);
    System.setOut(capture.stream);
    System.setErr(capture.stream);
    Display.start(capture);
    return capture;
  }

  synchronized void add(Object value) {
    flushPrinted();
    outputs.addAll(Output.of(value, limit));
  }

  /** What the cell showed so far. */
  synchronized List<Output> outputs() {
    flushPrinted();
    return List.copyOf(outputs);
  }

  /** Gives the streams back. */
  @Override
  public void close() {
    Display.stop();
    System.setOut(out);
    System.setErr(err);
  }

  private void flushPrinted() {
    stream.flush();
    if (buffer.size() == 0) {
      return;
    }
    String text = buffer.toString(StandardCharsets.UTF_8);
    buffer.reset();
    if (text.length() > MAX_PRINTED) {
      text = text.substring(0, MAX_PRINTED) + "\n… (output cut after " + MAX_PRINTED + " characters)\n";
    }
    outputs.add(new Output.Printed(text));
  }
}
