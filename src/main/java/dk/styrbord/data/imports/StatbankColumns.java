package dk.styrbord.data.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReferenceArray;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.dates.PackedLocalDate;

/**
 * Joins the regions of one StatBank file, read in file order, into its table: each text column's
 * dictionaries become one (codes in order of first occurrence in the file, as one pass would give
 * them), the rows are checked for repeated keys, and the area and period columns are derived.
 * Each region's arrays are let go as soon as they are copied, so the file's rows are held about
 * once.
 */
final class StatbankColumns {
  private final ChunkRows.Plan plan;
  private final List<ChunkRows> chunks;
  private final int rows;

  private StatbankColumns(ChunkRows.Plan plan, List<ChunkRows> chunks, int rows) {
    this.plan = plan;
    this.chunks = chunks;
    this.rows = rows;
  }

  /** The table of the file whose regions, in file order, are {@code chunks}. */
  static Table of(ChunkRows.Plan plan, List<ChunkRows> chunks) {
    long rows = 0;
    for (ChunkRows c : chunks) {
      rows += c.rows();
    }
    if (rows == 0) {
      throw ImportProblem.at(plan.file(), 1, "the file has a header but no data rows",
          "Export the table again with at least one value selected for every variable");
    }
    if (rows > Integer.MAX_VALUE - 16) {
      throw ImportProblem.of(plan.file(), String.format("the file has %,d rows, more than a table holds (%,d)", rows, Integer.MAX_VALUE - 16),
          "Select fewer values in the StatBank export, or split the file");
    }
    return new StatbankColumns(plan, chunks, (int) rows).table();
  }

  private Table table() {
    StatbankReader.Layout layout = plan.layout();
    Path file = plan.file();
    int width = layout.names().size();
    int missing = 0;
    int nil = 0;
    for (ChunkRows c : chunks) {
      missing += c.missing();
      nil += c.nil();
    }
    DoubleColumn value = DoubleColumn.create(layout.names().get(layout.value()), values());
    Map<String, AreaLevel.Area> areaOf = new HashMap<>();
    Map<String, Period> periodOf = new HashMap<>();
    List<Callable<CodedText>> joins = new ArrayList<>();
    for (int i = 0; i < width; i++) {
      if (i != layout.value()) {
        collectMeanings(i, areaOf, periodOf);
        int column = i;
        joins.add(() -> joined(column));
      }
    }
    List<CodedText> keys = ImportThreads.all(joins);
    DuplicateRows.check(file, layout.names(), layout.value(), keys, lines());
    // derived columns first; then each text column lets go of its codes once Tablesaw has its copy
    AtomicReferenceArray<CodedText> text = new AtomicReferenceArray<>(width);
    for (int i = 0, k = 0; i < width; i++) {
      text.set(i, i == layout.value() ? null : keys.get(k++));
    }
    keys = null;
    List<Callable<List<Column<?>>>> builds = new ArrayList<>();
    if (layout.area() >= 0) {
      builds.add(() -> areaColumns(text.get(layout.area()), areaOf));
    }
    if (layout.time() >= 0) {
      builds.add(() -> periodColumns(text.get(layout.time()), periodOf));
    }
    List<List<Column<?>>> derived = ImportThreads.all(builds);
    builds.clear();
    for (int i = 0; i < width; i++) {
      int column = i;
      if (i != layout.value()) {
        builds.add(() -> List.of(text.getAndSet(column, null).column()));
      }
    }
    List<Column<?>> all = new ArrayList<>();
    for (List<Column<?>> built : ImportThreads.all(builds)) {
      all.addAll(built);
    }
    all.add(layout.value(), value);
    derived.forEach(all::addAll);
    return Table.create(title(missing, nil), all);
  }

  /** What each value of the area or time column {@code i} means, as the region that first saw it found. */
  private void collectMeanings(int i, Map<String, AreaLevel.Area> areaOf, Map<String, Period> periodOf) {
    if (i != plan.layout().area() && i != plan.layout().time()) {
      return;
    }
    for (ChunkRows c : chunks) {
      ByteDictionary d = c.text(i);
      for (int code = 0; code < d.size(); code++) {
        if (i == plan.layout().area()) {
          areaOf.putIfAbsent(d.value(code), c.area(code));
        } else {
          periodOf.putIfAbsent(d.value(code), c.period(code));
        }
      }
    }
  }

  /** INDHOLD for every row; each region's array is let go once copied (Tablesaw copies this one again). */
  private double[] values() {
    if (chunks.size() == 1) {
      double[] only = chunks.get(0).takeValues();
      return only.length == rows ? only : java.util.Arrays.copyOf(only, rows);
    }
    double[] out = new double[rows];
    int at = 0;
    for (ChunkRows c : chunks) {
      double[] part = c.takeValues();
      System.arraycopy(part, 0, out, at, c.rows());
      at += c.rows();
    }
    return out;
  }

  /** Text column {@code i} with one dictionary, in order of first occurrence in the file. */
  private CodedText joined(int i) {
    String name = plan.layout().names().get(i);
    if (chunks.size() == 1) {
      return chunks.get(0).text(i).coded();
    }
    Object2IntOpenHashMap<String> codeOf = new Object2IntOpenHashMap<>();
    codeOf.defaultReturnValue(-1);
    List<String> values = new ArrayList<>();
    int[][] maps = new int[chunks.size()][];
    for (int k = 0; k < chunks.size(); k++) {
      ByteDictionary d = chunks.get(k).text(i);
      int[] map = new int[d.size()];
      for (int code = 0; code < map.length; code++) {
        String value = d.value(code);
        int global = codeOf.getInt(value);
        if (global < 0) {
          global = values.size();
          values.add(value);
          codeOf.put(value, global);
        }
        map[code] = global;
      }
      maps[k] = map;
    }
    RowCodes codes = RowCodes.exact(rows, values.size());
    for (int k = 0; k < chunks.size(); k++) {
      codes.appendMapped(chunks.get(k).text(i).codes(), maps[k]);
      chunks.get(k).releaseText(i);
    }
    return new CodedText(name, codes, values);
  }

  /** The line of every row in the file: each region's lines move down by the line breaks of the regions before it. */
  private RowLines lines() {
    if (chunks.size() == 1) {
      return chunks.get(0).lines();
    }
    RowLines lines = new RowLines();
    long first = 1;
    for (ChunkRows c : chunks) {
      lines.append(c.lines(), first - 1);
      first += c.lineBreaks();
    }
    return lines;
  }

  private List<Column<?>> areaColumns(CodedText area, Map<String, AreaLevel.Area> areaOfValue) {
    List<String> levels = List.of(AreaLevel.LAND, AreaLevel.REGION, AreaLevel.KOMMUNE, AreaLevel.OTHER);
    List<String> names = new ArrayList<>();
    int[] levelOf = new int[area.size()];
    int[] nameOf = new int[area.size()];
    int[] kommuneOf = new int[area.size()];
    for (int c = 0; c < area.size(); c++) {
      AreaLevel.Area a = areaOfValue.get(area.value(c));
      levelOf[c] = levels.indexOf(a.level());
      int n = names.indexOf(a.name());
      if (n < 0) {
        n = names.size();
        names.add(a.name());
      }
      nameOf[c] = n;
      kommuneOf[c] = a.code() == 0 ? Integer.MIN_VALUE : a.code();
    }
    return List.of(area.codes().mapped(levelOf, levels.size()).column("level", levels),
        IntColumn.create("kommune_code", area.codes().lookUp(kommuneOf)),
        area.codes().mapped(nameOf, names.size()).column("kommune", names));
  }

  private List<Column<?>> periodColumns(CodedText time, Map<String, Period> periodOfValue) {
    List<String> frequencies = List.of("year", "half-year", "quarter", "month", "day");
    int[] startOf = new int[time.size()];
    int[] frequencyOf = new int[time.size()];
    for (int c = 0; c < time.size(); c++) {
      Period p = periodOfValue.get(time.value(c));
      startOf[c] = PackedLocalDate.pack(p.start());
      frequencyOf[c] = frequencies.indexOf(p.frequency());
    }
    return List.of(DateColumn.createInternal("period_start", time.codes().lookUp(startOf)),
        time.codes().mapped(frequencyOf, frequencies.size()).column("frequency", frequencies));
  }

  private String title(int missing, int nil) {
    StringBuilder name = new StringBuilder(String.valueOf(plan.file().getFileName()));
    if (missing > 0) {
      name.append(String.format(" · %,d value%s '..' (not available) → missing", missing, missing == 1 ? "" : "s"));
    }
    if (nil > 0) {
      name.append(String.format(" · %,d value%s '-' (nil) → 0", nil, nil == 1 ? "" : "s"));
    }
    return name.toString();
  }
}
