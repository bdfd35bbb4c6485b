package dk.styrbord;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Background threads that the workbench's own code starts (reading datasets, HTTP, watchdogs): daemon
 * threads in the JVM's top thread group, never in the group of the snippet that happened to start
 * them. JShell's local engine waits for the threads of a snippet's group, so a long-lived helper
 * thread born there could make the prompt wait for ever; and snippet threads are the user's.
 *
 * <p>Example: {@code Executors.newCachedThreadPool(Daemons.factory("styrbord-http"))}.
 */
public final class Daemons {
  private Daemons() {}

  /** A daemon thread in the top thread group, not started. */
  public static Thread thread(String name, Runnable work) {
    ThreadGroup top = Thread.currentThread().getThreadGroup();
    while (top.getParent() != null) {
      top = top.getParent();
    }
    Thread t = new Thread(top, work, name);
    t.setDaemon(true);
    return t;
  }

  /**
   * A pool of at most {@code threads} such threads, which end after 30 s without work, so a pool
   * made once for the JVM costs nothing while idle. Example: {@code Daemons.idlePool("styrbord-data", 2)}.
   */
  public static ExecutorService idlePool(String name, int threads) {
    ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), factory(name));
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  /** Makes such threads for a pool, named {@code name-1}, {@code name-2}, …. */
  public static ThreadFactory factory(String name) {
    AtomicInteger count = new AtomicInteger();
    return work -> thread(name + "-" + count.incrementAndGet(), work);
  }
}
