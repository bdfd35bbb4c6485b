package dk.styrbord.data.update;

import dk.styrbord.WorkbenchException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The rows of {@code recipients.csv} as the update rebuilds them: the bundled header checked once,
 * and written back ordered by code, year and the file's own order of measures.
 *
 * <p>Example: {@code RecipientRows.of(bundledCsv).rows()} are the bundled rows as cells.
 */
final class RecipientRows {
  static final List<String> HEADER = List.of("code", "municipality", "year", "measure", "measure_name", "area", "function", "recipients");

  private final List<String[]> rows = new ArrayList<>();
  private final List<String> order = new ArrayList<>();

  private RecipientRows() {}

  /** The rows of a recipients CSV; another header is one line saying how to restore the file. */
  static RecipientRows of(String csv) {
    List<String> lines = csv.lines().toList();
    if (lines.isEmpty() || !List.of(lines.get(0).split(",", -1)).equals(HEADER)) {
      throw new WorkbenchException("recipients.csv has the columns " + (lines.isEmpty() ? "[]" : lines.get(0)) + ", not " + HEADER
          + ". Restore it with: git checkout -- data");
    }
    RecipientRows r = new RecipientRows();
    lines.stream().skip(1).map(l -> l.split(",", -1)).forEach(r::add);
    return r;
  }

  /** The rows, as cells. */
  List<String[]> rows() {
    return rows;
  }

  /** Adds a row; a measure not seen before goes after the others in the order. */
  void add(String[] cells) {
    if (!order.contains(cells[3])) {
      order.add(cells[3]);
    }
    rows.add(cells);
  }

  /** Keeps only the rows for which {@code keep} holds (the measures' order stays). */
  void retain(java.util.function.Predicate<String[]> keep) {
    rows.removeIf(keep.negate());
  }

  /** The CSV text, ordered by code, year and measure. */
  String csv() {
    List<String[]> sorted = new ArrayList<>(rows);
    sorted.sort(Comparator.<String[]>comparingInt(r -> Integer.parseInt(r[0])).thenComparingInt(r -> Integer.parseInt(r[2]))
        .thenComparingInt(r -> order.indexOf(r[3])));
    StringBuilder out = new StringBuilder(String.join(",", HEADER)).append('\n');
    sorted.forEach(r -> out.append(String.join(",", r)).append('\n'));
    return out.toString();
  }
}
