package dk.styrbord.notebook;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects what one cell shows while it runs: System.out and System.err (the notebook's engine runs
 * in this JVM and shares its streams; {@link CellStreams} sends each cell's text to its own capture)
 * and the values offered to {@link Display}, in order.
 */
final class CellCapture implements AutoCloseable {
  /** Printed text beyond this many characters per cell is cut, with a note. */
  static final int MAX_PRINTED = 200_000;

  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
  private final List<Output> outputs = new ArrayList<>();
  private final TableLimit limit;
  private volatile boolean open = true;

  private CellCapture(TableLimit limit) {
    this.limit = limit;
  }

  /**
   * Starts capturing for the cell that runs on this thread: what it prints on System.out and
   * System.err, and what it offers to {@link Display}, lead here ({@link CellStreams}); tables keep
   * what {@code limit} says.
   */
  static CellCapture begin(TableLimit limit) {
    CellCapture capture = new CellCapture(limit);
    CellStreams.enter(capture);
    return capture;
  }

  /** Whether the cell still runs: a thread it started that prints later prints where it did before. */
  boolean isOpen() {
    return open;
  }

  /** Text the cell printed, as UTF-8 bytes. */
  synchronized void printed(byte[] bytes, int offset, int length) {
    buffer.write(bytes, offset, length);
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

  /** Ends the capture: this thread prints for no cell any more. */
  @Override
  public void close() {
    open = false;
    CellStreams.leave();
  }

  private void flushPrinted() {
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
