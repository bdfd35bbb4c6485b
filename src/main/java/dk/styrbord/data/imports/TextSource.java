package dk.styrbord.data.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A text file opened for reading only: checked to exist, to be a file and to hold text, with its
 * encoding detected from its first megabyte. Nothing here writes to or moves the file.
 *
 * <p>Example: {@code TextSource.open(Path.of("data/sources/FOLK1AM_2021M10-2024M04.csv")).encoding()}
 * gives {@code UTF-8 with BOM}.
 */
final class TextSource {
  static final int SAMPLE_BYTES = 1 << 20;

  private final Path file;
  private final TextEncoding encoding;
  private final byte[] head;
  private final int headLength;
  private final long size;

  private TextSource(Path file, TextEncoding encoding, byte[] head, int headLength, long size) {
    this.file = file;
    this.encoding = encoding;
    this.head = head;
    this.headLength = headLength;
    this.size = size;
  }

  /** Opens a file for reading, or fails with one line naming it and the fix. */
  static TextSource open(Path file) {
    if (file == null) {
      throw new dk.styrbord.WorkbenchException("No file given. Pass a path, e.g. readCsv(\"data/sources/FOLK1AM_2021M10-2024M04.csv\").");
    }
    if (Files.isDirectory(file)) {
      throw ImportProblem.of(file, "this is a folder, not a file",
          "Give the path of a CSV file inside it, e.g. " + file.resolve("name.csv"));
    }
    if (!Files.exists(file)) {
      throw ImportProblem.of(file, "no such file (looked in " + file.toAbsolutePath().getParent() + ")",
          "Check the spelling and the folder; paths are relative to " + Path.of("").toAbsolutePath());
    }
    refuseNonRegular(file);
    long size;
    byte[] head = new byte[SAMPLE_BYTES];
    int length = 0;
    try (InputStream in = Files.newInputStream(file)) {
      size = Files.size(file);
      int n;
      while (length < head.length && (n = in.read(head, length, head.length - length)) > 0) {
        length += n;
      }
    } catch (AccessDeniedException e) {
      throw ImportProblem.of(file, "permission denied", "Copy the file somewhere you can read it, or ask for read access", e);
    } catch (NoSuchFileException e) {
      throw ImportProblem.of(file, "no such file", "Check the spelling and the folder", e);
    } catch (IOException e) {
      throw ImportProblem.of(file, "cannot be read (" + e.getMessage() + ")", "Check that the file is not locked or on a disconnected drive", e);
    }
    if (isBlank(head, length)) {
      throw ImportProblem.at(file, 1, size == 0 ? "the file is empty (0 bytes)" : "the file holds only blank lines",
          "Export the data again; a StatBank or CSV file starts with a header line such as OMRÅDE;TID;INDHOLD");
    }
    TextEncoding encoding = TextEncoding.detect(file, head, length);
    if (length < size && !encoding.bom() && isAscii(head, length)) {
      encoding = firstLetterBeyond(file, length);
    }
    return new TextSource(file, encoding, head, length, size);
  }

  /**
   * Refuses what is not a regular file (a named pipe, a device, a socket): reading one can wait for
   * ever for data that never come, and Ctrl-C cannot always stop a blocked read.
   */
  static void refuseNonRegular(Path file) {
    if (!Files.isRegularFile(file)) {
      throw ImportProblem.of(file, "this is not a regular file but a named pipe, device or socket, which can be read for ever",
          "Save the data into a file first (e.g. cat " + file.getFileName() + " > data.csv) and read that file");
    }
  }

  /**
   * The encoding of a large file whose first megabyte is plain ASCII: decided by the first byte
   * above 127 further on (a valid UTF-8 letter, or a Windows-1252 one such as 0xF8 for ø).
   */
  private static TextEncoding firstLetterBeyond(Path file, int offset) {
    try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      in.skipNBytes(offset);
      int b;
      while ((b = in.read()) >= 0) {
        if (b >= 0x80) {
          byte[] letter = new byte[4];
          letter[0] = (byte) b;
          int n = 1 + in.readNBytes(letter, 1, 3);
          boolean utf8 = TextEncoding.detect(file, letter, n).charset().equals(java.nio.charset.StandardCharsets.UTF_8);
          return new TextEncoding(utf8 ? java.nio.charset.StandardCharsets.UTF_8 : TextEncoding.WINDOWS_1252, false);
        }
      }
      return new TextEncoding(java.nio.charset.StandardCharsets.UTF_8, false);
    } catch (IOException e) {
      throw ImportProblem.of(file, "cannot be read (" + e.getMessage() + ")", "Check that the file is not locked or on a disconnected drive", e);
    }
  }

  private static boolean isAscii(byte[] bytes, int length) {
    for (int i = 0; i < length; i++) {
      if (bytes[i] < 0) {
        return false;
      }
    }
    return true;
  }

  Path file() {
    return file;
  }

  TextEncoding encoding() {
    return encoding;
  }

  long size() {
    return size;
  }

  /** The decoded start of the file (up to one megabyte), for detecting its format. */
  String sample() {
    int end = headLength;
    if (encoding.charset().equals(java.nio.charset.StandardCharsets.UTF_8)) {
      while (end > encoding.skip() && end < size && (head[end - 1] & 0xC0) == 0x80) {
        end--;
      }
      if (end < size && end > encoding.skip() && (head[end - 1] & 0xFF) >= 0xC0) {
        end--;
      }
    }
    return new String(head, encoding.skip(), end - encoding.skip(), encoding.charset());
  }

  /** The number of lines in the file: counted when the sample is the whole file, else scaled from the sample's. */
  long estimatedLines() {
    long lines = 1;
    for (int i = 0; i < headLength; i++) {
      if (head[i] == '\n') {
        lines++;
      }
    }
    return sampleIsWhole() ? lines : (long) ((double) lines / headLength * size) + 1;
  }

  /** True when the sample is the whole file. */
  boolean sampleIsWhole() {
    return headLength >= size;
  }

  /** The file's bytes after the byte-order mark, for readers that split bytes before decoding. */
  InputStream bytes() {
    try {
      InputStream in = Files.newInputStream(file);
      in.skipNBytes(encoding.skip());
      return in;
    } catch (IOException e) {
      throw ImportProblem.of(file, "cannot be read (" + e.getMessage() + ")", "Check that the file is not locked", e);
    }
  }

  /**
   * A reader over the whole text, positioned after the byte-order mark; fails on bytes the encoding
   * lacks with one line naming the line they are on.
   */
  Reader reader() {
    try {
      InputStream in = Files.newInputStream(file);
      in.skipNBytes(encoding.skip());
      return new java.io.FilterReader(new InputStreamReader(in, encoding.decoder())) {
        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
          try {
            return super.read(buffer, offset, length);
          } catch (java.nio.charset.CharacterCodingException e) {
            throw mixedEncodings(lineOfFirstUndecodable());
          }
        }
      };
    } catch (IOException e) {
      throw ImportProblem.of(file, "cannot be read (" + e.getMessage() + ")", "Check that the file is not locked", e);
    }
  }

  /** The one-line message for bytes that are not in the file's encoding, at a line. */
  dk.styrbord.WorkbenchException mixedEncodings(long line) {
    return ImportProblem.at(file, line, "a byte here is not valid in the file's encoding, " + encoding
            + " (the file mixes encodings)", "Open it in a text editor or Excel and save it again as \"CSV UTF-8\"");
  }

  /**
   * The line of the first bytes the encoding cannot decode, found by decoding the file again: a
   * reader loses the place, as it decodes ahead in blocks and fails for the whole block.
   */
  private long lineOfFirstUndecodable() {
    java.nio.charset.CharsetDecoder decoder = encoding.decoder();
    java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(1 << 16);
    java.nio.CharBuffer chars = java.nio.CharBuffer.allocate(1 << 16);
    long line = 1;
    try (InputStream in = bytes()) {
      int n;
      boolean end = false;
      while (!end) {
        n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        end = n < 0;
        bytes.position(bytes.position() + Math.max(n, 0)).flip();
        int from = bytes.position();
        java.nio.charset.CoderResult result;
        do {
          chars.clear();
          result = decoder.decode(bytes, chars, end);
        } while (result.isOverflow());
        for (int i = from; i < bytes.position(); i++) {
          line += bytes.get(i) == '\n' ? 1 : 0;
        }
        if (result.isError()) {
          return line;
        }
        bytes.compact();
      }
    } catch (IOException e) {
      return line;
    }
    return line;
  }

  private static boolean isBlank(byte[] bytes, int length) {
    int start = length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    for (int i = start; i < length; i++) {
      if (!Character.isWhitespace(bytes[i])) {
        return false;
      }
    }
    return true;
  }
}
