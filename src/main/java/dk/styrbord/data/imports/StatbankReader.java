package dk.styrbord.data.imports;

import dk.styrbord.data.Catalog;
import dk.styrbord.data.Datasets;
import dk.styrbord.data.Municipalities;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.dates.PackedLocalDate;

/**
 * Reads a StatBank file as users download it into a tidy table, in one streaming pass with known
 * column types (no type-detection pass), so exports of millions of rows (the API's BULK format)
 * read in seconds.
 *
 * <p>Accepted: the API's CSV and BULK (semicolon-separated, header line of variable ids, value
 * column {@code INDHOLD}) and the web-UI export (comma-separated, text in double quotes, no
 * header: the last field is the value); codes or labels, Danish or English; UTF-8 with or without
 * byte-order mark, or Windows-1252. Values: {@code 12,5} and {@code 12.5} → 12.5, {@code ..} →
 * missing, {@code -} (nil) → 0, both counted in the table's name.
 *
 * <p>The table keeps every column as text and {@code INDHOLD} as a number, and adds: for the
 * area column ({@code OMRÅDE}, {@code KOMK}, {@code ADMKOM}, {@code BOPKOM} …) {@code level}
 * ({@code land}, {@code region}, {@code kommune}, {@code other}), {@code kommune_code} and the
 * official name {@code kommune} (municipality rows only); for {@code TID} {@code period_start} (the
 * first day, so the table sorts and filters by time) and {@code frequency}.
 *
 * <p>Example: {@code StatbankReader.bundled().read(Path.of("data/sources/FOLK1AM_2021M10-2024M04.csv"))}.
 */
public final class StatbankReader {
  private static final Set<String> AREA_COLUMNS = Set.of(
      "OMRÅDE", "OMRADE", "KOMK", "ADMKOM", "BOPKOM", "BOKOMK", "KOMKODE", "KOMMUNE", "KOMMUNEKODE", "BOPOMR", "AREA",
      "REGION", "KOMGRP");

  private final Municipalities municipalities;

  private StatbankReader(Municipalities municipalities) {
    this.municipalities = municipalities;
  }

  /** A reader resolving municipalities with this registry. */
  public static StatbankReader of(Municipalities municipalities) {
    return new StatbankReader(municipalities);
  }

  /** A reader resolving municipalities with the bundled registry. */
  public static StatbankReader bundled() {
    return of(Municipalities.of(Datasets.of(Catalog.bundled())));
  }

  /**
   * True when the file looks like a StatBank file: a header with INDHOLD, or no header and a
   * number at the end of every sampled line beside an area column. Unreadable files give false.
   */
  public boolean recognises(Path file) {
    try {
      TextSource source = TextSource.open(file);
      Layout layout = layout(source, Dialect.sniff(source));
      return layout.header() || layout.area() >= 0;
    } catch (dk.styrbord.WorkbenchException e) {
      return false;
    }
  }

  /** The file's detected format and first rows, without reading it all. */
  public ImportPreview preview(Path file) {
    TextSource source = TextSource.open(file);
    Dialect dialect = Dialect.sniff(source);
    Layout layout = layout(source, dialect);
    List<String[]> sample = Dialect.records(file, source.sample(), dialect.separator(), 200);
    List<String[]> rows = sample.subList(layout.header() ? Math.min(1, sample.size()) : 0, sample.size());
    List<ColumnGuess> columns = new ArrayList<>();
    for (int i = 0; i < layout.names().size(); i++) {
      columns.add(new ColumnGuess(layout.names().get(i), kind(layout, i, rows), first(rows, i)));
    }
    List<String> firstRows = rows.stream().limit(5).map(r -> String.join(" | ", r)).toList();
    String format = layout.header()
        ? "StatBank API CSV/BULK (header of variable ids, value column INDHOLD)"
        : "StatBank web export (no header; the last field is the value)";
    return new ImportPreview(file, source.size(), format, dialect, decimalMark(rows, layout.value()), columns, firstRows,
        "readStatbank(\"" + file.toString().replace("\\", "/") + "\")");
  }

  /**
   * Reads the whole file into a tidy table in one streaming pass over its bytes; a problem gives
   * one line naming the file, the line and the fix.
   */
  public Table read(Path file) {
    return ImportProblem.withinMemory(file, () -> readWhole(file));
  }

  private Table readWhole(Path file) {
    TextSource source = TextSource.open(file);
    Dialect dialect = Dialect.sniff(source);
    Layout layout = layout(source, dialect);
    Builder builder = new Builder(file, layout, source.encoding(), source.estimatedLines());
    try (ByteRecordReader reader = new ByteRecordReader(source.bytes(), dialect.separator(), file)) {
      if (layout.header()) {
        reader.next();
      }
      int width = layout.names().size();
      while (reader.next()) {
        if (reader.fieldCount() != width) {
          RowShape.check(file, reader.line(), builder.texts(reader), width, dialect.separator());
        }
        builder.add(reader);
      }
    }
    if (builder.rows() == 0) {
      throw ImportProblem.at(file, 1, "the file has a header but no data rows",
          "Export the table again with at least one value selected for every variable");
    }
    return builder.build(file);
  }

  /** Column names and the positions of the value, area and time columns. */
  record Layout(boolean header, List<String> names, int value, int area, int time) {}

  private Layout layout(TextSource source, Dialect dialect) {
    Path file = source.file();
    List<String[]> sample = Dialect.records(file, source.sample(), dialect.separator(), 200);
    if (sample.isEmpty()) {
      throw ImportProblem.at(file, 1, "no lines to read", "Export the table again");
    }
    // A web export has no header but quotes its text, so a first line of quoted labels without INDHOLD is data
    boolean header = dialect.header() && !(dialect.quoted() && !names(sample.get(0)).contains("INDHOLD"));
    return header ? headerLayout(file, sample.get(0)) : headerlessLayout(file, sample);
  }

  private static List<String> names(String[] record) {
    List<String> out = new ArrayList<>();
    for (String f : record) {
      out.add(f.replace("\uFEFF", "").strip().toUpperCase(Locale.ROOT));
    }
    return out;
  }

  private static Layout headerLayout(Path file, String[] header) {
    List<String> names = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int value = -1;
    int area = -1;
    int time = -1;
    for (int i = 0; i < header.length; i++) {
      String name = header[i].replace("\uFEFF", "").strip();
      String upper = name.toUpperCase(Locale.ROOT);
      if (name.isEmpty()) {
        throw ImportProblem.at(file, 1, "column " + (i + 1) + " has no name in the header",
            "Give every column a name (a StatBank header looks like OMRÅDE;TID;INDHOLD)");
      }
      if (!seen.add(upper)) {
        throw ImportProblem.at(file, 1, "the header names the column " + name + " twice",
            "Rename or remove one of the two " + name + " columns");
      }
      names.add(name);
      if (upper.equals("INDHOLD") || upper.equals("CONTENT")) {
        value = i;
      } else if (AREA_COLUMNS.contains(upper) && area < 0) {
        area = i;
      } else if (upper.equals("TID") || upper.equals("TIME")) {
        time = i;
      }
    }
    if (value < 0) {
      throw ImportProblem.at(file, 1, "the header " + String.join(";", names) + " has no INDHOLD column",
          "A StatBank file ends with the value column INDHOLD; for other tables use readCsv(path)");
    }
    return new Layout(true, names, value, area, time);
  }

  private Layout headerlessLayout(Path file, List<String[]> sample) {
    int width = sample.get(0).length;
    String lastValue = sample.get(0)[width - 1];
    if (width < 2 || !isStatbankNumber(lastValue)) {
      throw ImportProblem.at(file, 1, "no header line and the last field " + ImportProblem.quote(lastValue) + " is not a number",
          "A StatBank file has a header (OMRÅDE;TID;INDHOLD) or, as a web export, ends every line with the value; for other tables use readCsv(path)");
    }
    AreaLevel areas = AreaLevel.of(municipalities);
    int area = -1;
    int time = -1;
    List<String> names = new ArrayList<>();
    for (int i = 0; i < width; i++) {
      List<String> values = column(sample, i);
      if (i == width - 1) {
        names.add("INDHOLD");
      } else if (area < 0 && areas.mostlyAreas(values)) {
        area = i;
        names.add("OMRÅDE");
      } else if (time < 0 && values.stream().allMatch(Period::isPeriod)) {
        time = i;
        names.add("TID");
      } else {
        names.add("V" + (i + 1));
      }
    }
    return new Layout(false, names, width - 1, area, time);
  }

  private static boolean isStatbankNumber(String text) {
    try {
      NumberText.parseStatbank(text);
      return true;
    } catch (NumberText.NotANumber e) {
      return false;
    }
  }

  private static List<String> column(List<String[]> rows, int i) {
    List<String> out = new ArrayList<>();
    for (String[] r : rows) {
      if (i < r.length) {
        out.add(r[i]);
      }
    }
    return out;
  }

  private static String first(List<String[]> rows, int i) {
    return column(rows, i).stream().filter(v -> !v.isBlank()).findFirst().orElse("");
  }

  private String kind(Layout layout, int i, List<String[]> rows) {
    List<String> values = column(rows, i);
    if (i == layout.value()) {
      return "value (number, " + decimalMark(rows, i) + ")";
    }
    if (i == layout.area()) {
      boolean codes = values.stream().allMatch(v -> v.strip().matches("\\d+.*"));
      return "area by " + (codes ? "code" : "name") + " → level, kommune_code, kommune";
    }
    if (i == layout.time()) {
      String frequency = values.isEmpty() ? "?" : Period.parse(values.get(0)).frequency();
      return "period (" + frequency + ") → period_start, frequency";
    }
    return "text";
  }

  private static String decimalMark(List<String[]> rows, int valueIndex) {
    boolean comma = false;
    boolean point = false;
    for (String v : column(rows, valueIndex)) {
      comma |= v.indexOf(',') >= 0;
      point |= v.indexOf('.') >= 0 && !NumberText.isMissing(v);
    }
    return comma ? "decimal comma (,)" : point ? "decimal point (.)" : "whole numbers";
  }

  /**
   * Collects the columns of one file row by row: codes for text, doubles for INDHOLD, sized from
   * the file's estimated number of lines so that millions of rows are not copied while they grow.
   */
  private final class Builder {
    private final Path file;
    private final Layout layout;
    private final TextEncoding encoding;
    private final ByteDictionary[] text;
    private double[] values;
    private int rows;
    private final RowLines lines = new RowLines();
    private final AreaLevel areas = AreaLevel.of(municipalities);
    private final List<AreaLevel.Area> areaOfCode = new ArrayList<>();
    private final List<Period> periodOfCode = new ArrayList<>();
    private int missing;
    private int nil;

    Builder(Path file, Layout layout, TextEncoding encoding, long estimatedLines) {
      this.file = file;
      this.layout = layout;
      this.encoding = encoding;
      int capacity = (int) Math.min(Integer.MAX_VALUE - 16, estimatedLines + estimatedLines / 32 + 16);
      this.values = new double[capacity];
      this.text = new ByteDictionary[layout.names().size()];
      for (int i = 0; i < text.length; i++) {
        if (i != layout.value()) {
          text[i] = new ByteDictionary(layout.names().get(i), encoding, file, capacity);
        }
      }
    }

    int rows() {
      return rows;
    }

    /** The current record's fields as text, for messages about its shape. */
    String[] texts(ByteRecordReader reader) {
      String[] out = new String[reader.fieldCount()];
      for (int i = 0; i < out.length; i++) {
        out[i] = text(reader, i);
      }
      return out;
    }

    private String text(ByteRecordReader reader, int i) {
      return new String(reader.array(i), reader.start(i), reader.end(i) - reader.start(i), encoding.charset());
    }

    void add(ByteRecordReader reader) {
      long line = reader.line();
      for (int i = 0; i < text.length; i++) {
        if (i != layout.value()) {
          int code = text[i].add(reader.array(i), reader.start(i), reader.end(i), line);
          if (i == layout.area() && code == areaOfCode.size()) {
            areaOfCode.add(area(text[i].value(code), line));
          } else if (i == layout.time() && code == periodOfCode.size()) {
            periodOfCode.add(period(text[i].value(code), line));
          }
        }
      }
      if (rows == values.length) {
        values = Arrays.copyOf(values, values.length + (values.length >> 1));
      }
      values[rows++] = value(reader, line);
      lines.add(line);
    }

    private double value(ByteRecordReader reader, long line) {
      int v = layout.value();
      int start = reader.start(v);
      int end = reader.end(v);
      byte[] bytes = reader.array(v);
      try {
        double d = NumberText.parseStatbank(bytes, start, end);
        if (Double.isNaN(d)) {
          missing++;
        } else if (d == 0 && end - start == 1 && bytes[start] == '-') {
          nil++;
        }
        return d;
      } catch (NumberText.NotANumber e) {
        throw ImportProblem.at(file, line, ImportProblem.quote(text(reader, v).strip()) + " in " + layout.names().get(v) + " is not a number",
            "StatBank writes values like 12,5 or 1234, '..' when not available and '-' for nil; correct the cell");
      }
    }

    private AreaLevel.Area area(String field, long line) {
      AreaLevel.Area resolved = areas.classify(field);
      if (resolved == null) {
        String near = areas.suggestion(field);
        throw ImportProblem.at(file, line, ImportProblem.quote(field) + " in " + layout.names().get(layout.area())
                + " is not a municipality, a region or the whole country" + (near.isEmpty() ? "" : ". " + near),
            "Correct the name (kommuner() lists all 98), or remove the row");
      }
      return resolved;
    }

    private Period period(String field, long line) {
      try {
        return Period.parse(field);
      } catch (IllegalArgumentException e) {
        throw ImportProblem.at(file, line, ImportProblem.quote(field) + " in " + layout.names().get(layout.time()) + " is not a StatBank period",
            "Write periods as 2023, 2023H1, 2023K1 (or 2023Q1) or 2023M01");
      }
    }

    Table build(Path file) {
      List<ByteDictionary> keys = new ArrayList<>();
      for (ByteDictionary d : text) {
        if (d != null) {
          keys.add(d);
        }
      }
      DuplicateRows.check(file, layout.names(), layout.value(), keys, lines);
      List<Column<?>> columns = new ArrayList<>();
      for (int i = 0; i < text.length; i++) {
        columns.add(i == layout.value() ? valueColumn(layout.names().get(i)) : text[i].column());
      }
      if (layout.area() >= 0) {
        columns.addAll(areaColumns(text[layout.area()]));
      }
      if (layout.time() >= 0) {
        columns.addAll(periodColumns(text[layout.time()]));
      }
      return Table.create(title(file), columns);
    }

    /** The values as a column; the builder lets go of its own array first, as Tablesaw copies it. */
    private DoubleColumn valueColumn(String name) {
      double[] exact = values.length == rows ? values : Arrays.copyOf(values, rows);
      values = null;
      return DoubleColumn.create(name, exact);
    }

    private List<Column<?>> areaColumns(ByteDictionary area) {
      int rows = rows();
      List<String> levels = List.of(AreaLevel.LAND, AreaLevel.REGION, AreaLevel.KOMMUNE, AreaLevel.OTHER);
      List<String> names = new ArrayList<>();
      int[] levelOf = new int[areaOfCode.size()];
      int[] nameOf = new int[areaOfCode.size()];
      int[] kommuneOf = new int[areaOfCode.size()];
      for (int c = 0; c < areaOfCode.size(); c++) {
        AreaLevel.Area a = areaOfCode.get(c);
        levelOf[c] = levels.indexOf(a.level());
        int n = names.indexOf(a.name());
        if (n < 0) {
          n = names.size();
          names.add(a.name());
        }
        nameOf[c] = n;
        kommuneOf[c] = a.code() == 0 ? Integer.MIN_VALUE : a.code();
      }
      RowCodes levelCodes = new RowCodes(rows);
      RowCodes nameCodes = new RowCodes(rows);
      int[] kommuneCodes = new int[rows];
      for (int row = 0; row < rows; row++) {
        int c = area.code(row);
        levelCodes.add(levelOf[c]);
        nameCodes.add(nameOf[c]);
        kommuneCodes[row] = kommuneOf[c];
      }
      return List.of(levelCodes.column("level", levels), IntColumn.create("kommune_code", kommuneCodes),
          nameCodes.column("kommune", names));
    }

    private List<Column<?>> periodColumns(ByteDictionary time) {
      int rows = rows();
      List<String> frequencies = List.of("year", "half-year", "quarter", "month", "day");
      int[] startOf = new int[periodOfCode.size()];
      int[] frequencyOf = new int[periodOfCode.size()];
      for (int c = 0; c < periodOfCode.size(); c++) {
        startOf[c] = PackedLocalDate.pack(periodOfCode.get(c).start());
        frequencyOf[c] = frequencies.indexOf(periodOfCode.get(c).frequency());
      }
      int[] packed = new int[rows];
      RowCodes frequencyCodes = new RowCodes(rows);
      for (int row = 0; row < rows; row++) {
        int c = time.code(row);
        packed[row] = startOf[c];
        frequencyCodes.add(frequencyOf[c]);
      }
      return List.of(DateColumn.createInternal("period_start", packed), frequencyCodes.column("frequency", frequencies));
    }

    private String title(Path file) {
      StringBuilder name = new StringBuilder(String.valueOf(file.getFileName()));
      if (missing > 0) {
        name.append(String.format(" · %,d value%s '..' (not available) → missing", missing, missing == 1 ? "" : "s"));
      }
      if (nil > 0) {
        name.append(String.format(" · %,d value%s '-' (nil) → 0", nil, nil == 1 ? "" : "s"));
      }
      return name.toString();
    }
  }
}
