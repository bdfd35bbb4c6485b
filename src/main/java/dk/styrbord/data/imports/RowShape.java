package dk.styrbord.data.imports;

import java.nio.file.Path;

/**
 * Checks that a row has as many fields as the header and, when it has not, says why in terms a
 * user can fix: another separator on that line, a value holding the separator, or a missing field.
 */
final class RowShape {
  private static final char[] SEPARATORS = {';', ',', '\t', '|'};

  private RowShape() {}

  /** Fails with one line unless the row has {@code expected} fields (trailing empty fields are tolerated). */
  static void check(Path file, long line, String[] fields, int expected, char separator) {
    if (fields.length == expected || fields.length > expected && blankFrom(fields, expected)) {
      return;
    }
    String raw = String.join(String.valueOf(separator), fields);
    for (char other : SEPARATORS) {
      if (expected >= 2 && other != separator && raw.indexOf(other) >= 0 && raw.split(java.util.regex.Pattern.quote(String.valueOf(other)), -1).length == expected) {
        throw ImportProblem.at(file, line, "the line has " + fields.length + " field" + (fields.length == 1 ? "" : "s")
                + " where the first line has " + expected + "; it seems separated by " + name(other) + " instead of " + name(separator),
            "Use one separator in the whole file (save it again from Excel or the source)");
      }
    }
    if (fields.length > expected) {
      throw ImportProblem.at(file, line, "the line has " + fields.length + " fields where the first line has " + expected,
          "A value probably contains " + name(separator) + ": put that value in double quotes or remove the extra " + name(separator));
    }
    throw ImportProblem.at(file, line, "the line has " + fields.length + " field" + (fields.length == 1 ? "" : "s")
            + " where the first line has " + expected,
        "Add the missing field" + (expected - fields.length == 1 ? "" : "s") + " (an empty one for a missing value) so every line has " + expected);
  }

  private static boolean blankFrom(String[] fields, int from) {
    for (int i = from; i < fields.length; i++) {
      if (!fields[i].isBlank()) {
        return false;
      }
    }
    return true;
  }

  static String name(char separator) {
    return switch (separator) {
      case ';' -> "';'";
      case ',' -> "','";
      case '\t' -> "tabs";
      default -> "'" + separator + "'";
    };
  }
}
