package dk.styrbord.notebook;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tech.tablesaw.api.Table;

/**
 * Describes the values of a session's variables in one snippet: the live notebook's engine runs in
 * this JVM, so the snippet hands the values themselves here, and their shapes are read back.
 *
 * <p>Example: {@code VariableShapes.shape(Table.create("t"))} gives {@code 0 rows × 0 columns}.
 */
public final class VariableShapes {
  /** The engine runs snippets on its own thread, so the shapes wait here under the asking shell's key. */
  private static final Map<String, List<String>> LAST = new ConcurrentHashMap<>();

  private VariableShapes() {}

  /** Called from a snippet with every variable's value, in order; {@link #take(String)} gives their shapes. */
  public static void describe(String key, Object[] values) {
    List<String> shapes = new ArrayList<>();
    for (Object value : values) {
      shapes.add(shape(value));
    }
    LAST.put(key, List.copyOf(shapes));
  }

  /** The shape of one value: rows × columns of a table, the size of a collection or map, else empty. */
  public static String shape(Object value) {
    if (value instanceof Table t) {
      return t.rowCount() + (t.rowCount() == 1 ? " row × " : " rows × ") + t.columnCount()
          + (t.columnCount() == 1 ? " column" : " columns");
    }
    if (value instanceof Collection<?> c) {
      return c.size() + (c.size() == 1 ? " element" : " elements");
    }
    if (value instanceof Map<?, ?> m) {
      return m.size() + (m.size() == 1 ? " entry" : " entries");
    }
    return "";
  }

  /** The shapes the last {@link #describe} under this key found, and forgets them. */
  static List<String> take(String key) {
    List<String> last = LAST.remove(key);
    return last == null ? List.of() : last;
  }
}
