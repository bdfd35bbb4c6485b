package dk.styrbord.export;

import dk.styrbord.SafeFile;
import dk.styrbord.WorkbenchException;
import dk.styrbord.analysis.Result;
import dk.styrbord.analysis.ResultInfo;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Writes a table as an Excel workbook (.xlsx) with the JDK alone: the workbook is a zip of a few
 * SpreadsheetML parts (ECMA-376), written as text. One sheet named after the table, a bold header
 * row that stays in view when scrolling (a frozen pane), column widths from the content.
 *
 * <p>Cells keep their type: numbers are numbers (so {@code -3} sums as -3), dates are Excel dates
 * shown as {@code yyyy-mm-dd}, date-times and times likewise, booleans are TRUE/FALSE, text is
 * text (shared strings), and a missing value is an empty cell. Text is kept as it is: a text that
 * a spreadsheet would run as a formula — starting with {@code = + - @}, a tab or a carriage return —
 * gets Excel's quote prefix ({@code quotePrefix="1"} on its cell style, shown as {@code '=1+1} in the
 * formula bar), never an apostrophe in the text. Dates before 1 March 1900, where Excel's calendar is
 * wrong (it counts a 29 February 1900), are written as ISO text; infinite numbers as the error
 * {@code #NUM!}. A table beyond Excel's limits (1,048,576 rows, 16,384 columns, 32,767 characters a
 * cell) is refused before anything is written.
 *
 * <p>A result ({@link Result}) gets a second sheet, "Om tallene (About)", with one row a field:
 * title, municipality, comparison group, years, unit, price basis, data status, datasets, sources,
 * whose data and notes ({@link About}); its title is also the workbook's title (document properties).
 * The data sheet stays first and machine-readable: header in row 1, values below.
 *
 * <p>Example: {@code XlsxExport.of(table).write(Path.of("lejre.xlsx"), false)}.
 *
 * @param table the table to write
 * @param info what the figures are, or null for a plain table
 */
public record XlsxExport(Table table, ResultInfo info) {
  /** Excel's limits (Microsoft, "Excel specifications and limits"). */
  static final int MAX_ROWS = 1_048_576;
  static final int MAX_COLUMNS = 16_384;
  static final int MAX_CELL_CHARS = 32_767;
  /** The name of the about sheet: Danish first, as the users are. */
  public static final String ABOUT_SHEET = "Om tallene (About)";

  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
  private static final int MAX_SHEET_NAME = 31;
  private static final int MIN_WIDTH = 6;
  private static final int MAX_WIDTH = 60;
  /** Excel shows at most about 11 characters of a number in the General format. */
  private static final int NUMBER_WIDTH = 11;
  private static final LocalDate EPOCH = LocalDate.of(1899, 12, 30);
  private static final LocalDate FIRST_TRUE_DATE = LocalDate.of(1900, 3, 1);

  /** The cell styles (cellXfs) of {@link #STYLES}, by position. */
  private static final int HEADER = 1;
  private static final int DATE = 2;
  private static final int DATE_TIME = 3;
  private static final int TIME = 4;
  private static final int QUOTED = 5;
  private static final int QUOTED_HEADER = 6;

  private static final String STYLES = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <styleSheet xmlns="%s">\
      <numFmts count="3">\
      <numFmt numFmtId="164" formatCode="yyyy-mm-dd"/>\
      <numFmt numFmtId="165" formatCode="yyyy-mm-dd hh:mm:ss"/>\
      <numFmt numFmtId="166" formatCode="hh:mm:ss"/>\
      </numFmts>\
      <fonts count="2">\
      <font><sz val="11"/><name val="Calibri"/><family val="2"/></font>\
      <font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>\
      </fonts>\
      <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
      <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
      <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
      <cellXfs count="7">\
      <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
      <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
      <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
      <xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
      <xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
      <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"/>\
      <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" quotePrefix="1"/>\
      </cellXfs>\
      <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
      </styleSheet>""".formatted(MAIN);

  private static final String WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

  private static final String CONTENT_TYPES = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
      <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
      <Default Extension="xml" ContentType="application/xml"/>\
      <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
      <Override PartName="/xl/worksheets/sheet1.xml" ContentType="%1$s"/>\
      %2$s\
      <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
      <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>\
      <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
      </Types>""";

  private static final String ROOT_RELATIONSHIPS = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <Relationships xmlns="%s">\
      <Relationship Id="rId1" Type="%s/officeDocument" Target="xl/workbook.xml"/>\
      <Relationship Id="rId2" Type="%1$s/metadata/core-properties" Target="docProps/core.xml"/>\
      </Relationships>""".formatted(PACKAGE_RELATIONSHIPS, RELATIONSHIPS);

  private static final String WORKBOOK_RELATIONSHIPS = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <Relationships xmlns="%1$s">\
      <Relationship Id="rId1" Type="%2$s/worksheet" Target="worksheets/sheet1.xml"/>\
      <Relationship Id="rId2" Type="%2$s/styles" Target="styles.xml"/>\
      <Relationship Id="rId3" Type="%2$s/sharedStrings" Target="sharedStrings.xml"/>\
      %3$s\
      </Relationships>""";

  /** The export of this table; a table that is a result ({@code ResultTable}) also gets its about sheet. */
  public static XlsxExport of(Table table) {
    return new XlsxExport(table, CsvExport.infoOf(table));
  }

  /** The export of figures and what they are, e.g. {@code of(benchmark.table(), benchmark.info())}; info may be null. */
  public static XlsxExport of(Table table, ResultInfo info) {
    return new XlsxExport(table, info);
  }

  /**
   * Writes the workbook atomically; refuses to replace an existing file unless {@code overwrite}, and
   * a table beyond Excel's limits, with one line naming the limit and the fix (CSV has none).
   */
  public Path write(Path file, boolean overwrite) {
    checkLimits(file);
    return SafeFile.write(file, this::writeTo, overwrite);
  }

  /** Refuses a table beyond Excel's limits, naming the file, the limit and the fix. */
  void checkLimits(Path file) {
    checkSize(file, table.rowCount(), table.columnCount());
    for (Column<?> column : table.columns()) {
      String where = longCell(column);
      if (!where.isEmpty()) {
        throw beyond(file, where + String.format(" has more than the %,d characters an Excel cell holds", MAX_CELL_CHARS));
      }
    }
  }

  /** Refuses a sheet of more rows (with the header) or columns than Excel holds. */
  static void checkSize(Path file, int rows, int columns) {
    if (rows + 1L > MAX_ROWS) {
      throw beyond(file, String.format("the table has %,d rows and an Excel sheet holds %,d with the header", rows, MAX_ROWS));
    }
    if (columns > MAX_COLUMNS) {
      throw beyond(file, String.format("the table has %,d columns and an Excel sheet holds %,d", columns, MAX_COLUMNS));
    }
  }

  private static WorkbenchException beyond(Path file, String limit) {
    return new WorkbenchException("Cannot write " + file.getFileName() + ": " + limit
        + "; export it as CSV instead (exportCsv or exportCsvInternational), or filter it first.");
  }

  /** Where a column has a text longer than a cell holds, "row 3 of column note", or "". */
  private static String longCell(Column<?> column) {
    if (column.name().length() > MAX_CELL_CHARS) {
      return "the header of column " + column.name().substring(0, 20) + "…";
    }
    if (column.type() != ColumnType.STRING) {
      return "";
    }
    for (int row = 0; row < column.size(); row++) {
      if (column.getString(row).length() > MAX_CELL_CHARS) {
        return String.format("row %,d of column %s", row + 1, column.name());
      }
    }
    return "";
  }

  private void writeTo(OutputStream out) throws IOException {
    SharedStrings strings = new SharedStrings();
    try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      Writer text = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
      boolean about = info != null;
      part(zip, text, "[Content_Types].xml", CONTENT_TYPES.formatted(WORKSHEET_TYPE,
          about ? "<Override PartName=\"/xl/worksheets/sheet2.xml\" ContentType=\"" + WORKSHEET_TYPE + "\"/>" : ""));
      part(zip, text, "_rels/.rels", ROOT_RELATIONSHIPS);
      part(zip, text, "docProps/core.xml", coreProperties());
      part(zip, text, "xl/workbook.xml", workbook());
      part(zip, text, "xl/_rels/workbook.xml.rels", WORKBOOK_RELATIONSHIPS.formatted(PACKAGE_RELATIONSHIPS, RELATIONSHIPS,
          about ? "<Relationship Id=\"rId4\" Type=\"" + RELATIONSHIPS + "/worksheet\" Target=\"worksheets/sheet2.xml\"/>" : ""));
      part(zip, text, "xl/styles.xml", STYLES);
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      writeSheet(text, strings);
      text.flush();
      zip.closeEntry();
      if (about) {
        part(zip, text, "xl/worksheets/sheet2.xml", aboutSheet(About.of(info), strings));
      }
      zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
      strings.writeTo(text);
      text.flush();
      zip.closeEntry();
    }
  }

  /**
   * The table's name as Excel accepts a sheet name: at most 31 characters, none of {@code [ ] : * ? / \},
   * not starting or ending with an apostrophe, not blank ({@code Ark1}, Excel's Danish default).
   */
  public static String sheetName(String name) {
    String cleaned = name == null ? "" : name.replaceAll("[\\[\\]:*?/\\\\\\p{Cntrl}]", " ").replaceAll("\\s+", " ").strip();
    cleaned = stripApostrophes(cleaned);
    if (cleaned.length() > MAX_SHEET_NAME) {
      int end = Character.isHighSurrogate(cleaned.charAt(MAX_SHEET_NAME - 1)) ? MAX_SHEET_NAME - 1 : MAX_SHEET_NAME;
      // A cut title should not end in an opening bracket or a comma: "…, 5.38 (" reads as broken.
      cleaned = stripApostrophes(cleaned.substring(0, end).replaceAll("[\\s,;(\\-–·.]+$", ""));
    }
    // Excel keeps "History" for its change tracking.
    if (cleaned.equalsIgnoreCase("History")) {
      return cleaned + " 1";
    }
    return cleaned.isEmpty() ? "Ark1" : cleaned;
  }

  private static String stripApostrophes(String name) {
    return name.replaceAll("^'+|'+$", "").strip();
  }

  private static void part(ZipOutputStream zip, Writer text, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    text.write(content);
    text.flush();
    zip.closeEntry();
  }

  private String workbook() {
    String data = sheetName(table.name());
    // Two sheets may not share a name; a table named like the about sheet gets Excel's "(2)".
    data = info != null && data.equalsIgnoreCase(ABOUT_SHEET) ? sheetName(data + " (2)") : data;
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELATIONSHIPS + "\">"
        + "<bookViews><workbookView activeTab=\"0\"/></bookViews>"
        + "<sheets><sheet name=\"" + escaped(data) + "\" sheetId=\"1\" r:id=\"rId1\"/>"
        + (info == null ? "" : "<sheet name=\"" + escaped(ABOUT_SHEET) + "\" sheetId=\"2\" r:id=\"rId4\"/>")
        + "</sheets></workbook>";
  }

  /** The document properties Excel shows under File → Info: the result's title, or the table's name. */
  private String coreProperties() {
    String title = info != null ? info.title() : table.name();
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
        + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
        + "<dc:title>" + escaped(title == null ? "" : title) + "</dc:title>"
        + "<dc:creator>Styrbord</dc:creator>"
        + "</cp:coreProperties>";
  }

  /** The about sheet: a bold header, then field (Danish and English), value in English, value in Danish. */
  private static String aboutSheet(About about, SharedStrings strings) {
    StringBuilder out = new StringBuilder();
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
    out.append("<worksheet xmlns=\"").append(MAIN).append("\" xmlns:r=\"").append(RELATIONSHIPS).append("\">");
    out.append("<dimension ref=\"A1:C").append(about.lines().size() + 1).append("\"/>");
    out.append("<sheetViews><sheetView workbookViewId=\"0\"/></sheetViews>");
    out.append("<sheetFormatPr defaultRowHeight=\"15\"/>");
    int[] widths = {"Felt (Field)".length(), "Værdi (Value)".length(), "På dansk (Danish)".length()};
    for (About.Line line : about.lines()) {
      widths[0] = Math.max(widths[0], label(line).length());
      widths[1] = Math.max(widths[1], line.value().length());
      widths[2] = Math.max(widths[2], line.danish().length());
    }
    out.append("<cols>");
    for (int c = 0; c < widths.length; c++) {
      out.append("<col min=\"").append(c + 1).append("\" max=\"").append(c + 1).append("\" width=\"")
          .append(Math.min(100, Math.max(MIN_WIDTH, widths[c] + 2))).append("\" customWidth=\"1\"/>");
    }
    out.append("</cols><sheetData>");
    out.append(aboutRow(1, HEADER, strings, "Felt (Field)", "Værdi (Value)", "På dansk (Danish)"));
    int r = 2;
    for (About.Line line : about.lines()) {
      out.append(aboutRow(r++, 0, strings, label(line), line.value(), line.danish()));
    }
    return out.append("</sheetData></worksheet>").toString();
  }

  /** "Enhed (Unit)", or "Note" where the two names are one. */
  private static String label(About.Line line) {
    return line.felt().equals(line.field()) ? line.field() : line.felt() + " (" + line.field() + ")";
  }

  private static String aboutRow(int r, int style, SharedStrings strings, String... values) {
    StringBuilder row = new StringBuilder("<row r=\"" + r + "\">");
    for (int c = 0; c < values.length; c++) {
      if (!values[c].isEmpty()) {
        row.append(text(columnLetters(c) + r, style, values[c], strings));
      }
    }
    return row.append("</row>").toString();
  }

  private void writeSheet(Writer out, SharedStrings strings) throws IOException {
    int columns = table.columnCount();
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
    out.write("<worksheet xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELATIONSHIPS + "\">");
    String last = columns == 0 ? "A1" : columnLetters(columns - 1) + (table.rowCount() + 1);
    out.write("<dimension ref=\"A1:" + last + "\"/>");
    out.write("<sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\">"
        + "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
        + "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/>"
        + "</sheetView></sheetViews>");
    out.write("<sheetFormatPr defaultRowHeight=\"15\"/>");
    if (columns > 0) {
      out.write("<cols>");
      for (int c = 0; c < columns; c++) {
        out.write("<col min=\"" + (c + 1) + "\" max=\"" + (c + 1) + "\" width=\"" + width(table.column(c)) + "\" customWidth=\"1\"/>");
      }
      out.write("</cols>");
    }
    out.write("<sheetData>");
    out.write("<row r=\"1\">");
    for (int c = 0; c < columns; c++) {
      out.write(text(columnLetters(c) + 1, HEADER, table.column(c).name(), strings));
    }
    out.write("</row>");
    for (int row = 0; row < table.rowCount(); row++) {
      int r = row + 2;
      out.write("<row r=\"" + r + "\">");
      for (int c = 0; c < columns; c++) {
        out.write(cell(table.column(c), row, columnLetters(c) + r, strings));
      }
      out.write("</row>");
    }
    out.write("</sheetData></worksheet>");
  }

  private static String cell(Column<?> column, int row, String ref, SharedStrings strings) {
    if (column.isMissing(row)) {
      return "";
    }
    ColumnType type = column.type();
    Object value = column.get(row);
    if (type == ColumnType.DOUBLE) {
      return number(ref, (Double) value);
    }
    if (type == ColumnType.FLOAT) {
      // Float.toString, not the widened double: 0.1f stays 0.1 rather than 0.10000000149011612.
      float f = (Float) value;
      return Float.isFinite(f) ? numberCell(ref, 0, Float.toString(f)) : numberError(ref);
    }
    if (type == ColumnType.INTEGER || type == ColumnType.LONG || type == ColumnType.SHORT) {
      return numberCell(ref, 0, String.valueOf(value));
    }
    if (type == ColumnType.BOOLEAN) {
      return "<c r=\"" + ref + "\" t=\"b\"><v>" + ((Boolean) value ? 1 : 0) + "</v></c>";
    }
    if (type == ColumnType.LOCAL_DATE) {
      LocalDate date = (LocalDate) value;
      return date.isBefore(FIRST_TRUE_DATE)
          ? textCell(ref, 0, strings.index(date.toString()))
          : numberCell(ref, DATE, String.valueOf(ChronoUnit.DAYS.between(EPOCH, date)));
    }
    if (type == ColumnType.LOCAL_DATE_TIME || type == ColumnType.INSTANT) {
      LocalDateTime time = value instanceof Instant instant ? LocalDateTime.ofInstant(instant, ZoneOffset.UTC) : (LocalDateTime) value;
      return time.toLocalDate().isBefore(FIRST_TRUE_DATE)
          ? textCell(ref, 0, strings.index(time.toString()))
          : numberCell(ref, DATE_TIME, String.valueOf(ChronoUnit.DAYS.between(EPOCH, time.toLocalDate()) + dayFraction(time.toLocalTime())));
    }
    if (type == ColumnType.LOCAL_TIME) {
      return numberCell(ref, TIME, String.valueOf(dayFraction((LocalTime) value)));
    }
    return text(ref, 0, column.getString(row), strings);
  }

  /** A text cell; one a spreadsheet would run as a formula gets the quote prefix of its style, the text unchanged. */
  private static String text(String ref, int style, String value, SharedStrings strings) {
    int quoted = style == HEADER ? QUOTED_HEADER : QUOTED;
    return textCell(ref, CsvExport.looksLikeFormula(value) ? quoted : style, strings.index(value));
  }

  private static double dayFraction(LocalTime time) {
    return time.toNanoOfDay() / 86_400e9;
  }

  private static String number(String ref, double value) {
    return Double.isFinite(value) ? numberCell(ref, 0, String.valueOf(value)) : numberError(ref);
  }

  private static String numberCell(String ref, int style, String value) {
    return "<c r=\"" + ref + "\"" + (style == 0 ? "" : " s=\"" + style + "\"") + "><v>" + value + "</v></c>";
  }

  /** Excel has no infinity: its own overflow shows as #NUM!. */
  private static String numberError(String ref) {
    return "<c r=\"" + ref + "\" t=\"e\"><v>#NUM!</v></c>";
  }

  private static String textCell(String ref, int style, int sharedIndex) {
    return "<c r=\"" + ref + "\"" + (style == 0 ? "" : " s=\"" + style + "\"") + " t=\"s\"><v>" + sharedIndex + "</v></c>";
  }

  /** Characters of the widest cell or the header, within sensible bounds. */
  private String width(Column<?> column) {
    ColumnType type = column.type();
    int widest = column.name().length() + 2;
    if (type == ColumnType.LOCAL_DATE) {
      widest = Math.max(widest, 10);
    } else if (type == ColumnType.LOCAL_DATE_TIME || type == ColumnType.INSTANT) {
      widest = Math.max(widest, 19);
    } else if (type == ColumnType.LOCAL_TIME) {
      widest = Math.max(widest, 8);
    } else if (type == ColumnType.BOOLEAN) {
      widest = Math.max(widest, 5);
    } else {
      boolean number = type == ColumnType.DOUBLE || type == ColumnType.FLOAT || type == ColumnType.INTEGER
          || type == ColumnType.LONG || type == ColumnType.SHORT;
      for (int row = 0; row < column.size() && widest < MAX_WIDTH; row++) {
        if (!column.isMissing(row)) {
          int length = number ? Math.min(NUMBER_WIDTH, String.valueOf(column.get(row)).length()) : longestLine(column.getString(row)) + 1;
          widest = Math.max(widest, length);
        }
      }
    }
    return String.valueOf(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 1)));
  }

  private static int longestLine(String text) {
    return text.lines().mapToInt(String::length).max().orElse(0);
  }

  /** 0 → "A", 26 → "AA". */
  private static String columnLetters(int index) {
    StringBuilder out = new StringBuilder();
    for (int i = index + 1; i > 0; i = (i - 1) / 26) {
      out.insert(0, (char) ('A' + (i - 1) % 26));
    }
    return out.toString();
  }

  /**
   * Text as SpreadsheetML holds it: XML escapes; a carriage return as a character reference, as an
   * XML parser would turn a literal one into a line feed; and the control characters XML 1.0
   * forbids as {@code _xHHHH_}, with a literal {@code _xHHHH_} guarded by {@code _x005F_} (ECMA-376 ST_Xstring).
   */
  private static String escaped(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      switch (ch) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\r' -> out.append("&#13;");
        case '\t', '\n' -> out.append(ch);
        case '_' -> out.append(text.startsWith("_x", i) && isEscapeCode(text, i) ? "_x005F_" : "_");
        default -> {
          if (ch < 0x20 || ch == 0xFFFE || ch == 0xFFFF) {
            out.append(String.format("_x%04X_", (int) ch));
          } else {
            out.append(ch);
          }
        }
      }
    }
    return out.toString();
  }

  private static boolean isEscapeCode(String text, int at) {
    return at + 7 <= text.length() && text.substring(at + 2, at + 6).matches("[0-9A-Fa-f]{4}") && text.charAt(at + 6) == '_';
  }

  /** The workbook's shared strings: each distinct text once, cells refer to it by index. */
  private static final class SharedStrings {
    private final Map<String, Integer> indexes = new LinkedHashMap<>();
    private int references;

    int index(String text) {
      references++;
      return indexes.computeIfAbsent(text, t -> indexes.size());
    }

    void writeTo(Writer out) throws IOException {
      out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
      out.write("<sst xmlns=\"" + MAIN + "\" count=\"" + references + "\" uniqueCount=\"" + indexes.size() + "\">");
      for (String text : indexes.keySet()) {
        out.write("<si><t xml:space=\"preserve\">" + escaped(text) + "</t></si>");
      }
      out.write("</sst>");
    }
  }
}
