package dk.styrbord.data.imports;

import dk.styrbord.data.Municipalities;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The rows of one region of a StatBank file, read in one pass over its bytes: a dictionary of codes
 * for each text column, the values of INDHOLD as doubles, the area and period each new area or time
 * code stands for (checked when first seen, so the first bad one fails), and the line of each row.
 * Arrays are sized from the region's estimated number of lines, so they are not copied while they grow.
 * Regions read with their own dictionaries are joined in file order by {@link StatbankColumns}.
 */
final class ChunkRows {
  /** What every region of one file is read with. */
  record Plan(Path file, StatbankReader.Layout layout, TextEncoding encoding, char separator, Municipalities municipalities,
      double linesPerByte) {}

  private final Plan plan;
  private final StatbankReader.Layout layout;
  private final ByteDictionary[] text;
  private final RowLines lines = new RowLines();
  private final AreaLevel areas;
  private final List<AreaLevel.Area> areaOfCode = new ArrayList<>();
  private final List<Period> periodOfCode = new ArrayList<>();
  private double[] values;
  private int rows;
  private int missing;
  private int nil;
  private long lineBreaks;

  private ChunkRows(Plan plan, long estimatedLines) {
    this.plan = plan;
    this.layout = plan.layout();
    this.areas = AreaLevel.of(plan.municipalities());
    int capacity = (int) Math.min(Integer.MAX_VALUE - 16, estimatedLines + estimatedLines / 32 + 16);
    this.values = new double[capacity];
    this.text = new ByteDictionary[layout.names().size()];
    for (int i = 0; i < text.length; i++) {
      if (i != layout.value()) {
        text[i] = new ByteDictionary(layout.names().get(i), plan.encoding(), plan.file(), capacity);
      }
    }
  }

  /**
   * Reads the rows of {@code region}, whose first line is {@code firstLine}; a problem gives the
   * one-line message of the file at that line.
   */
  static ChunkRows read(Plan plan, FileRegions.Region region, long firstLine) {
    ChunkRows chunk = new ChunkRows(plan, (long) (region.length() * plan.linesPerByte()) + 1);
    Path file = plan.file();
    try (ByteRecordReader reader = new ByteRecordReader(RegionStream.open(file, region), plan.separator(), file, firstLine,
        region.last())) {
      if (region.first() && plan.layout().header()) {
        reader.next();
      }
      int width = plan.layout().names().size();
      while (reader.next()) {
        if (reader.fieldCount() != width) {
          RowShape.check(file, reader.line(), chunk.texts(reader), width, plan.separator());
        }
        chunk.add(reader);
      }
      chunk.lineBreaks = reader.nextLine() - firstLine;
    }
    return chunk;
  }

  int rows() {
    return rows;
  }

  /** The number of line breaks in the region: the first line of the next region is this much further on. */
  long lineBreaks() {
    return lineBreaks;
  }

  /** The line of each row, counted from the region's first line. */
  RowLines lines() {
    return lines;
  }

  /** The dictionary of text column {@code i} (null for the value column). */
  ByteDictionary text(int i) {
    return text[i];
  }

  /** Lets go of text column {@code i} once it is copied. */
  void releaseText(int i) {
    text[i] = null;
  }

  AreaLevel.Area area(int code) {
    return areaOfCode.get(code);
  }

  Period period(int code) {
    return periodOfCode.get(code);
  }

  int missing() {
    return missing;
  }

  int nil() {
    return nil;
  }

  /** The values, handed over once: the chunk lets go of them. */
  double[] takeValues() {
    double[] out = values;
    values = null;
    return out;
  }

  /** The current record's fields as text, for messages about its shape. */
  private String[] texts(ByteRecordReader reader) {
    String[] out = new String[reader.fieldCount()];
    for (int i = 0; i < out.length; i++) {
      out[i] = text(reader, i);
    }
    return out;
  }

  private String text(ByteRecordReader reader, int i) {
    return new String(reader.array(i), reader.start(i), reader.end(i) - reader.start(i), plan.encoding().charset());
  }

  private void add(ByteRecordReader reader) {
    long line = reader.line();
    int repeated = rows == 0 ? 0 : reader.repeated();
    for (int i = 0; i < text.length; i++) {
      if (i != layout.value() && i < repeated) {
        text[i].repeat();
      } else if (i != layout.value()) {
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
      throw ImportProblem.at(plan.file(), line, ImportProblem.quote(text(reader, v).strip()) + " in " + layout.names().get(v) + " is not a number",
          "StatBank writes values like 12,5 or 1234, '..' when not available and '-' for nil; correct the cell");
    }
  }

  private AreaLevel.Area area(String field, long line) {
    return areas.require(field, plan.file(), line, layout.names().get(layout.area()));
  }

  private Period period(String field, long line) {
    try {
      return Period.parse(field);
    } catch (IllegalArgumentException e) {
      throw ImportProblem.at(plan.file(), line, ImportProblem.quote(field) + " in " + layout.names().get(layout.time()) + " is not a StatBank period",
          "Write periods as 2023, 2023H1, 2023K1 (or 2023Q1) or 2023M01");
    }
  }
}
