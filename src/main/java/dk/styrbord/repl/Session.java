package dk.styrbord.repl;

import dk.styrbord.analysis.ResultTable;
import dk.styrbord.analysis.Spending;
import tech.tablesaw.api.Table;
import dk.styrbord.data.Catalog;
import dk.styrbord.data.DatasetEntry;
import dk.styrbord.data.Datasets;
import dk.styrbord.data.Municipalities;
import dk.styrbord.data.Provenance;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The state of the prompt's session: the datasets it loaded and the ones it could not. The only
 * mutable global state in the workbench, set once when the prompt starts.
 */
final class Session {
  private static volatile Session current;
  private static volatile CompletableFuture<Session> opening;

  private final Datasets datasets;
  private final List<String> problems;
  private volatile Municipalities municipalities;
  private volatile Spending spending;

  private Session(Datasets datasets, List<String> problems) {
    this.datasets = datasets;
    this.problems = List.copyOf(problems);
  }

  /** Makes this session the current one, in place of any being opened. */
  static Session start(Session session) {
    opening = null;
    current = session;
    return session;
  }

  /** A session over these datasets ({@code problems} are one-line load errors), not yet the current one. */
  static Session of(Datasets datasets, List<String> problems) {
    return new Session(datasets, problems);
  }

  /**
   * Opens the session on a background thread and returns at once; {@link #current()} waits for it.
   * The prompt's JShell starts meanwhile, which is most of a start.
   */
  static void startInBackground(Supplier<Session> open) {
    CompletableFuture<Session> f = new CompletableFuture<>();
    opening = f;
    Thread t = new Thread(() -> {
      try {
        f.complete(open.get());
      } catch (Throwable e) {
        // anything, an OutOfMemoryError too, must reach the start-up waiting in current()
        f.completeExceptionally(e);
      }
    }, "styrbord-session");
    t.setDaemon(true);
    t.start();
  }

  /**
   * The running session (waiting for one being opened in the background), or one over the bundled
   * data when none was started (tests, notebooks).
   */
  static Session current() {
    CompletableFuture<Session> f = opening;
    if (f != null) {
      try {
        return f.join();
      } catch (CompletionException e) {
        throw e.getCause() instanceof RuntimeException cause ? cause : e;
      }
    }
    Session s = current;
    if (s == null) {
      synchronized (Session.class) {
        if (current == null) {
          current = new Session(Datasets.of(Catalog.current()), List.of());
        }
        s = current;
      }
    }
    return s;
  }

  Datasets datasets() {
    return datasets;
  }

  List<String> problems() {
    return problems;
  }

  /** Whether a dataset failed its checks (one of the problems names its file). */
  boolean failed(DatasetEntry entry) {
    return problems.stream().anyMatch(p -> p.contains(entry.file()));
  }

  /** The spending and volume questions over this session's datasets. */
  Spending spending() {
    Spending s = spending;
    if (s == null) {
      s = Spending.of(datasets, municipalities());
      spending = s;
    }
    return s;
  }

  /**
   * From now on, {@link #spending()} answers over the bundled spending with {@code withOwnRows} in
   * its place (a municipality's own ledger rows in it), citing {@code ledger}.
   */
  void useOwnSpending(Table withOwnRows, Provenance ledger) {
    spending = Spending.of(datasets.replacing("spending", withOwnRows), municipalities(), ledger);
  }

  /** From now on, {@link #spending()} answers over the bundled spending again. */
  void useBundledSpending() {
    spending = null;
  }

  /** A fresh copy of a bundled dataset that knows what it holds (title, years, unit, provenance). */
  Table copyOf(DatasetEntry entry) {
    return ResultTable.ofDataset(datasets.table(entry.name()).copy(), entry, provenance(entry.name()));
  }

  /** Where a bundled dataset comes from, as its catalog entry says, with whose data it is. */
  Provenance provenance(String dataset) {
    return Provenance.of(datasets.catalog(), municipalities(), dataset);
  }

  Municipalities municipalities() {
    Municipalities m = municipalities;
    if (m == null) {
      m = Municipalities.of(datasets);
      municipalities = m;
    }
    return m;
  }
}
