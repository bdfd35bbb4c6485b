package dk.styrbord.data.imports;

import dk.styrbord.data.Catalog;
import dk.styrbord.data.Datasets;
import dk.styrbord.data.Municipalities;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tech.tablesaw.api.Table;

/**
 * Reads a StatBank file as users download it into a tidy table, in one pass over its bytes with
 * known column types (no type-detection pass); a file of 8 MB or more is cut at line ends into
 * regions read on all cores and joined in file order ({@link ChunkedRead}), so exports of millions
 * of rows (the API's BULK format) read in seconds, with the messages one pass would give.
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
   * Reads the whole file into a tidy table in one pass over its bytes, split into regions read on
   * all cores when the file is large; a problem gives one line naming the file, the line and the fix.
   */
  public Table read(Path file) {
    return ImportProblem.withinMemory(file, () -> readWhole(file, 0));
  }

  /** {@link #read(Path)} with regions of about {@code regionBytes} each, however small the file, for tests of the cuts. */
  Table read(Path file, long regionBytes) {
    return ImportProblem.withinMemory(file, () -> readWhole(file, regionBytes));
  }

  private Table readWhole(Path file, long regionBytes) {
    TextSource source = TextSource.open(file);
    Dialect dialect = Dialect.sniff(source);
    Layout layout = layout(source, dialect);
    double linesPerByte = (double) source.estimatedLines() / Math.max(1, source.size());
    ChunkRows.Plan plan = new ChunkRows.Plan(file, layout, source.encoding(), dialect.separator(), municipalities, linesPerByte);
    long start = source.encoding().skip();
    FileRegions.Region whole = new FileRegions.Region(start, source.size(), true, true);
    long bytes = regionBytes > 0 ? regionBytes : RegionSize.of(source.size());
    List<FileRegions.Region> regions = bytes >= source.size() ? List.of(whole) : FileRegions.split(file, start, source.size(), bytes);
    return StatbankColumns.of(plan, ChunkedRead.read(plan, regions, whole));
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
}
