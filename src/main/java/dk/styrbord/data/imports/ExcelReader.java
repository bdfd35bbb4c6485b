package dk.styrbord.data.imports;

import dk.styrbord.data.Catalog;
import dk.styrbord.data.Datasets;
import dk.styrbord.data.Municipalities;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import tech.tablesaw.api.Table;

/**
 * Reads one sheet of an Excel workbook (.xlsx) into a typed table, with the JDK alone: the
 * workbook is a zip of XML parts (shared strings, styles, sheets), read with StAX. Numbers come as
 * Excel stores them (no decimal-comma question), cells formatted as dates become dates, text cells
 * holding Danish numbers ({@code 12,5}) are read as numbers too, and the first row names the
 * columns. Types, municipality and period columns follow {@link CsvReader}.
 *
 * <p>Example: {@code ExcelReader.bundled().read(Path.of("src/test/resources/imports/own/udgifter.xlsx"))}.
 */
public final class ExcelReader {
  /** The largest part read, against zip bombs: no sheet a municipality keeps is this big. */
  private static final long MAX_PART_BYTES = 512L << 20;
  /** Excel's own limits: columns A to XFD, rows 1 to 1,048,576. */
  private static final int MAX_COLUMNS = 16_384;
  private static final long MAX_ROWS = 1_048_576;
  private static final java.util.regex.Pattern CELL_REFERENCE = java.util.regex.Pattern.compile("([A-Za-z]{1,3})(\\d{1,7})");
  /** Excel's last date, 31 December 9999, as a serial number. */
  private static final double LAST_DATE_SERIAL = 2_958_465;
  private static final Set<Integer> DATE_FORMATS = Set.of(14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 57, 58);

  private final Municipalities municipalities;

  private ExcelReader(Municipalities municipalities) {
    this.municipalities = municipalities;
  }

  /** A reader resolving municipalities with this registry. */
  public static ExcelReader of(Municipalities municipalities) {
    return new ExcelReader(municipalities);
  }

  /** A reader resolving municipalities with the bundled registry. */
  public static ExcelReader bundled() {
    return of(Municipalities.of(Datasets.of(Catalog.bundled())));
  }

  /** The first sheet as a typed table. */
  public Table read(Path file) {
    return read(file, null);
  }

  /** The named sheet (any case) as a typed table; an unknown name lists the sheets. */
  public Table read(Path file, String sheet) {
    return ImportProblem.withinMemory(file, () -> readSheet(file, sheet));
  }

  private Table readSheet(Path file, String sheet) {
    checkFile(file);
    try (ZipFile zip = new ZipFile(file.toFile())) {
      Workbook book = Workbook.of(file, zip);
      String part = book.sheetPart(file, sheet);
      List<String[]> cells = new ArrayList<>();
      List<Long> rowNumbers = new ArrayList<>();
      readSheet(file, zip, part, book, cells, rowNumbers);
      if (cells.isEmpty()) {
        throw ImportProblem.at(file, 1, "the sheet " + book.name(sheet) + " is empty", "Choose the sheet with the table, e.g. readExcel(path, \"Ark1\")");
      }
      List<String> names = CsvReader.names(file, cells.get(0));
      List<String[]> rows = new ArrayList<>();
      long[] lines = new long[cells.size() - 1];
      for (int i = 1; i < cells.size(); i++) {
        String[] r = cells.get(i);
        String[] fitted = java.util.Arrays.copyOf(r, names.size());
        for (int c = 0; c < fitted.length; c++) {
          fitted[c] = fitted[c] == null ? "" : fitted[c];
        }
        checkWidth(file, rowNumbers.get(i), r, names);
        rows.add(fitted);
        lines[i - 1] = rowNumbers.get(i);
      }
      Table t = CsvReader.of(municipalities).table(file, names, rows, lines, ',');
      t.setName(file.getFileName() + " · " + book.name(sheet) + (t.name().contains("·") ? t.name().substring(t.name().indexOf(" ·")) : ""));
      return t;
    } catch (ZipException e) {
      throw ImportProblem.at(file, 1, "this is not a readable .xlsx workbook (" + e.getMessage() + ")",
          "Open it in Excel and save it again as .xlsx, or as \"CSV UTF-8\" and use readCsv(path)");
    } catch (IOException | XMLStreamException e) {
      throw ImportProblem.of(file, "the workbook cannot be read (" + e.getMessage() + ")",
          "Open it in Excel and save it again as .xlsx, or as \"CSV UTF-8\" and use readCsv(path)", e);
    }
  }

  /**
   * Cells beyond the header's named columns must be empty: a value there has no column name (a
   * header cell of blanks names none, which the sheet reader cannot know yet).
   */
  private static void checkWidth(Path file, long row, String[] cells, List<String> names) {
    for (int c = names.size(); c < cells.length; c++) {
      if (cells[c] != null && !cells[c].isBlank()) {
        throw beyondHeader(file, row, columnName(c) + row, c, cells[c], names.size());
      }
    }
  }

  /** A value in {@code column} (0-based) that the header's {@code width} columns do not name. */
  private static dk.styrbord.WorkbenchException beyondHeader(Path file, long row, String cell, int column, String value, int width) {
    return ImportProblem.at(file, row, "cell " + cell + " holds " + ImportProblem.quote(value) + " beyond the header's " + width
        + " columns", "Give column " + columnName(column) + " a name in row 1, or clear the cell");
  }

  /** 2 → "C". */
  private static String columnName(int index) {
    StringBuilder out = new StringBuilder();
    for (int i = index + 1; i > 0; i = (i - 1) / 26) {
      out.insert(0, (char) ('A' + (i - 1) % 26));
    }
    return out.toString();
  }

  private static void checkFile(Path file) {
    if (Files.isDirectory(file)) {
      throw ImportProblem.of(file, "this is a folder, not a file", "Give the path of a .xlsx file inside it");
    }
    if (!Files.exists(file)) {
      throw ImportProblem.of(file, "no such file (looked in " + file.toAbsolutePath().getParent() + ")",
          "Check the spelling and the folder; paths are relative to " + Path.of("").toAbsolutePath());
    }
    TextSource.refuseNonRegular(file);
  }

  /**
   * The sheet's non-empty rows as cell texts, with their row numbers. Linear in the part's size: a
   * row keeps only the cells up to its last non-empty one, and a data row only those within the
   * header's width (a value beyond it is an error at once, as in {@link #checkWidth}), so a cell
   * reference far to the right costs nothing. A reference beyond Excel's own limits (column XFD, row
   * 1,048,576) or not a reference at all is an error naming the cell.
   */
  private static void readSheet(Path file, ZipFile zip, String part, Workbook book, List<String[]> cells, List<Long> rowNumbers)
      throws IOException, XMLStreamException {
    XMLStreamReader xml = parser(zip, part);
    List<String> row = null;
    String type = null;
    String style = null;
    String ref = null;
    int column = 0;
    String value = null;
    StringBuilder text = new StringBuilder();
    boolean inValue = false;
    long rowNumber = 0;
    int width = Integer.MAX_VALUE;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        switch (xml.getLocalName()) {
          case "row" -> {
            row = new ArrayList<>();
            column = -1;
            rowNumber = rowNumber(file, xml.getAttributeValue(null, "r"), rowNumber);
          }
          case "c" -> {
            type = xml.getAttributeValue(null, "t");
            style = xml.getAttributeValue(null, "s");
            ref = xml.getAttributeValue(null, "r");
            column = ref == null ? column + 1 : columnIndex(file, ref, rowNumber);
            value = null;
          }
          case "v", "t" -> {
            inValue = true;
            text.setLength(0);
          }
          default -> { }
        }
      } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
        if (inValue) {
          text.append(xml.getText());
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        switch (xml.getLocalName()) {
          case "v", "t" -> {
            inValue = false;
            value = value == null ? text.toString() : value + text;
          }
          case "c" -> {
            String where = ref != null ? ref : columnName(column) + rowNumber;
            String cell = book.cellText(file, rowNumber, where, type, style, value);
            if (row != null && !cell.isEmpty()) {
              if (column >= width) {
                throw beyondHeader(file, rowNumber, where, column, cell, width);
              }
              while (row.size() <= column) {
                row.add("");
              }
              row.set(column, cell);
            }
          }
          case "row" -> {
            if (row != null && row.stream().anyMatch(x -> !x.isBlank())) {
              cells.add(row.toArray(new String[0]));
              rowNumbers.add(rowNumber);
              width = cells.size() == 1 ? row.size() : width;
            }
            row = null;
          }
          default -> { }
        }
      }
    }
    xml.close();
  }

  /** The r attribute of a row: 1 to 1,048,576; the next number when there is none. */
  private static long rowNumber(Path file, String r, long previous) {
    if (r == null) {
      return previous + 1;
    }
    try {
      long n = Long.parseLong(r.strip());
      if (n >= 1 && n <= MAX_ROWS) {
        return n;
      }
    } catch (NumberFormatException e) {
      // named below
    }
    throw ImportProblem.at(file, previous + 1, "the sheet's XML names a row " + ImportProblem.quote(r)
        + ", not a row number from 1 to 1,048,576", "The file is damaged: open it in Excel and save it again");
  }

  /** "C7" → 2; a reference that is not letters then digits, or beyond column XFD, is an error. */
  private static int columnIndex(Path file, String ref, long row) {
    java.util.regex.Matcher m = CELL_REFERENCE.matcher(ref.strip());
    if (m.matches()) {
      int index = 0;
      for (char c : m.group(1).toUpperCase(java.util.Locale.ROOT).toCharArray()) {
        index = index * 26 + (c - 'A' + 1);
      }
      if (index <= MAX_COLUMNS) {
        return index - 1;
      }
    }
    throw ImportProblem.at(file, row, "the sheet's XML names a cell " + ImportProblem.quote(ref)
        + ", not a cell reference from A1 to XFD1048576", "The file is damaged: open it in Excel and save it again");
  }

  private static XMLStreamReader parser(ZipFile zip, String part) throws IOException, XMLStreamException {
    ZipEntry entry = zip.getEntry(part);
    if (entry == null) {
      throw new ZipException("the part " + part + " is missing");
    }
    byte[] bytes;
    try (InputStream in = zip.getInputStream(entry)) {
      bytes = in.readNBytes((int) Math.min(MAX_PART_BYTES, Integer.MAX_VALUE - 8) + 1);
    }
    if (bytes.length > MAX_PART_BYTES) {
      throw new ZipException("the part " + part + " is larger than " + (MAX_PART_BYTES >> 20) + " MB unpacked");
    }
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    return factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
  }

  /** The workbook-level parts: sheet names and their parts, shared strings, which styles are dates, the date system. */
  private static final class Workbook {
    private final Map<String, String> sheets = new java.util.LinkedHashMap<>();
    private final List<String> strings = new ArrayList<>();
    private final List<Boolean> dateStyles = new ArrayList<>();
    private boolean date1904;

    static Workbook of(Path file, ZipFile zip) throws IOException, XMLStreamException {
      Workbook book = new Workbook();
      if (zip.getEntry("xl/workbook.xml") == null) {
        throw ImportProblem.at(file, 1, "this zip file is not an Excel workbook (no xl/workbook.xml)",
            "Read .xlsx files saved by Excel or LibreOffice; for other data export CSV and use readCsv(path)");
      }
      book.readSheets(zip);
      if (zip.getEntry("xl/sharedStrings.xml") != null) {
        book.readStrings(zip);
      }
      if (zip.getEntry("xl/styles.xml") != null) {
        book.readStyles(zip);
      }
      return book;
    }

    String name(String sheet) {
      return sheet != null ? sheet : sheets.keySet().stream().findFirst().orElse("Sheet1");
    }

    String sheetPart(Path file, String sheet) {
      if (sheet == null) {
        return sheets.values().stream().findFirst().orElse("xl/worksheets/sheet1.xml");
      }
      for (Map.Entry<String, String> e : sheets.entrySet()) {
        if (e.getKey().equalsIgnoreCase(sheet.strip())) {
          return e.getValue();
        }
      }
      throw ImportProblem.of(file, "the workbook has no sheet \"" + sheet + "\"",
          "Its sheets are " + String.join(", ", sheets.keySet()) + "; give one of them, e.g. readExcel(path, \""
              + sheets.keySet().stream().findFirst().orElse("Ark1") + "\")");
    }

    /**
     * The text a cell holds: shared or inline strings, numbers in plain notation, dates as ISO,
     * booleans, errors as empty. A value that cannot be what its type says is an error naming the cell.
     */
    String cellText(Path file, long row, String ref, String type, String style, String value) {
      if (value == null) {
        return "";
      }
      if ("s".equals(type)) {
        return sharedString(file, row, ref, value);
      }
      if ("inlineStr".equals(type) || "str".equals(type)) {
        return value;
      }
      if ("b".equals(type)) {
        return value.strip().equals("1") ? "TRUE" : "FALSE";
      }
      if ("e".equals(type)) {
        return "";
      }
      double number = number(file, row, ref, value);
      if (isDateStyle(file, row, ref, style)) {
        return date(file, row, ref, number);
      }
      return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }

    private String sharedString(Path file, long row, String ref, String value) {
      try {
        int index = Integer.parseInt(value.strip());
        if (index >= 0 && index < strings.size()) {
          return strings.get(index);
        }
      } catch (NumberFormatException e) {
        // named below
      }
      throw damaged(file, row, ref, "refers to the shared text " + ImportProblem.quote(value) + ", but the workbook has "
          + strings.size() + " shared texts, numbered from 0");
    }

    private static double number(Path file, long row, String ref, String value) {
      try {
        double number = Double.parseDouble(value.strip());
        if (Double.isFinite(number)) {
          return number;
        }
      } catch (NumberFormatException e) {
        // named below
      }
      throw damaged(file, row, ref, "holds " + ImportProblem.quote(value) + " as its number");
    }

    private boolean isDateStyle(Path file, long row, String ref, String style) {
      if (style == null) {
        return false;
      }
      try {
        int index = Integer.parseInt(style.strip());
        return index >= 0 && index < dateStyles.size() && dateStyles.get(index);
      } catch (NumberFormatException e) {
        throw damaged(file, row, ref, "has the style " + ImportProblem.quote(style) + ", not a style number");
      }
    }

    /** A date cell's serial number as an ISO date: 1 is 1 January 1900 (1904: 0 is 1 January 1904), Excel's last is 31.12.9999. */
    private String date(Path file, long row, String ref, double serial) {
      double last = date1904 ? LAST_DATE_SERIAL - 1462 : LAST_DATE_SERIAL;
      if (serial < (date1904 ? 0 : 1) || serial >= last + 1 || !date1904 && Math.floor(serial) == 60) {
        throw ImportProblem.at(file, row, "cell " + ref + " is formatted as a date but holds "
                + BigDecimal.valueOf(serial).stripTrailingZeros().toString() + ", which is no date in Excel (from 1900 to 9999"
                + (date1904 ? "" : "; 60 is Excel's 29 February 1900, a day that did not exist") + ")",
            "Correct the cell in Excel, or format the column as a number if it holds numbers");
      }
      long days = (long) Math.floor(serial);
      LocalDate epoch = date1904 ? LocalDate.of(1904, 1, 1) : days < 60 ? LocalDate.of(1899, 12, 31) : LocalDate.of(1899, 12, 30);
      return epoch.plusDays(days).toString();
    }

    private static dk.styrbord.WorkbenchException damaged(Path file, long row, String ref, String problem) {
      return ImportProblem.at(file, row, "cell " + ref + " " + problem, "The file is damaged: open it in Excel and save it again");
    }

    private void readSheets(ZipFile zip) throws IOException, XMLStreamException {
      Map<String, String> targets = new HashMap<>();
      if (zip.getEntry("xl/_rels/workbook.xml.rels") != null) {
        XMLStreamReader rels = parser(zip, "xl/_rels/workbook.xml.rels");
        while (rels.hasNext()) {
          if (rels.next() == XMLStreamConstants.START_ELEMENT && rels.getLocalName().equals("Relationship")) {
            String target = rels.getAttributeValue(null, "Target");
            targets.put(rels.getAttributeValue(null, "Id"), target.startsWith("/") ? target.substring(1) : "xl/" + target);
          }
        }
      }
      XMLStreamReader xml = parser(zip, "xl/workbook.xml");
      while (xml.hasNext()) {
        if (xml.next() != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        if (xml.getLocalName().equals("workbookPr")) {
          String d = xml.getAttributeValue(null, "date1904");
          date1904 = "1".equals(d) || "true".equalsIgnoreCase(d);
        } else if (xml.getLocalName().equals("sheet")) {
          String id = null;
          for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (xml.getAttributeLocalName(i).equals("id")) {
              id = xml.getAttributeValue(i);
            }
          }
          int n = sheets.size() + 1;
          sheets.put(xml.getAttributeValue(null, "name"), targets.getOrDefault(id, "xl/worksheets/sheet" + n + ".xml"));
        }
      }
    }

    private void readStrings(ZipFile zip) throws IOException, XMLStreamException {
      XMLStreamReader xml = parser(zip, "xl/sharedStrings.xml");
      StringBuilder text = null;
      boolean inText = false;
      int phonetic = 0;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          switch (xml.getLocalName()) {
            case "si" -> text = new StringBuilder();
            case "t" -> inText = phonetic == 0;
            case "rPh" -> phonetic++;
            default -> { }
          }
        } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && inText && text != null) {
          text.append(xml.getText());
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          switch (xml.getLocalName()) {
            case "t" -> inText = false;
            case "rPh" -> phonetic--;
            case "si" -> strings.add(text == null ? "" : text.toString());
            default -> { }
          }
        }
      }
    }

    private void readStyles(ZipFile zip) throws IOException, XMLStreamException {
      XMLStreamReader xml = parser(zip, "xl/styles.xml");
      Map<Integer, Boolean> customDates = new HashMap<>();
      boolean inCellXfs = false;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          switch (xml.getLocalName()) {
            case "numFmt" -> customDates.put(Integer.parseInt(xml.getAttributeValue(null, "numFmtId")),
                isDateFormat(xml.getAttributeValue(null, "formatCode")));
            case "cellXfs" -> inCellXfs = true;
            case "xf" -> {
              if (inCellXfs) {
                String id = xml.getAttributeValue(null, "numFmtId");
                int numFmt = id == null ? 0 : Integer.parseInt(id);
                dateStyles.add(customDates.getOrDefault(numFmt, DATE_FORMATS.contains(numFmt)));
              }
            }
            default -> { }
          }
        } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("cellXfs")) {
          inCellXfs = false;
        }
      }
    }

    /** A custom format shows a date when, outside quotes and brackets, it has a day, month or year code. */
    private static boolean isDateFormat(String code) {
      if (code == null) {
        return false;
      }
      String bare = code.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^\\]]*\\]", "").replaceAll("\\\\.", "").toLowerCase(java.util.Locale.ROOT);
      return bare.matches(".*[dy].*") || bare.matches(".*m.*") && !bare.matches("[hms:.\\s0]*");
    }
  }
}
