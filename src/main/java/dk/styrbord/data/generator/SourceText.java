package dk.styrbord.data.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one source file of {@code data/sources/} as rows of fields, whatever its quirks: a UTF-8
 * byte-order mark, CRLF or LF line ends, UTF-8 or Latin-1 bytes, {@code ;} or {@code ,} separators
 * and RFC-4180 quotes. Values stay text; the datasets parse the integers they need.
 *
 * <p>Example: {@code SourceText.rows(Path.of("data/sources/FOLK1AM_2021M10-2024M04.csv"), ';')}.
 */
final class SourceText {
  private SourceText() {}

  /** The data rows of a file with a header line, header dropped. */
  static List<List<String>> rows(Path file, char separator) {
    List<String> lines = lines(file);
    List<List<String>> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      rows.add(fields(line, separator));
    }
    return rows;
  }

  /** The non-blank lines of a file, decoded as UTF-8 when valid and as Latin-1 otherwise, BOM removed. */
  static List<String> lines(Path file) {
    String text = decode(read(file));
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\r?\n")) {
      if (!line.isBlank()) {
        lines.add(line);
      }
    }
    return lines;
  }

  /** Splits one line; a field in double quotes may hold the separator and doubled quotes. */
  static List<String> fields(String line, char separator) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        field.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == separator && !quoted) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read source " + file, e);
    }
  }

  private static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, StandardCharsets.ISO_8859_1);
    }
  }
}
