package dk.styrbord.data.imports;

import dk.styrbord.Printable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Copies an HTTP answer's body to a file under two limits: no pause longer than {@code idle}, and
 * no more than {@code total} in all, so a server that trickles a byte every few seconds cannot hold
 * a fetch for ever. A watchdog stops the read when a limit is passed. A read that fails (a limit,
 * an answer cut off) is {@link StatBankClient.Offline}; a write that fails is an {@link IOException},
 * so a full disk is never reported as a network problem.
 *
 * <p>Example: {@code new TimedCopy(Duration.ofSeconds(30), Duration.ofMinutes(15)).copy(body, file)}.
 */
final class TimedCopy {
  private static final ScheduledExecutorService WATCHDOG =
      Executors.newSingleThreadScheduledExecutor(dk.styrbord.Daemons.factory("styrbord-download-watchdog"));

  private final Duration idle;
  private final Duration total;
  private long bytes;
  private long lastProgress;
  private String stopped;
  private boolean active = true;

  TimedCopy(Duration idle, Duration total) {
    this.idle = idle;
    this.total = total;
  }

  /** Copies {@code in} to {@code target} and closes {@code in}. */
  void copy(InputStream in, Path target) throws StatBankClient.Offline, IOException {
    Thread reader = Thread.currentThread();
    long start = System.nanoTime();
    lastProgress = start;
    long period = Math.max(10, Math.min(idle.toMillis(), total.toMillis()) / 10);
    ScheduledFuture<?> watch = WATCHDOG.scheduleAtFixedRate(() -> check(start, reader, in), period, period, TimeUnit.MILLISECONDS);
    try (in; OutputStream out = Files.newOutputStream(target)) {
      byte[] buffer = new byte[1 << 16];
      int n;
      while ((n = read(in, buffer)) > 0) {
        out.write(buffer, 0, n);
        progress(n);
      }
    } finally {
      watch.cancel(false);
      finish();
    }
  }

  private int read(InputStream in, byte[] buffer) throws StatBankClient.Offline {
    try {
      return in.read(buffer);
    } catch (IOException e) {
      synchronized (this) {
        String why = stopped != null ? stopped
            : String.format("the answer stopped after %,d bytes: %s", bytes, Printable.escaped(String.valueOf(e.getMessage())));
        throw new StatBankClient.Offline(why, true);
      }
    }
  }

  private synchronized void progress(int n) {
    bytes += n;
    lastProgress = System.nanoTime();
  }

  private synchronized void finish() {
    active = false;
    if (stopped != null) {
      Thread.interrupted();
    }
  }

  /** "300 ms", "30 s", "15 min". */
  static String human(Duration d) {
    long ms = d.toMillis();
    return ms < 1000 ? ms + " ms" : ms < 120_000 ? ms / 1000 + " s" : ms / 60_000 + " min";
  }

  private synchronized void check(long start, Thread reader, InputStream in) {
    if (!active || stopped != null) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastProgress > idle.toNanos()) {
      stopped = String.format("nothing sent for %s, after %,d bytes", human(idle), bytes);
    } else if (now - start > total.toNanos()) {
      stopped = String.format("the answer took longer than %s (%,d bytes by then)", human(total), bytes);
    } else {
      return;
    }
    reader.interrupt();
    try {
      in.close();
    } catch (IOException e) {
      // the read is being stopped; a failure to close changes nothing
    }
  }
}
