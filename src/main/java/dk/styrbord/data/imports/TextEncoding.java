package dk.styrbord.data.imports;

import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * How a text file's bytes are decoded: UTF-8 (with or without a byte-order mark) when the bytes
 * are valid UTF-8, otherwise Windows-1252 (the superset of ISO-8859-1 that Danish Excel and the
 * StatBank web export write). Files that are not text at all (a workbook, a zip, UTF-16, binary
 * data) and files mixing both encodings are refused with a message saying how to save them.
 *
 * <p>Example: {@code TextEncoding.detect(path, bytes)} gives {@code UTF-8 with BOM}.
 *
 * @param charset the charset the text is decoded with
 * @param bom whether the file starts with a UTF-8 byte-order mark (skipped when reading)
 */
public record TextEncoding(Charset charset, boolean bom) {
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** The number of bytes to skip before the text starts. */
  int skip() {
    return bom ? 3 : 0;
  }

  /**
   * A decoder that fails on bytes the charset does not define, instead of guessing; for
   * Windows-1252 also on UTF-8 letters ({@link Windows1252Decoder}).
   */
  CharsetDecoder decoder() {
    CharsetDecoder decoder = charset.equals(WINDOWS_1252) ? new Windows1252Decoder() : charset.newDecoder();
    return decoder
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  @Override
  public String toString() {
    return charset.name() + (bom ? " with BOM" : charset.equals(StandardCharsets.UTF_8) ? " without BOM" : "");
  }

  /**
   * The encoding of a file from its first bytes ({@code head}; the whole file when it is small).
   * Fails with one line when the bytes are not text.
   */
  static TextEncoding detect(Path file, byte[] head, int length) {
    refuseNonText(file, head, length);
    boolean bom = length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
    int start = bom ? 3 : 0;
    Utf8Scan scan = Utf8Scan.of(head, start, length);
    if (scan.firstInvalid() < 0) {
      return new TextEncoding(StandardCharsets.UTF_8, bom);
    }
    if (bom || scan.multiByte() > 0) {
      throw ImportProblem.at(file, lineOf(head, scan.firstInvalid()),
          "the file mixes encodings (UTF-8 " + (bom ? "byte-order mark" : "letters")
              + " before, a byte that is not UTF-8 here)",
          "Open it in a text editor or Excel and save it again as \"CSV UTF-8\"");
    }
    return new TextEncoding(WINDOWS_1252, false);
  }

  /** The 1-based line of a byte offset. */
  static long lineOf(byte[] bytes, int offset) {
    long line = 1;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  private static void refuseNonText(Path file, byte[] head, int length) {
    if (length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      throw ImportProblem.at(file, 1, "this is an Excel workbook or a zip archive, not a CSV file",
          "Read a workbook with readExcel(path), or in Excel choose File → Save as → \"CSV UTF-8\" and read that file");
    }
    if (length >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
        || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)) {
      throw ImportProblem.at(file, 1, "the file is UTF-16 text, not UTF-8 or Windows-1252",
          "Save it again as \"CSV UTF-8\" (in Excel: File → Save as → CSV UTF-8)");
    }
    for (int i = 0; i < Math.min(length, 65536); i++) {
      int b = head[i] & 0xFF;
      if (b == 0 || b < 0x09 || b == 0x7F && i < 8) {
        throw ImportProblem.at(file, lineOf(head, i), "the file is binary, not text (byte 0x"
                + String.format("%02X", b) + " at offset " + i + ")",
            "Export the data as CSV (semicolon- or comma-separated text) and read that file");
      }
    }
  }

  /** Where the first invalid UTF-8 byte is (-1 when none) and how many multi-byte letters precede it. */
  private record Utf8Scan(int firstInvalid, int multiByte) {
    static Utf8Scan of(byte[] bytes, int start, int length) {
      int multi = 0;
      int i = start;
      while (i < length) {
        int b = bytes[i] & 0xFF;
        int extra = b < 0x80 ? 0 : b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : -1;
        if (extra < 0) {
          return new Utf8Scan(i, multi);
        }
        if (i + extra >= length) {
          // a letter cut by the end of the sample is not evidence either way
          return new Utf8Scan(-1, multi);
        }
        for (int k = 1; k <= extra; k++) {
          if ((bytes[i + k] & 0xC0) != 0x80) {
            return new Utf8Scan(i, multi);
          }
        }
        if (extra > 0) {
          multi++;
        }
        i += extra + 1;
      }
      return new Utf8Scan(-1, multi);
    }
  }
}
