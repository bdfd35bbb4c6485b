package dk.styrbord.notebook;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A gate a cell's code waits at until the test opens it, so a test can act at a known point inside
 * a run (the local engine runs cells in the test's JVM, with the test's classes). Public: cell code
 * runs outside this package. Example: a cell {@code CellGate.await(6) * kept}, then {@code
 * CellGate.awaitArrival(); …; CellGate.open();}.
 */
public final class CellGate {
  private static final long SECONDS = 60;
  private static CountDownLatch arrived = new CountDownLatch(1);
  private static CountDownLatch opened = new CountDownLatch(1);

  private CellGate() {}

  /** A fresh gate, closed, that nobody has reached. */
  static synchronized void reset() {
    arrived = new CountDownLatch(1);
    opened = new CountDownLatch(1);
  }

  /** Called by the cell: says it has arrived, waits until the gate opens, and gives back {@code value}. */
  public static int await(int value) throws InterruptedException {
    CountDownLatch open;
    synchronized (CellGate.class) {
      arrived.countDown();
      open = opened;
    }
    open.await(SECONDS, TimeUnit.SECONDS);
    return value;
  }

  /** Waits until a cell has arrived at the gate; false when none did within a minute. */
  static boolean awaitArrival() throws InterruptedException {
    CountDownLatch at;
    synchronized (CellGate.class) {
      at = arrived;
    }
    return at.await(SECONDS, TimeUnit.SECONDS);
  }

  /** Lets the waiting cell go on. */
  static synchronized void open() {
    opened.countDown();
  }
}
