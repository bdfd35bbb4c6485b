package dk.styrbord.export;

import dk.styrbord.SafeFile;
import dk.styrbord.analysis.Result;
import dk.styrbord.analysis.ResultInfo;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.math.BigDecimal;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Writes a table as CSV that opens correctly in a spreadsheet, in Danish Excel habits (semicolon,
 * decimal comma, UTF-8 with a byte-order mark so æøå survive) or international ones (comma,
 * decimal point, UTF-8).
 *
 * <p>Text cells and column names that a spreadsheet would run as a formula — starting with {@code = + - @}, a tab or
 * a carriage return — get a leading apostrophe (OWASP "CSV injection"); numbers are written as
 * numbers, so {@code -3} stays a negative number. Missing values are empty cells; dates are ISO
 * {@code yyyy-MM-dd}, which Excel reads as dates in every locale. Fields are quoted as RFC 4180
 * says when they hold the separator, a quote or a line break.
 *
 * <p>A result ({@link Result}) starts with what its figures are, one {@code #} line a field
 * ({@code # Title: …}, {@code # Unit: …}, {@code # Price basis: …}, {@code # Data status: …},
 * {@code # Source: …}), then a blank line, then the header and the rows. The lines stay in the file
 * when it is sent on, which a sidecar file would not; R reads past them with
 * {@code read.csv(f, comment.char = "#")}, pandas with {@code pd.read_csv(f, comment="#")}, and the
 * workbench's {@code readCsv} skips them. Excel shows them as the first rows, above a blank row, so
 * a filter or a pivot table on the data still finds the header. A {@code #} in a data field is
 * quoted, as pandas' {@code comment} cuts a line at an unquoted {@code #} anywhere. A plain table has
 * no such lines.
 *
 * <p>Example: {@code CsvExport.danish(table).write(Path.of("lejre.csv"), false)}.
 *
 * @param table the table to write
 * @param info what the figures are, or null for a plain table
 * @param separator ';' (Danish) or ',' (international)
 * @param decimalComma whether numbers use a decimal comma
 * @param byteOrderMark whether the file starts with a UTF-8 byte-order mark
 */
public record CsvExport(Table table, ResultInfo info, char separator, boolean decimalComma, boolean byteOrderMark) {

  /** Semicolon, decimal comma, UTF-8 with BOM: what Danish Excel opens by double-click; a result's info on top. */
  public static CsvExport danish(Table table) {
    return danish(table, infoOf(table));
  }

  /** The same for figures and what they are, e.g. {@code danish(benchmark.table(), benchmark.info())}; info may be null. */
  public static CsvExport danish(Table table, ResultInfo info) {
    return new CsvExport(table, info, ';', true, true);
  }

  /** Comma, decimal point, UTF-8 without BOM: what R, pandas and most tools expect; a result's info on top. */
  public static CsvExport international(Table table) {
    return international(table, infoOf(table));
  }

  /** The same for figures and what they are; info may be null. */
  public static CsvExport international(Table table, ResultInfo info) {
    return new CsvExport(table, info, ',', false, false);
  }

  /** The info of a table that is a result (a {@code ResultTable}), else null. */
  static ResultInfo infoOf(Table table) {
    return table instanceof Result result ? result.info() : null;
  }

  /** Writes the CSV atomically; refuses to replace an existing file unless {@code overwrite}. */
  public Path write(Path file, boolean overwrite) {
    return SafeFile.write(file, bytes(), overwrite);
  }

  /** The CSV as bytes. */
  public byte[] bytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (byteOrderMark) {
      out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    out.writeBytes(text().getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  /** The CSV as text (without the byte-order mark). */
  public String text() {
    StringBuilder s = new StringBuilder();
    if (info != null) {
      for (About.Line line : About.of(info).lines()) {
        s.append(metadataLine(line)).append("\r\n");
      }
      s.append("\r\n");
    }
    s.append(String.join(String.valueOf(separator), table.columnNames().stream().map(name -> quoted(neutralised(name))).toList())).append("\r\n");
    for (int row = 0; row < table.rowCount(); row++) {
      for (int col = 0; col < table.columnCount(); col++) {
        if (col > 0) {
          s.append(separator);
        }
        s.append(cell(table.column(col), row));
      }
      s.append("\r\n");
    }
    return s.toString();
  }

  private String cell(Column<?> column, int row) {
    if (column.isMissing(row)) {
      return "";
    }
    ColumnType type = column.type();
    if (type == ColumnType.DOUBLE || type == ColumnType.FLOAT) {
      return number(((Number) column.get(row)).doubleValue());
    }
    if (type == ColumnType.INTEGER || type == ColumnType.LONG || type == ColumnType.SHORT) {
      return String.valueOf(column.get(row));
    }
    if (type == ColumnType.LOCAL_DATE || type == ColumnType.BOOLEAN) {
      return String.valueOf(column.get(row));
    }
    return quoted(neutralised(column.getString(row)));
  }

  /**
   * "# Unit: DKK per 18–64-year-old (kr. pr. 18–64-årig)": one line, one field, so that Danish Excel
   * shows it whole in the first column. It cannot be quoted (a line starting with a quote is no comment
   * to R or pandas), so in the Danish file a semicolon in the value becomes a comma; the international
   * file keeps its commas, as the tools it is for skip the line. A line break becomes a space.
   */
  private String metadataLine(About.Line line) {
    String value = (line.value() + (line.danish().isEmpty() ? "" : " (" + line.danish() + ")")).replaceAll("\\R", " ");
    return "# " + line.field() + ": " + (separator == ';' ? value.replace(';', ',') : value);
  }

  /** True for text a spreadsheet would run as a formula: starting with = + - @, a tab or a carriage return. */
  static boolean looksLikeFormula(String text) {
    return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
  }

  /** A text cell a spreadsheet would treat as a formula, with a leading apostrophe. */
  static String neutralised(String text) {
    return looksLikeFormula(text) ? "'" + text : text;
  }

  private String quoted(String text) {
    boolean needs = text.indexOf(separator) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0
        || text.indexOf('#') >= 0;
    return needs ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
  }

  /**
   * The shortest decimal that reads back as the same double (Java's {@link Double#toString}), written
   * out without an exponent between 1e-7 and 1e15 (3, 1234.56, 0.00012), with one beyond
   * (1.0E-20): a fixed number of decimals would write 1e-20 as 0. Excel, R, pandas and
   * {@code readCsv} read both forms, with the file's decimal separator.
   */
  private String number(double value) {
    String text = Double.toString(value);
    if (Double.isFinite(value) && (value == 0 || Math.abs(value) >= 1e-7 && Math.abs(value) < 1e15)) {
      text = new BigDecimal(text).stripTrailingZeros().toPlainString();
    }
    return decimalComma ? text.replace('.', ',') : text;
  }
}
