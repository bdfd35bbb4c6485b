package dk.styrbord.data.imports;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits delimited text into records, one pass, without holding more than one record: fields
 * separated by one character, optionally in double quotes (a quote inside is written twice, a
 * quoted field may hold separators and line breaks), lines ended by LF, CRLF or CR. Blank lines
 * are skipped. Knows the line each record starts on, for messages.
 *
 * <p>Example: {@code new RecordReader(reader, ';', file).next()} gives {@code [OMRÅDE, TID, INDHOLD]}.
 */
final class RecordReader implements Closeable {
  /** Longer records are refused: no real table has a line of a million characters. */
  static final int MAX_RECORD_CHARS = 1_000_000;

  private final Reader in;
  private final char separator;
  private final Path file;
  private final char[] buffer = new char[1 << 16];
  private int position;
  private int limit;
  private long line = 1;
  private long recordLine;
  private long quoteLine;
  private final StringBuilder field = new StringBuilder(64);
  private final List<String> fields = new ArrayList<>();

  RecordReader(Reader in, char separator, Path file) {
    this.in = in;
    this.separator = separator;
    this.file = file;
  }

  /** The line the last record returned by {@link #next()} starts on (1-based). */
  long line() {
    return recordLine;
  }

  /** Skips the next {@code count} lines whole, quotes and all: the comment lines a file starts with ({@link CommentLines}). */
  void skipLines(int count) {
    for (int i = 0; i < count; i++) {
      int c;
      while ((c = peek()) >= 0 && c != '\n' && c != '\r') {
        read();
      }
      if (c < 0) {
        return;
      }
      endOfLine();
    }
  }

  /** The next record's fields, or null at the end of the text. */
  String[] next() {
    while (true) {
      int c = peek();
      if (c < 0) {
        return null;
      }
      if (c == '\n' || c == '\r') {
        endOfLine();
        continue;
      }
      return record();
    }
  }

  private String[] record() {
    recordLine = line;
    fields.clear();
    int length = 0;
    while (true) {
      field.setLength(0);
      boolean quoted = peek() == '"';
      quoteLine = line;
      if (quoted) {
        read();
        length += quotedField();
      } else {
        length += plainField();
      }
      fields.add(field.toString());
      if (length > MAX_RECORD_CHARS) {
        throw ImportProblem.at(file, recordLine, "the line is longer than " + String.format("%,d", MAX_RECORD_CHARS)
                + " characters (the file has no line breaks where a table has them, or it is not a table)",
            "Check that this is the CSV export itself; re-export it from the source");
      }
      int c = peek();
      if (c == separator) {
        read();
        length++;
        continue;
      }
      if (c == '\n' || c == '\r') {
        endOfLine();
      } else if (c >= 0 && quoted && quoteLine < line) {
        throw ImportProblem.at(file, quoteLine, "a quoted field opens here and does not close on this line",
            "Add the closing double quote (\") or remove the opening one");
      } else if (c >= 0) {
        throw ImportProblem.at(file, line, "text follows a closing quote in field " + fields.size()
                + " (" + ImportProblem.quote(fields.get(fields.size() - 1)) + ")",
            "Write a quote inside a quoted field twice (\"\"), or remove the stray quote");
      }
      return fields.toArray(new String[0]);
    }
  }

  private int plainField() {
    int length = 0;
    while (true) {
      if (position >= limit && !fill()) {
        return length;
      }
      int start = position;
      while (position < limit) {
        char c = buffer[position];
        if (c == separator || c == '\n' || c == '\r') {
          field.append(buffer, start, position - start);
          return length + position - start;
        }
        position++;
      }
      field.append(buffer, start, position - start);
      length += position - start;
      if (length > MAX_RECORD_CHARS) {
        return length;
      }
    }
  }

  private int quotedField() {
    int length = 1;
    long start = line;
    while (true) {
      int c = read();
      if (c < 0) {
        throw ImportProblem.at(file, start, "a quoted field opens here and never closes",
            "Add the closing double quote (\") or remove the opening one");
      }
      length++;
      if (length > MAX_RECORD_CHARS) {
        throw ImportProblem.at(file, start, "a quoted field opens here and does not close within "
                + String.format("%,d", MAX_RECORD_CHARS) + " characters", "Add the closing double quote (\") or remove the opening one");
      }
      if (c == '"') {
        if (peek() == '"') {
          read();
          field.append('"');
          continue;
        }
        return length;
      }
      if (c == '\n') {
        line++;
      } else if (c == '\r' && peek() != '\n') {
        line++;
      }
      field.append((char) c);
    }
  }

  private void endOfLine() {
    int c = read();
    if (c == '\r' && peek() == '\n') {
      read();
    }
    line++;
  }

  private int peek() {
    if (position >= limit && !fill()) {
      return -1;
    }
    return buffer[position];
  }

  private int read() {
    if (position >= limit && !fill()) {
      return -1;
    }
    return buffer[position++];
  }

  private boolean fill() {
    try {
      int n = in.read(buffer, 0, buffer.length);
      position = 0;
      limit = Math.max(n, 0);
      return n > 0;
    } catch (CharacterCodingException e) {
      throw ImportProblem.at(file, line, "a byte here is not valid in the file's encoding (the file mixes encodings)",
          "Open it in a text editor or Excel and save it again as \"CSV UTF-8\"");
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
