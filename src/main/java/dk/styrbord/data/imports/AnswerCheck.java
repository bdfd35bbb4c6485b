package dk.styrbord.data.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.styrbord.Printable;
import dk.styrbord.WorkbenchException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a StatBank answer sent with HTTP 200 is what was asked for, before it is cached: table
 * info is JSON with variables, data is semicolon-separated text. A proxy's login page, a
 * maintenance notice or a cut-off JSON would otherwise be cached and read again until refreshed.
 *
 * <p>Example: {@code AnswerCheck.check("data", "FOLK1A", Path.of("answer.part"))}.
 */
final class AnswerCheck {
  private static final ObjectMapper JSON = new ObjectMapper();

  private AnswerCheck() {}

  /** Fails with one line when the answer to {@code function} ("tableinfo" or "data") is not what it should be. */
  static void check(String function, String table, Path answer) throws IOException {
    String start = start(answer);
    if (function.equals("tableinfo")) {
      checkInfo(table, answer, start);
    } else {
      checkData(table, start);
    }
  }

  private static void checkInfo(String table, Path answer, String start) throws IOException {
    JsonNode node;
    try {
      node = JSON.readTree(Files.readAllBytes(answer));
    } catch (IOException e) {
      throw refused(table, "table info", start);
    }
    if (node == null || !node.path("variables").isArray() || node.path("variables").isEmpty()) {
      throw refused(table, "table info", start);
    }
  }

  private static void checkData(String table, String start) {
    String firstLine = start.lines().findFirst().orElse("");
    if (start.stripLeading().startsWith("<") || start.stripLeading().startsWith("{") || !firstLine.contains(";")) {
      throw refused(table, "a table (semicolon-separated text)", start);
    }
  }

  private static WorkbenchException refused(String table, String expected, String start) {
    String shown = start.strip().replaceAll("\\s+", " ");
    shown = shown.length() > 60 ? shown.substring(0, 60) + "…" : shown;
    return new WorkbenchException("StatBank's answer for " + table + " is not " + expected + " (it starts \""
        + Printable.escaped(shown) + "\"), so it was not cached. Try again later; if it stays so, a proxy or firewall"
        + " may be answering instead of StatBank.");
  }

  /** The first 2,000 bytes as text, after a byte-order mark. */
  private static String start(Path answer) throws IOException {
    try (InputStream in = Files.newInputStream(answer)) {
      byte[] head = in.readNBytes(2000);
      int skip = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
      return new String(head, skip, head.length - skip, StandardCharsets.UTF_8);
    }
  }
}
