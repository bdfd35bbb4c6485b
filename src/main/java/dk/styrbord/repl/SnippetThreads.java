package dk.styrbord.repl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.FutureTask;

/**
 * The threads of one session's snippets, so that closing the session ({@code /reset}, the end of a
 * notebook) stops the threads they started. Each snippet runs on a thread of this session's
 * {@link ThreadGroup}; JShell's local engine makes its own group a child of the caller's, and a
 * thread belongs to the group of the thread that starts it, so every thread a snippet starts is found
 * here. The workbench's own threads (named {@code styrbord-…}, such as a notebook's server opened
 * from the prompt) and the JVM's shared pool are left alone: they serve every session.
 *
 * <p>Example: {@code threads.run(() -> super.invoke(doit))}, and at the end {@code threads.stop()}.
 */
final class SnippetThreads {
  /** How long stopped threads get to end, in all. */
  private static final long GRACE_MILLIS = 1_000;

  /** A child of the top group, so that a session opened from a snippet (a notebook) is not inside another's. */
  private final ThreadGroup group = new ThreadGroup(top(), "styrbord snippets");

  /** Runs the work on a thread of this session's group and waits for it; its exception passes through. */
  <T> T run(Callable<T> work) throws Exception {
    FutureTask<T> task = new FutureTask<>(work);
    Thread runner = new Thread(group, task, "styrbord-snippet-runner");
    runner.start();
    runner.join();
    try {
      return task.get();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof Exception x ? x : new IllegalStateException(e.getCause());
    }
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
    Thread[] threads;
    int n;
    do {
      threads = new Thread[group.activeCount() + 8];
      n = group.enumerate(threads, true);
    } while (n == threads.length);
    return Arrays.stream(threads, 0, n)
        .filter(t -> t != Thread.currentThread() && !isShared(t))
        .toList();
  }

  private static ThreadGroup top() {
    ThreadGroup top = Thread.currentThread().getThreadGroup();
    while (top.getParent() != null) {
      top = top.getParent();
    }
    return top;
  }

  private static boolean isShared(Thread t) {
    return t.getName().startsWith("styrbord-")
        || t instanceof ForkJoinWorkerThread w && w.getPool() == ForkJoinPool.commonPool();
  }
}
