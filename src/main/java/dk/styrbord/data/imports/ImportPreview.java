package dk.styrbord.data.imports;

import java.nio.file.Path;
import java.util.List;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * What a reader detected in a file before reading it all: format, encoding, byte-order mark,
 * separator, quoting, header, line ends, decimal mark, each column's kind and the first rows. It
 * prints as a short report; {@link #asTable()} gives the columns as a table.
 *
 * <p>Example: {@code StatbankReader.bundled().preview(Path.of("data/sources/FOLK1AM_2021M10-2024M04.csv"))}.
 *
 * @param file the file
 * @param bytes its size in bytes
 * @param format what kind of file it is, e.g. "StatBank API CSV" or "StatBank web export (no header)"
 * @param dialect encoding, separator, quoting, header and line ends
 * @param decimalMark "comma (,)", "point (.)" or "none (whole numbers)"
 * @param columns every column's name, kind and first value
 * @param firstRows the first data rows as read, fields joined by " | "
 * @param readWith the call that reads the file, e.g. {@code readStatbank("…")}
 */
public record ImportPreview(
    Path file, long bytes, String format, Dialect dialect, String decimalMark,
    List<ColumnGuess> columns, List<String> firstRows, String readWith) {

  /** The columns as a table: name, kind, example. */
  public Table asTable() {
    return Table.create("columns of " + file.getFileName(),
        StringColumn.create("column", columns.stream().map(ColumnGuess::name).toList()),
        StringColumn.create("kind", columns.stream().map(ColumnGuess::kind).toList()),
        StringColumn.create("example", columns.stream().map(ColumnGuess::example).toList()));
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    out.append("Preview of ").append(file).append(String.format(" (%,d bytes)%n", bytes));
    line(out, "format", format);
    line(out, "encoding", dialect.encoding().toString());
    line(out, "separator", dialect.separatorName() + (dialect.quoted() ? ", fields in double quotes" : ", no quotes"));
    line(out, "header", dialect.header() ? "yes, first line names the columns" : "no, columns named by the reader");
    line(out, "line ends", dialect.lineEnding());
    line(out, "decimal", decimalMark);
    int width = columns.stream().mapToInt(c -> c.name().length()).max().orElse(6);
    int kindWidth = columns.stream().mapToInt(c -> c.kind().length()).max().orElse(6);
    String label = "columns";
    for (ColumnGuess c : columns) {
      line(out, label, pad(c.name(), width) + "  " + pad(c.kind(), kindWidth) + "  e.g. " + c.example());
      label = "";
    }
    label = "first rows";
    for (String row : firstRows) {
      line(out, label, row);
      label = "";
    }
    line(out, "read with", readWith);
    return out.toString();
  }

  private static void line(StringBuilder out, String label, String text) {
    out.append("  ").append(pad(label, 11)).append(text).append(System.lineSeparator());
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }
}
