package dk.styrbord.data;

import dk.styrbord.WorkbenchException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import tech.tablesaw.api.Table;

/**
 * The bundled datasets of one session, each read once: in the background when {@link
 * #preloadAll()} is called at start-up, otherwise on first use.
 *
 * <p>Example: {@code Datasets.of(Catalog.bundled()).table("spending")}.
 */
public final class Datasets {
  /**
   * The two threads that read datasets, shared by every Datasets (one was made per instance, and
   * every readCsv at the prompt left two threads behind), ending when idle.
   */
  private static final ExecutorService READERS = dk.styrbord.Daemons.idlePool("styrbord-data", 2);

  private final Catalog catalog;
  private final Map<String, CompletableFuture<Table>> loads;
  private final Map<String, Table> replaced;

  private Datasets(Catalog catalog) {
    this(catalog, new ConcurrentHashMap<>(), Map.of());
  }

  private Datasets(Catalog catalog, Map<String, CompletableFuture<Table>> loads,
      Map<String, Table> replaced) {
    this.catalog = catalog;
    this.loads = loads;
    this.replaced = replaced;
  }

  /** A session over the datasets of a catalog; nothing is read yet. */
  public static Datasets of(Catalog catalog) {
    return new Datasets(catalog);
  }

  /** The catalog these datasets come from. */
  public Catalog catalog() {
    return catalog;
  }

  /**
   * The same datasets with {@code table} in place of the dataset {@code name}; the others are read
   * once for both. Example: {@code datasets.replacing("spending", withOwnLedger)}.
   */
  public Datasets replacing(String name, Table table) {
    Map<String, Table> more = new HashMap<>(replaced);
    more.put(catalog.entry(name).name(), table);
    return new Datasets(catalog, loads, Map.copyOf(more));
  }

  /** Starts reading every dataset in the background and returns at once. */
  public Datasets preloadAll() {
    return preload(catalog.entries());
  }

  /** Starts reading these datasets in the background and returns at once. */
  public Datasets preload(Collection<DatasetEntry> entries) {
    entries.forEach(e -> future(e.name()));
    return this;
  }

  /**
   * The dataset with this name, read and verified. The same table is returned on every call:
   * analysis code must not change it (hand users a {@code copy()}).
   */
  public Table table(String name) {
    String known = catalog.entry(name).name();
    if (replaced.containsKey(known)) {
      return replaced.get(known);
    }
    try {
      return future(known).join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw new WorkbenchException("Reading dataset " + known + " failed: " + e.getCause(), e.getCause());
    }
  }

  private CompletableFuture<Table> future(String name) {
    return loads.computeIfAbsent(
        name, n -> CompletableFuture.supplyAsync(() -> DatasetLoader.load(catalog, n), READERS));
  }
}
