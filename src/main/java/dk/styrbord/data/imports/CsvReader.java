package dk.styrbord.data.imports;

import dk.styrbord.data.Catalog;
import dk.styrbord.data.Datasets;
import dk.styrbord.data.Municipalities;
import dk.styrbord.data.Suggestions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Reads a user's own CSV file, as Danish Excel writes it (semicolons, decimal comma, thousands
 * dot, dates 03.01.2024 or 03-01-2024, Windows-1252) or internationally (commas, decimal point,
 * UTF-8), detecting everything from the file. Numbers and dates are parsed here, never by
 * Tablesaw, which would read {@code 12,5} as 125 and {@code 03.01.2024} as March 1.
 *
 * <p>Columns become INTEGER, DOUBLE, LOCAL_DATE or STRING. A municipality column (named kommune,
 * kommunekode, OMRÅDE, municipality …) also gets {@code level}, {@code kommune_code} and the
 * official name {@code kommune} (each unless the file already has a column of that name); a column of StatBank periods gets {@code period_start} and
 * {@code frequency}.
 *
 * <p>Example: {@code CsvReader.bundled().read(Path.of("src/test/resources/imports/own/udgifter_excel.csv"))}.
 */
public final class CsvReader {
  private static final Set<String> AREA_NAMES = Set.of(
      "omraade", "kommune", "kommunenavn", "kommunekode", "komkode", "komnr", "kommunenr", "municipality",
      "municipalitycode", "kommunecode", "komk", "admkom", "bopkom");

  private final Municipalities municipalities;

  private CsvReader(Municipalities municipalities) {
    this.municipalities = municipalities;
  }

  /** A reader resolving municipalities with this registry. */
  public static CsvReader of(Municipalities municipalities) {
    return new CsvReader(municipalities);
  }

  /** A reader resolving municipalities with the bundled registry. */
  public static CsvReader bundled() {
    return of(Municipalities.of(Datasets.of(Catalog.bundled())));
  }

  /** Reads the file into a typed table; a problem gives one line naming the file, the line and the fix. */
  public Table read(Path file) {
    return ImportProblem.withinMemory(file, () -> build(parse(file).typed()));
  }

  /** What was detected: format, encoding, separator, header, each column's type and the first rows. */
  public ImportPreview preview(Path file) {
    Parsed parsed = parse(file);
    Typed p = parsed.typed();
    List<ColumnGuess> columns = new ArrayList<>();
    for (int c = 0; c < p.names().size(); c++) {
      String first = column(p.rows(), c).stream().filter(v -> !v.isBlank()).findFirst().orElse("");
      String kind = p.plans().get(c).description() + (c == p.area() ? " → " + String.join(", ", addedAreaColumns(p.names())) : "")
          + (c == p.period() ? " → period_start, frequency" : "");
      columns.add(new ColumnGuess(p.names().get(c), kind, first));
    }
    List<String> firstRows = p.rows().stream().limit(5).map(r -> String.join(" | ", r)).toList();
    String marks = p.plans().stream().filter(pl -> pl.kind().equals(ColumnPlan.DOUBLE)).map(pl -> pl.decimalMark() == ',' ? "comma (,)" : "point (.)")
        .distinct().reduce((a, b) -> a + " and " + b).orElse("no decimal numbers");
    return new ImportPreview(file, parsed.source().size(), "delimited text (CSV)", parsed.dialect(), marks, columns, firstRows,
        "readCsv(\"" + file.toString().replace("\\", "/") + "\")");
  }

  /** The file split into names and rows, with each column's plan. */
  private record Parsed(TextSource source, Dialect dialect, Typed typed) {}

  /** Rows with names, each row's line, and each column's plan. */
  private record Typed(Path file, List<String> names, List<String[]> rows, long[] lines, List<ColumnPlan> plans, int area,
      int period) {}

  private Parsed parse(Path file) {
    TextSource source = TextSource.open(file);
    Dialect dialect = Dialect.sniff(source);
    List<String> names = null;
    List<String[]> rows = new ArrayList<>();
    List<Long> lineList = new ArrayList<>();
    try (RecordReader reader = new RecordReader(source.reader(), dialect.separator(), file)) {
      reader.skipLines(CommentLines.count(source.sample()));
      String[] fields;
      while ((fields = reader.next()) != null) {
        if (names == null) {
          names = dialect.header() ? names(file, fields) : numbered(fields.length);
          if (dialect.header()) {
            continue;
          }
        }
        RowShape.check(file, reader.line(), fields, names.size(), dialect.separator());
        rows.add(fields.length == names.size() ? fields : java.util.Arrays.copyOf(fields, names.size()));
        lineList.add(reader.line());
      }
    }
    if (rows.isEmpty()) {
      throw ImportProblem.at(file, 1, "the file has a header but no data rows", "Add rows under the header, or export the sheet again");
    }
    long[] lines = lineList.stream().mapToLong(Long::longValue).toArray();
    return new Parsed(source, dialect, typed(file, names, rows, lines, dialect.separator()));
  }

  /**
   * A typed table from rows already split, e.g. the cells of a workbook sheet; {@code separator}
   * tells which decimal mark to try first (',' for '.', ';' for ',').
   */
  Table table(Path file, List<String> names, List<String[]> rows, long[] lines, char separator) {
    if (rows.isEmpty()) {
      throw ImportProblem.at(file, 1, "the sheet has a header but no data rows", "Add rows under the header");
    }
    return build(typed(file, names, rows, lines, separator));
  }

  private Typed typed(Path file, List<String> names, List<String[]> rows, long[] lines, char separator) {
    List<ColumnPlan> plans = new ArrayList<>();
    int area = -1;
    int period = -1;
    for (int c = 0; c < names.size(); c++) {
      List<String> values = column(rows, c);
      plans.add(ColumnPlan.of(file, names.get(c), values, lines, separator));
      if (area < 0 && AREA_NAMES.contains(Suggestions.key(names.get(c))) && AreaLevel.of(municipalities).mostlyAreas(values)) {
        area = c;
      }
      if (period < 0 && plans.get(c).kind().equals(ColumnPlan.TEXT) && isPeriodColumn(values)) {
        period = c;
      }
    }
    return new Typed(file, names, rows, lines, plans, area, period);
  }

  private static boolean isPeriodColumn(List<String> values) {
    boolean any = false;
    for (String v : values) {
      if (NumberText.isMissing(v)) {
        continue;
      }
      if (!Period.isPeriod(v)) {
        return false;
      }
      any = true;
    }
    return any;
  }

  /** Column names from a header row: stripped, none empty (a trailing empty one is dropped), none twice. */
  static List<String> names(Path file, String[] header) {
    List<String> names = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < header.length; i++) {
      String name = header[i].replace("\uFEFF", "").strip();
      if (name.isEmpty() && i == header.length - 1 && i > 0) {
        break;
      }
      if (name.isEmpty()) {
        throw ImportProblem.at(file, 1, "column " + (i + 1) + " has no name in the header", "Give every column a name in the first line");
      }
      if (!seen.add(name.toLowerCase(Locale.ROOT))) {
        throw ImportProblem.at(file, 1, "the header names the column " + name + " twice", "Rename or remove one of the two " + name + " columns");
      }
      names.add(name);
    }
    return names;
  }

  private static List<String> numbered(int count) {
    List<String> names = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      names.add("column" + i);
    }
    return names;
  }

  private static List<String> column(List<String[]> rows, int c) {
    List<String> out = new ArrayList<>(rows.size());
    for (String[] r : rows) {
      out.add(r[c] == null ? "" : r[c]);
    }
    return out;
  }

  private Table build(Typed p) {
    Path file = p.file();
    List<Column<?>> columns = new ArrayList<>();
    int nil = 0;
    for (int c = 0; c < p.names().size(); c++) {
      String name = p.names().get(c);
      ColumnPlan plan = p.plans().get(c);
      List<String> values = column(p.rows(), c);
      switch (plan.kind()) {
        case ColumnPlan.INTEGER -> {
          IntColumn col = IntColumn.create(name);
          for (String v : values) {
            double d = NumberText.parse(v, plan.decimalMark());
            nil += NumberText.isNil(v) ? 1 : 0;
            if (Double.isNaN(d)) {
              col.appendMissing();
            } else {
              col.append((int) d);
            }
          }
          columns.add(col);
        }
        case ColumnPlan.DOUBLE -> {
          DoubleColumn col = DoubleColumn.create(name);
          for (String v : values) {
            nil += NumberText.isNil(v) ? 1 : 0;
            col.append(NumberText.parse(v, plan.decimalMark()));
          }
          columns.add(col);
        }
        case ColumnPlan.DATE -> {
          DateColumn col = DateColumn.create(name);
          values.forEach(v -> col.append(NumberText.isMissing(v) ? null : DateText.parse(v)));
          columns.add(col);
        }
        default -> columns.add(StringColumn.create(name, values.stream().map(v -> NumberText.isMissing(v) ? "" : v.strip()).toList()));
      }
    }
    if (p.area() >= 0) {
      addArea(p, columns, file);
    }
    if (p.period() >= 0) {
      DateColumn start = DateColumn.create("period_start");
      StringColumn frequency = StringColumn.create("frequency");
      for (String v : column(p.rows(), p.period())) {
        Period period = NumberText.isMissing(v) ? null : Period.parse(v);
        start.append(period == null ? null : period.start());
        frequency.append(period == null ? "" : period.frequency());
      }
      columns.add(start);
      columns.add(frequency);
    }
    String title = String.valueOf(file.getFileName()) + (nil > 0 ? String.format(" · %,d value%s '-' (nil) → 0", nil, nil == 1 ? "" : "s") : "");
    return Table.create(title, columns);
  }

  /** The area columns a file gets: level, kommune_code and kommune, less any name the file already uses. */
  private static List<String> addedAreaColumns(List<String> names) {
    Set<String> taken = new HashSet<>();
    names.forEach(n -> taken.add(n.toLowerCase(Locale.ROOT)));
    return List.of("level", "kommune_code", "kommune").stream().filter(n -> !taken.contains(n)).toList();
  }

  private void addArea(Typed p, List<Column<?>> columns, Path file) {
    AreaLevel areas = AreaLevel.of(municipalities);
    StringColumn level = StringColumn.create("level");
    IntColumn code = IntColumn.create("kommune_code");
    StringColumn name = StringColumn.create("kommune");
    String columnName = p.names().get(p.area());
    for (int r = 0; r < p.rows().size(); r++) {
      String v = p.rows().get(r)[p.area()].strip();
      AreaLevel.Area a = areas.require(v, file, p.lines()[r], columnName);
      level.append(a.level());
      if (a.code() == 0) {
        code.appendMissing();
      } else {
        code.append(a.code());
      }
      name.append(a.name());
    }
    List<String> added = addedAreaColumns(p.names());
    for (Column<?> c : List.<Column<?>>of(level, code, name)) {
      if (added.contains(c.name())) {
        columns.add(c);
      }
    }
  }
}
