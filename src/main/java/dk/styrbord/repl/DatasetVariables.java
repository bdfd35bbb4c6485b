package dk.styrbord.repl;

import dk.styrbord.WorkbenchException;
import dk.styrbord.data.DatasetEntry;
import dk.styrbord.data.Datasets;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import tech.tablesaw.api.Table;

/**
 * The bundled datasets as names at the prompt: one field per dataset, brought into scope by the
 * start-up's {@code import static dk.styrbord.repl.DatasetVariables.*}.
 *
 * <p>Fields rather than JShell variables because JShell compiles each variable declaration on its
 * own (about 40 ms each on 2 cores, half a second for the eleven), and one import costs one
 * compile. They behave like variables: {@code spending = spending.where(...)} assigns, {@code
 * Table spending = ...} declares a variable of the same name, and every session (the prompt,
 * {@code /reset}, each notebook) binds fresh copies first, so nothing done in one session reaches
 * the next. A dataset that failed its checks is {@code null}, and the banner says why.
 *
 * <p>Example: {@code spending.where(spending.intColumn("kommune_code").isEqualTo(350))}.
 */
public final class DatasetVariables {
  // the names are the datasets' own in lower camel case; DatasetVariablesTest checks them against the catalog
  /** Municipalities, codes, regions and comparison groups (dataset municipalities). */
  public static Table municipalities;
  /** Regions (dataset regions). */
  public static Table regions;
  /** Municipality boundaries, simplified (dataset boundaries). */
  public static Table boundaries;
  /** Municipality names and variants (dataset municipality_names). */
  public static Table municipalityNames;
  /** Population on 1 January by age band (dataset population). */
  public static Table population;
  /** Net operating spending on the specialised social area (dataset spending). */
  public static Table spending;
  /** Price and wage index for municipal service spending (dataset price_index). */
  public static Table priceIndex;
  /** Recipients of measures (dataset recipients). */
  public static Table recipients;
  /** Socio-economic index and background figures (dataset socioeconomic). */
  public static Table socioeconomic;
  /** Cases, the synthetic training set (dataset cases). */
  public static Table cases;
  /** Monthly budget and actuals (dataset budget). */
  public static Table budget;

  private DatasetVariables() {}

  /** A set of copies made ahead by the session's thread while JShell still compiles; taken by the first bind. */
  private static final AtomicReference<Map<String, Table>> AHEAD = new AtomicReference<>();

  /**
   * Binds every field to a fresh copy of its dataset, waiting for the background reads to end;
   * the start-up runs it before the first input. With no usable catalog it binds nothing and the
   * banner says why.
   */
  public static void bind() {
    Session session;
    try {
      session = Session.current();
    } catch (WorkbenchException e) {
      return;
    }
    Map<String, Table> tables = AHEAD.getAndSet(null);
    if (tables == null) {
      tables = copies(session);
    }
    for (DatasetEntry e : session.datasets().catalog().entries()) {
      set(field(e), tables.get(e.name()));
    }
  }

  /** Makes the first session's copies ahead, on the thread that read the data (about 0.1 s less at start-up). */
  static void copyAhead(Session session) {
    AHEAD.set(copies(session));
  }

  /** A fresh copy of every dataset by name; null for one that failed its checks. */
  private static Map<String, Table> copies(Session session) {
    Datasets datasets = session.datasets();
    Map<String, Table> copies = new HashMap<>();
    for (DatasetEntry e : datasets.catalog().entries()) {
      copies.put(e.name(), session.failed(e) ? null : session.copyOf(e));
    }
    return copies;
  }

  /** The field of a dataset; a dataset without one is a programming error the tests catch. */
  static Field field(DatasetEntry e) {
    try {
      Field f = DatasetVariables.class.getField(StartupScript.variableName(e.name()));
      if (!Modifier.isStatic(f.getModifiers()) || f.getType() != Table.class) {
        throw new IllegalStateException(f + " is not a static Table field");
      }
      return f;
    } catch (NoSuchFieldException x) {
      throw new IllegalStateException("DatasetVariables has no field for dataset " + e.name(), x);
    }
  }

  private static void set(Field f, Table value) {
    try {
      f.set(null, value);
    } catch (IllegalAccessException x) {
      throw new IllegalStateException(x);
    }
  }
}
