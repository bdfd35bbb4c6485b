package dk.styrbord.export;

import dk.styrbord.SafeFile;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Writes a table as CSV that opens correctly in a spreadsheet, in Danish Excel habits (semicolon,
 * decimal comma, UTF-8 with a byte-order mark so æøå survive) or international ones (comma,
 * decimal point, UTF-8).
 *
 * <p>Text cells that a spreadsheet would run as a formula — starting with {@code = + - @}, a tab or
 * a carriage return — get a leading apostrophe (OWASP "CSV injection"); numbers are written as
 * numbers, so {@code -3} stays a negative number. Missing values are empty cells; dates are ISO
 * {@code yyyy-MM-dd}, which Excel reads as dates in every locale. Fields are quoted as RFC 4180
 * says when they hold the separator, a quote or a line break.
 *
 * <p>Example: {@code CsvExport.danish(table).write(Path.of("lejre.csv"), false)}.
 *
 * @param table the table to write
 * @param separator ';' (Danish) or ',' (international)
 * @param decimalComma whether numbers use a decimal comma
 * @param byteOrderMark whether the file starts with a UTF-8 byte-order mark
 */
public record CsvExport(Table table, char separator, boolean decimalComma, boolean byteOrderMark) {

  /** Semicolon, decimal comma, UTF-8 with BOM: what Danish Excel opens by double-click. */
  public static CsvExport danish(Table table) {
    return new CsvExport(table, ';', true, true);
  }

  /** Comma, decimal point, UTF-8 without BOM: what R, pandas and most tools expect. */
  public static CsvExport international(Table table) {
    return new CsvExport(table, ',', false, false);
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
    s.append(String.join(String.valueOf(separator), table.columnNames().stream().map(this::quoted).toList())).append("\r\n");
    DecimalFormat number = numberFormat();
    for (int row = 0; row < table.rowCount(); row++) {
      for (int col = 0; col < table.columnCount(); col++) {
        if (col > 0) {
          s.append(separator);
        }
        s.append(cell(table.column(col), row, number));
      }
      s.append("\r\n");
    }
    return s.toString();
  }

  private String cell(Column<?> column, int row, DecimalFormat number) {
    if (column.isMissing(row)) {
      return "";
    }
    ColumnType type = column.type();
    if (type == ColumnType.DOUBLE || type == ColumnType.FLOAT) {
      return number.format(((Number) column.get(row)).doubleValue());
    }
    if (type == ColumnType.INTEGER || type == ColumnType.LONG || type == ColumnType.SHORT) {
      return String.valueOf(column.get(row));
    }
    if (type == ColumnType.LOCAL_DATE || type == ColumnType.BOOLEAN) {
      return String.valueOf(column.get(row));
    }
    return quoted(neutralised(column.getString(row)));
  }

  /** A text cell a spreadsheet would treat as a formula, with a leading apostrophe. */
  static String neutralised(String text) {
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }

  private String quoted(String text) {
    boolean needs = text.indexOf(separator) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
    return needs ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
  }

  private DecimalFormat numberFormat() {
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
    symbols.setDecimalSeparator(decimalComma ? ',' : '.');
    symbols.setMinusSign('-');
    DecimalFormat format = new DecimalFormat("0.###############", symbols);
    format.setGroupingUsed(false);
    return format;
  }
}
