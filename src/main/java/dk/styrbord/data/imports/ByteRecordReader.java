package dk.styrbord.data.imports;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Splits delimited text into records directly on the file's bytes, without decoding it to
 * characters first: separators, quotes and line ends are ASCII, and in UTF-8 and Windows-1252
 * those bytes never occur inside a letter. Fields are handed out as byte ranges, so the caller
 * decodes only values it has not seen before (see {@link ByteDictionary}). Same rules as {@link
 * RecordReader}: double quotes, doubled quotes inside, LF/CRLF/CR, blank lines skipped, records
 * of more than a million bytes refused.
 */
final class ByteRecordReader implements Closeable {
  private static final int MAX_RECORD_BYTES = RecordReader.MAX_RECORD_CHARS;

  private final InputStream in;
  private final byte separator;
  private final Path file;
  private final boolean endsFile;
  private byte[] buffer = new byte[1 << 20];
  private int position;
  private int limit;
  private boolean eof;
  private long line;
  private long recordLine;

  private int count;
  private int[] starts = new int[16];
  private int[] ends = new int[16];
  private boolean[] inQuoted = new boolean[16];
  private byte[] quoted = new byte[256];
  private int quotedLength;
  private byte[] previous = new byte[256];
  private int previousLength = -1;
  private int[] previousEnds = new int[16];
  private int previousCount;
  private int repeated;

  ByteRecordReader(InputStream in, char separator, Path file) {
    this(in, separator, file, 1, true);
  }

  /**
   * A reader of one region of a file that starts at a record boundary on line {@code firstLine};
   * {@code endsFile} false when more of the file follows the region, so that a quoted field still
   * open at its end is {@link OpenAtRegionEnd} (the region was cut inside it), not a user's mistake.
   */
  ByteRecordReader(InputStream in, char separator, Path file, long firstLine, boolean endsFile) {
    this.in = in;
    this.separator = (byte) separator;
    this.file = file;
    this.line = firstLine;
    this.endsFile = endsFile;
  }

  /** A region ended inside a quoted field: it was cut in the wrong place, and the file must be read in one piece. */
  static final class OpenAtRegionEnd extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OpenAtRegionEnd() {
      super("a quoted field is open at the end of a region", null, false, false);
    }
  }

  /** The line after the last one read: at the end, the first line plus the line breaks read. */
  long nextLine() {
    return line;
  }

  /** The line the current record starts on. */
  long line() {
    return recordLine;
  }

  /**
   * How many leading fields of the current record are byte for byte those of the record before
   * (unquoted, same boundaries): a sorted StatBank export repeats all but its last columns, and
   * those bytes are compared eight at a time instead of scanned for separators.
   */
  int repeated() {
    return repeated;
  }

  /** The number of fields of the current record. */
  int fieldCount() {
    return count;
  }

  /** The bytes holding field {@code i} of the current record. */
  byte[] array(int i) {
    return inQuoted[i] ? quoted : buffer;
  }

  int start(int i) {
    return starts[i];
  }

  int end(int i) {
    return ends[i];
  }

  /** Moves to the next record; false at the end of the file. */
  boolean next() {
    while (true) {
      if (position >= limit && !fill()) {
        return false;
      }
      byte b = buffer[position];
      if (b == '\n') {
        position++;
        line++;
      } else if (b == '\r') {
        if (position + 1 >= limit && !eof && more()) {
          continue;
        }
        position++;
        if (position < limit && buffer[position] == '\n') {
          position++;
        }
        line++;
      } else {
        break;
      }
    }
    while (true) {
      int end = parse();
      if (end >= 0) {
        remember(end);
        position = end;
        return true;
      }
      if (!more()) {
        throw new IllegalStateException("unreachable: parse asks for more bytes at the end of the file");
      }
    }
  }

  /** Parses the record at {@code position}; returns the position after it, or -1 when the buffer ends first (not at EOF). */
  private int parse() {
    long lineAtStart = line;
    recordLine = line;
    count = 0;
    quotedLength = 0;
    int p = position + repeatedPrefix();
    while (true) {
      ensureFieldCapacity();
      if (p < limit && buffer[p] == '"') {
        long quoteLine = line;
        int from = quotedLength;
        p++;
        while (true) {
          if (p >= limit) {
            if (!eof) {
              line = lineAtStart;
              return -1;
            }
            if (!endsFile) {
              throw new OpenAtRegionEnd();
            }
            throw ImportProblem.at(file, quoteLine, "a quoted field opens here and never closes",
                "Add the closing double quote (\") or remove the opening one");
          }
          byte b = buffer[p];
          if (b == '"') {
            if (p + 1 >= limit && !eof) {
              line = lineAtStart;
              return -1;
            }
            if (p + 1 < limit && buffer[p + 1] == '"') {
              appendQuoted(b);
              p += 2;
              continue;
            }
            p++;
            break;
          }
          if (b == '\n' || b == '\r' && (p + 1 >= limit || buffer[p + 1] != '\n')) {
            line++;
          }
          appendQuoted(b);
          p++;
        }
        starts[count] = from;
        ends[count] = quotedLength;
        inQuoted[count] = true;
        count++;
        if (p < limit && buffer[p] != separator && buffer[p] != '\n' && buffer[p] != '\r') {
          if (quoteLine < line) {
            throw ImportProblem.at(file, quoteLine, "a quoted field opens here and does not close on this line",
                "Add the closing double quote (\") or remove the opening one");
          }
          throw ImportProblem.at(file, line, "text follows a closing quote in field " + count,
              "Write a quote inside a quoted field twice (\"\"), or remove the stray quote");
        }
      } else {
        int from = p;
        p = fieldEnd(p);
        if (p >= limit && !eof) {
          line = lineAtStart;
          return -1;
        }
        starts[count] = from;
        ends[count] = p;
        inQuoted[count] = false;
        count++;
      }
      if (p - position > MAX_RECORD_BYTES) {
        throw ImportProblem.at(file, recordLine, "the line is longer than " + String.format("%,d", MAX_RECORD_BYTES)
                + " characters (the file has no line breaks where a table has them, or it is not a table)",
            "Check that this is the CSV export itself; re-export it from the source");
      }
      if (p >= limit) {
        return p;
      }
      byte b = buffer[p];
      if (b == separator) {
        p++;
        if (p >= limit && !eof) {
          line = lineAtStart;
          return -1;
        }
        continue;
      }
      if (b == '\r') {
        if (p + 1 >= limit && !eof) {
          line = lineAtStart;
          return -1;
        }
        p++;
        if (p < limit && buffer[p] == '\n') {
          p++;
        }
      } else {
        p++;
      }
      line++;
      return p;
    }
  }

  /** Takes the leading fields the record shares with the one before; returns the length they and their separators take. */
  private int repeatedPrefix() {
    repeated = 0;
    if (previousCount < 2) {
      return 0;
    }
    int n = Math.min(previousLength, limit - position);
    int same = java.util.Arrays.mismatch(buffer, position, position + n, previous, 0, n);
    if (same < 0) {
      same = n;
    }
    int k = 0;
    while (k < previousCount - 1 && previousEnds[k] < same) {
      k++;
    }
    if (k == 0) {
      return 0;
    }
    ensureFieldCapacity(k);
    int from = 0;
    for (int i = 0; i < k; i++) {
      starts[i] = position + from;
      ends[i] = position + previousEnds[i];
      inQuoted[i] = false;
      from = previousEnds[i] + 1;
    }
    count = k;
    repeated = k;
    return from;
  }

  /** Keeps a copy of the record just parsed, unless it has quoted fields, for {@link #repeatedPrefix}. */
  private void remember(int end) {
    previousCount = 0;
    for (int i = 0; i < count; i++) {
      if (inQuoted[i]) {
        return;
      }
    }
    int length = end - position;
    if (length > previous.length) {
      previous = new byte[Math.max(length, previous.length * 2)];
    }
    System.arraycopy(buffer, position, previous, 0, length);
    previousLength = length;
    if (previousEnds.length < count) {
      previousEnds = new int[starts.length];
    }
    for (int i = 0; i < count; i++) {
      previousEnds[i] = ends[i] - position;
    }
    previousCount = count;
  }

  /** The position of the first separator or line end from {@code p} on, or the limit; locals so that C1 keeps them in registers too. */
  private int fieldEnd(int p) {
    byte[] bytes = buffer;
    int end = limit;
    byte stop = separator;
    while (p < end) {
      byte b = bytes[p];
      if (b == stop || b == '\n' || b == '\r') {
        return p;
      }
      p++;
    }
    return p;
  }

  private void appendQuoted(byte b) {
    if (quotedLength == quoted.length) {
      byte[] bigger = new byte[quoted.length * 2];
      System.arraycopy(quoted, 0, bigger, 0, quotedLength);
      quoted = bigger;
    }
    quoted[quotedLength++] = b;
  }

  private void ensureFieldCapacity() {
    ensureFieldCapacity(count + 1);
  }

  private void ensureFieldCapacity(int fields) {
    if (fields > starts.length) {
      int size = Math.max(fields, starts.length * 2);
      starts = java.util.Arrays.copyOf(starts, size);
      ends = java.util.Arrays.copyOf(ends, size);
      inQuoted = java.util.Arrays.copyOf(inQuoted, size);
    }
  }

  /** Keeps the unread bytes, reads more behind them; grows the buffer when one record fills it. */
  private boolean more() {
    if (eof) {
      return false;
    }
    int unread = limit - position;
    if (position == 0 && unread == buffer.length) {
      if (buffer.length > MAX_RECORD_BYTES * 2) {
        throw ImportProblem.at(file, line, "the line is longer than " + String.format("%,d", MAX_RECORD_BYTES)
                + " characters (the file has no line breaks where a table has them, or it is not a table)",
            "Check that this is the CSV export itself; re-export it from the source");
      }
      buffer = java.util.Arrays.copyOf(buffer, buffer.length * 2);
    } else {
      System.arraycopy(buffer, position, buffer, 0, unread);
    }
    position = 0;
    limit = unread;
    return read();
  }

  private boolean fill() {
    if (eof) {
      return false;
    }
    position = 0;
    limit = 0;
    return read() || limit > 0;
  }

  private boolean read() {
    try {
      int n = in.read(buffer, limit, buffer.length - limit);
      if (n < 0) {
        eof = true;
        return limit > position;
      }
      limit += n;
      return true;
    } catch (IOException e) {
      throw ImportProblem.of(file, "reading stopped at line " + line + " (" + e.getMessage() + ")",
          "Check that the file is not being written or on a disconnected drive", e);
    }
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      // reading is finished; a failure to close a read-only file changes nothing
    }
  }
}
