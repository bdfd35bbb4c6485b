package dk.styrbord.data.imports;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.LongArrayList;

/**
 * The line each row of a file starts on, for messages, kept as the few places where rows and lines
 * stop counting up together (the header, a blank line, a quoted line break) rather than one
 * number a row: a five-million-row file usually needs one entry.
 */
final class RowLines {
  private final IntArrayList firstRows = new IntArrayList();
  private final LongArrayList firstLines = new LongArrayList();
  private int rows;
  private long nextLine = -1;

  /** Records the line of the next row. */
  void add(long line) {
    if (line != nextLine) {
      firstRows.add(rows);
      firstLines.add(line);
    }
    nextLine = line + 1;
    rows++;
  }

  /** Appends the rows of {@code other}, whose lines are {@code shift} lines further on in the file. */
  void append(RowLines other, long shift) {
    for (int i = 0; i < other.firstRows.size(); i++) {
      long line = other.firstLines.getLong(i) + shift;
      if (line != nextLine || other.firstRows.getInt(i) != 0) {
        firstRows.add(rows + other.firstRows.getInt(i));
        firstLines.add(line);
      }
    }
    if (other.rows > 0) {
      nextLine = other.nextLine + shift;
    }
    rows += other.rows;
  }

  int size() {
    return rows;
  }

  /** The line that row {@code row} (from 0) starts on. */
  long of(int row) {
    int low = 0;
    int high = firstRows.size() - 1;
    while (low < high) {
      int middle = (low + high + 1) >>> 1;
      if (firstRows.getInt(middle) <= row) {
        low = middle;
      } else {
        high = middle - 1;
      }
    }
    return firstLines.getLong(low) + (row - firstRows.getInt(low));
  }
}
