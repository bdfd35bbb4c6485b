package dk.styrbord.repl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;

/**
 * The threads of one session's snippets, so that closing the session ({@code /reset}, the end of a
 * notebook) stops the threads they started. JShell's local engine runs each snippet on a thread of
 * a thread group of its own, made for that snippet; a thread belongs to the group of the thread that
 * starts it, so every thread a snippet starts is in one of those groups, which the engine records
 * as each snippet begins ({@link #entered()}). The snippet runs on JShell's own thread, as before,
 * so JShell's stop (Ctrl-C) reaches it directly. The workbench's own threads (named
 * {@code styrbord-…}, such as a notebook's server opened from the prompt) and the JVM's shared pool
 * are left alone: they serve every session.
 *
 * <p>Example: {@code threads.entered()} on the snippet's thread, and at the end {@code threads.stop()}.
 */
final class SnippetThreads {
  /** How long stopped threads get to end, in all. */
  private static final long GRACE_MILLIS = 1_000;

  /** The groups JShell made for this session's snippets (weakly: an ended one may go). */
  private final Set<ThreadGroup> groups = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

  /** Records the group of the snippet that begins on this thread. */
  void entered() {
    groups.add(Thread.currentThread().getThreadGroup());
  }

  /**
   * Interrupts every thread the session's snippets started and waits a second for them to end;
   * returns the names of those still running (code that never checks for interruption).
   */
  List<String> stop() {
    List<Thread> started = started();
    started.forEach(Thread::interrupt);
    long deadline = System.nanoTime() + GRACE_MILLIS * 1_000_000;
    List<String> running = new ArrayList<>();
    for (Thread t : started) {
      long left = (deadline - System.nanoTime()) / 1_000_000;
      try {
        t.join(Math.max(1, left));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (t.isAlive()) {
        running.add(t.getName());
      }
    }
    return running;
  }

  /** The line that says which threads would not stop, or null when all did. */
  static String notStopped(List<String> names) {
    if (names.isEmpty()) {
      return null;
    }
    boolean one = names.size() == 1;
    return (one ? "A thread a snippet started (" : names.size() + " threads snippets started (") + String.join(", ", names)
        + ") did not stop when interrupted and " + (one ? "runs" : "run") + " on until the workbench ends: let such a"
        + " loop check Thread.currentThread().isInterrupted().";
  }

  private List<Thread> started() {
    List<ThreadGroup> each;
    synchronized (groups) {
      each = new ArrayList<>(groups);
    }
    List<Thread> all = new ArrayList<>();
    for (ThreadGroup group : each) {
      Thread[] threads;
      int n;
      do {
        threads = new Thread[group.activeCount() + 8];
        n = group.enumerate(threads, true);
      } while (n == threads.length);
      Arrays.stream(threads, 0, n).filter(t -> t != Thread.currentThread() && !isShared(t)).forEach(all::add);
    }
    return all;
  }


  private static boolean isShared(Thread t) {
    return t.getName().startsWith("styrbord-")
        || t instanceof ForkJoinWorkerThread w && w.getPool() == ForkJoinPool.commonPool();
  }
}
