package dk.styrbord.notebook;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The Java identifiers a piece of code mentions, outside comments and string, character and text
 * block literals: what the live notebook compares with the names other cells define to find the
 * cells that depend on them.
 *
 * <p>Example: {@code Identifiers.of("var t = level(kommune, \"5.38\"); // year")} gives {@code [var,
 * t, level, kommune]}.
 */
final class Identifiers {
  private Identifiers() {}

  /** The identifiers in {@code code}, in the order they first occur. */
  static Set<String> of(String code) {
    Set<String> names = new LinkedHashSet<>();
    int i = 0;
    int n = code.length();
    while (i < n) {
      char c = code.charAt(i);
      if (code.startsWith("//", i)) {
        i = lineEnd(code, i);
      } else if (code.startsWith("/*", i)) {
        int end = code.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
      } else if (code.startsWith("\"\"\"", i)) {
        int end = code.indexOf("\"\"\"", i + 3);
        i = end < 0 ? n : end + 3;
      } else if (c == '"' || c == '\'') {
        i = literalEnd(code, i, c);
      } else if (Character.isJavaIdentifierStart(c)) {
        int start = i;
        while (i < n && Character.isJavaIdentifierPart(code.charAt(i))) {
          i++;
        }
        names.add(code.substring(start, i));
      } else if (Character.isDigit(c)) {
        while (i < n && (Character.isLetterOrDigit(code.charAt(i)) || code.charAt(i) == '_' || code.charAt(i) == '.')) {
          i++;
        }
      } else {
        i++;
      }
    }
    return names;
  }

  private static int lineEnd(String code, int from) {
    int end = code.indexOf('\n', from);
    return end < 0 ? code.length() : end + 1;
  }

  /** The position after a string or character literal that starts at {@code from}, or the line's end. */
  private static int literalEnd(String code, int from, char quote) {
    int i = from + 1;
    while (i < code.length()) {
      char c = code.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == quote || c == '\n') {
        return i + 1;
      } else {
        i++;
      }
    }
    return code.length();
  }
}
