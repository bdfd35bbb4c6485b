package dk.styrbord.notebook;

import java.util.ArrayList;
import java.util.List;

/**
 * A cell's run as the prompt shows it: a header line with its number, title and how it ended,
 * then what it printed, its values, its tables as aligned text (numbers right-aligned, a long
 * table's first and last rows) and a line per chart.
 *
 * <p>Example: {@code CellText.of(view.cells().get(2))} starts {@code "── cell 3 · Ranking · ok, 41 ms"}.
 */
public final class CellText {
  private CellText() {}

  /** The cell's header and outputs, ending in a newline. */
  public static String of(NotebookSession.CellView cell) {
    StringBuilder s = new StringBuilder(header(cell)).append('\n');
    for (Output output : cell.outputs()) {
      if (output instanceof Output.Printed p) {
        s.append(p.text().endsWith("\n") ? p.text() : p.text() + "\n");
      } else if (output instanceof Output.Value v) {
        s.append(v.text()).append('\n');
      } else if (output instanceof Output.TableShown t) {
        s.append(table(t.table()));
      } else if (output instanceof Output.ChartShown c) {
        s.append("[chart] ").append(c.chart().title()).append("  (chart(").append(cell.cell().number())
            .append(") gives it; show(…) draws it)\n");
      }
    }
    if (cell.error() != null) {
      s.append("Error: ").append(cell.error().summary()).append('\n');
    }
    return s.toString();
  }

  /** {@code ── cell 3 · Ranking · ok, 41 ms}. */
  static String header(NotebookSession.CellView cell) {
    String how = switch (cell.status()) {
      case "OK" -> "ok, " + cell.millis() + " ms";
      case "FAILED" -> "failed: its cell " + cell.error().kind().text();
      case "STOPPED" -> "stopped";
      case "STALE" -> "stale: it or a cell it uses changed since it ran";
      case "NOT_RUN" -> "prose only";
      case "NEW" -> "not run yet";
      default -> cell.status().toLowerCase();
    };
    return "── cell " + cell.cell().number() + " · " + cell.cell().title() + " · " + how;
  }

  /** A table as aligned text under its caption; over {@link TablePreview#WHOLE} rows only the first and last. */
  static String table(TablePreview t) {
    List<List<String>> rows = new ArrayList<>(t.head());
    rows.addAll(t.tail());
    int gapAt = t.tail().isEmpty() ? -1 : t.head().size();
    if (rows.size() > TablePreview.WHOLE) {
      List<List<String>> kept = new ArrayList<>(rows.subList(0, TablePreview.HEAD));
      kept.addAll(rows.subList(rows.size() - TablePreview.TAIL, rows.size()));
      rows = kept;
      gapAt = TablePreview.HEAD;
    }
    int[] width = widths(t, rows);
    StringBuilder s = new StringBuilder(t.name()).append("  (").append(t.rowCount())
        .append(t.rowCount() == 1 ? " row" : " rows").append(")\n");
    line(s, t.columns(), t.numeric(), width);
    for (int r = 0; r < rows.size(); r++) {
      if (r == gapAt) {
        s.append("  … ").append(t.rowCount() - rows.size()).append(" rows not shown …\n");
      }
      line(s, rows.get(r), t.numeric(), width);
    }
    return s.toString();
  }

  private static int[] widths(TablePreview t, List<List<String>> rows) {
    int[] width = new int[t.columns().size()];
    for (int c = 0; c < width.length; c++) {
      width[c] = t.columns().get(c).length();
      for (List<String> row : rows) {
        width[c] = Math.max(width[c], row.get(c).length());
      }
    }
    return width;
  }

  private static void line(StringBuilder s, List<String> values, List<Boolean> numeric, int[] width) {
    for (int c = 0; c < width.length; c++) {
      String v = values.get(c);
      String pad = " ".repeat(width[c] - v.length());
      s.append(c == 0 ? "" : "  ").append(numeric.get(c) ? pad + v : v + pad);
    }
    s.append('\n');
  }
}
