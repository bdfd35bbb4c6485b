package dk.styrbord.data.imports;

import dk.styrbord.Daemons;
import dk.styrbord.WorkbenchException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * The threads that read large files, one a core: daemon threads outside the snippet's thread group
 * (see {@link Daemons}), which end when idle, so the prompt never waits for them and pays nothing
 * between imports. Example: {@code ImportThreads.all(List.of(() -> 1, () -> 2))} gives [1, 2].
 */
final class ImportThreads {
  private static final ExecutorService THREADS = Daemons.idlePool("styrbord-import", Runtime.getRuntime().availableProcessors());

  private ImportThreads() {}

  /** Starts one piece of work. */
  static <T> Future<T> submit(Callable<T> work) {
    return THREADS.submit(work);
  }

  /** Runs every piece of work on the threads and gives their results in order; the first failure is thrown as it was. */
  static <T> List<T> all(List<Callable<T>> work) {
    List<Future<T>> pending = new ArrayList<>();
    for (Callable<T> w : work) {
      pending.add(submit(w));
    }
    try {
      List<T> out = new ArrayList<>();
      for (Future<T> f : pending) {
        out.add(result(f));
      }
      return out;
    } catch (ExecutionException e) {
      throw unchecked(e.getCause());
    } finally {
      cancel(pending);
    }
  }

  /** The result of finished work, its failure thrown as it was (an OutOfMemoryError stays one, for {@link ImportProblem#withinMemory}). */
  static <T> T result(Future<T> future) throws ExecutionException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new WorkbenchException("The import was interrupted; nothing was read.");
    }
  }

  static void cancel(List<? extends Future<?>> pending) {
    for (Future<?> f : pending) {
      f.cancel(true);
    }
  }

  /** A failure of work on a thread as the caller throws it. */
  static RuntimeException unchecked(Throwable cause) {
    if (cause instanceof Error error) {
      throw error;
    }
    return cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
  }
}
