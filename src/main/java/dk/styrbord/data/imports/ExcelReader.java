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
    checkFile(file);
    try (ZipFile zip = new ZipFile(file.toFile())) {
      Workbook book = Workbook.of(file, zip);
      String part = book.sheetPart(file, sheet);
      List<String[]> cells = new ArrayList<>();
      List<Long> rowNumbers = new ArrayList<>();
      readSheet(zip, part, book, cells, rowNumbers);
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

  /** Cells beyond the header's columns must be empty: a value there has no column name. */
  private static void checkWidth(Path file, long row, String[] cells, List<String> names) {
    for (int c = names.size(); c < cells.length; c++) {
      if (cells[c] != null && !cells[c].isBlank()) {
        throw ImportProblem.at(file, row, "cell " + columnName(c) + row + " holds " + ImportProblem.quote(cells[c])
                + " beyond the header's " + names.size() + " columns",
            "Give column " + columnName(c) + " a name in row 1, or clear the cell");
      }
    }
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
  }

  private static void readSheet(ZipFile zip, String part, Workbook book, List<String[]> cells, List<Long> rowNumbers)
      throws IOException, XMLStreamException {
    XMLStreamReader xml = parser(zip, part);
    List<String> row = null;
    String type = null;
    int style = 0;
    int column = 0;
    String value = null;
    StringBuilder text = new StringBuilder();
    boolean inValue = false;
    long rowNumber = 0;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        switch (xml.getLocalName()) {
          case "row" -> {
            row = new ArrayList<>();
            String r = xml.getAttributeValue(null, "r");
            rowNumber = r == null ? rowNumber + 1 : Long.parseLong(r);
          }
          case "c" -> {
            type = xml.getAttributeValue(null, "t");
            String s = xml.getAttributeValue(null, "s");
            style = s == null ? 0 : Integer.parseInt(s);
            String ref = xml.getAttributeValue(null, "r");
            column = ref == null ? (row == null ? 0 : row.size()) : columnIndex(ref);
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
            while (row != null && row.size() <= column) {
              row.add("");
            }
            if (row != null) {
              row.set(column, book.cellText(type, style, value));
            }
          }
          case "row" -> {
            if (row != null && row.stream().anyMatch(x -> !x.isBlank())) {
              cells.add(row.toArray(new String[0]));
              rowNumbers.add(rowNumber);
            }
            row = null;
          }
          default -> { }
        }
      }
    }
    xml.close();
  }

  /** "C7" → 2. */
  private static int columnIndex(String ref) {
    int index = 0;
    for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
      index = index * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
    }
    return index - 1;
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

    /** The text a cell holds: shared or inline strings, numbers in plain notation, dates as ISO, booleans, errors as empty. */
    String cellText(String type, int style, String value) {
      if (value == null) {
        return "";
      }
      if ("s".equals(type)) {
        int index = Integer.parseInt(value.strip());
        return index < strings.size() ? strings.get(index) : "";
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
      double number = Double.parseDouble(value.strip());
      if (style < dateStyles.size() && dateStyles.get(style)) {
        return LocalDate.of(date1904 ? 1904 : 1899, date1904 ? 1 : 12, date1904 ? 1 : 30).plusDays((long) Math.floor(number)).toString();
      }
      return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
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
