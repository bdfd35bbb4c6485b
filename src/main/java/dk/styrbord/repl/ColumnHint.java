package dk.styrbord.repl;

import dk.styrbord.data.Suggestions;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tech.tablesaw.api.Table;

/**
 * One line for a mistyped column name, {@code spending.intColumn("yaer")}: "No column "yaer" in
 * table "spending". Did you mean year?", in place of Tablesaw's "Column yaer is not present in
 * table spending" (or "… does not exist …") with a stack frame. Tablesaw names only the table, so its columns are those of
 * the tables of that name the session holds: the datasets and the variables the snippets declared
 * (their static fields in JShell's snippet classes, read by the workbench's engine, which runs
 * them in this JVM). Tablesaw's message is the only place that says which name was missing; when
 * it reads otherwise, or no such table is found, the exception is shown as before.
 *
 * <p>Example: {@code ColumnHint.of(exception, List.of(DatasetVariables.class))}.
 */
final class ColumnHint {
  /** Tablesaw's messages: {@code Relation.columnIndex} (intColumn, where, …) and {@code Relation.column}. */
  private static final Pattern MISSING = Pattern.compile("Column (.+) (?:is not present|does not exist) in table (.*)");

  private ColumnHint() {}

  /** The hint for {@code thrown} when it is Tablesaw's missing column of a table one of {@code holders} holds. */
  static Optional<String> of(Throwable thrown, Collection<Class<?>> holders) {
    if (!(thrown instanceof IllegalArgumentException || thrown instanceof IllegalStateException)
        || thrown.getMessage() == null) {
      return Optional.empty();
    }
    Matcher m = MISSING.matcher(thrown.getMessage());
    if (!m.matches()) {
      return Optional.empty();
    }
    String column = m.group(1);
    String table = m.group(2);
    Set<String> columns = new LinkedHashSet<>();
    for (Class<?> holder : holders) {
      for (Table t : tables(holder)) {
        if (Objects.equals(t.name(), table)) {
          columns.addAll(t.columnNames());
        }
      }
    }
    if (columns.isEmpty()) {
      return Optional.empty();
    }
    String near = Suggestions.didYouMean(column, columns);
    return Optional.of("No column \"" + column + "\" in table \"" + table + "\"."
        + (near.isEmpty() ? " Its columns: " + String.join(", ", columns) + "." : near));
  }

  /** The tables in a class's static fields (a snippet class holds one variable). */
  private static List<Table> tables(Class<?> holder) {
    List<Table> tables = new ArrayList<>();
    for (Field f : holder.getDeclaredFields()) {
      if (!Modifier.isStatic(f.getModifiers()) || !Table.class.isAssignableFrom(f.getType())) {
        continue;
      }
      try {
        f.setAccessible(true);
        Object value = f.get(null);
        if (value != null) {
          tables.add((Table) value);
        }
      } catch (ReflectiveOperationException | RuntimeException e) {
        // a field we may not read holds no table we can name
      }
    }
    return tables;
  }
}
