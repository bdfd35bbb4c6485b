package dk.styrbord.repl;

import java.util.ArrayList;
import java.util.List;

/**
 * A snippet's source as far as {@link CompileHint} reads it: where its texts (in double quotes),
 * its comments and its single-quoted runs are, and which call a position sits in.
 *
 * <p>Example: {@code SnippetSource.of("benchmark('Lejre', \"5.38\", 2024)").singleQuoted()} gives the
 * span of {@code 'Lejre'}.
 */
final class SnippetSource {
  private final String source;
  /** True for each character inside a text, a text block or a comment (quotes included). */
  private final boolean[] quoted;
  private final List<int[]> singleQuoted = new ArrayList<>();

  private SnippetSource(String source) {
    this.source = source;
    this.quoted = new boolean[source.length()];
    scan();
  }

  static SnippetSource of(String source) {
    return new SnippetSource(source);
  }

  /** True when {@code at} lies inside a text or a comment. */
  boolean inText(int at) {
    return at >= 0 && at < quoted.length && quoted[at];
  }

  /** The spans (start, end exclusive, quotes included) of runs in single quotes on one line. */
  List<int[]> singleQuoted() {
    return singleQuoted;
  }

  /**
   * The unqualified method whose argument list holds {@code at}: "level" for a position inside
   * {@code level(5.38, 2024)}; "" when there is none or it is qualified ({@code Math.max(…)}).
   */
  String callAround(int at) {
    int depth = 0;
    for (int i = Math.min(at, source.length()) - 1; i >= 0; i--) {
      char c = source.charAt(i);
      if (quoted[i]) {
        continue;
      }
      if (c == ')') {
        depth++;
      } else if (c == '(' && depth > 0) {
        depth--;
      } else if (c == '(') {
        return nameBefore(i);
      }
    }
    return "";
  }

  private String nameBefore(int paren) {
    int end = paren;
    while (end > 0 && Character.isWhitespace(source.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && Character.isJavaIdentifierPart(source.charAt(start - 1))) {
      start--;
    }
    if (start == end || (start > 0 && source.charAt(start - 1) == '.')) {
      return "";
    }
    return source.substring(start, end);
  }

  private void scan() {
    int i = 0;
    while (i < source.length()) {
      int end = spanFrom(i);
      for (int j = i; j < end && end > i + 1; j++) {
        quoted[j] = true;
      }
      i = Math.max(end, i + 1);
    }
  }

  /** Where the text, comment or single-quoted run starting at {@code i} ends; i + 1 for other code. */
  private int spanFrom(int i) {
    if (source.startsWith("\"\"\"", i)) {
      int close = source.indexOf("\"\"\"", i + 3);
      return close < 0 ? source.length() : close + 3;
    }
    if (source.startsWith("//", i)) {
      int close = source.indexOf('\n', i);
      return close < 0 ? source.length() : close;
    }
    if (source.startsWith("/*", i)) {
      int close = source.indexOf("*/", i + 2);
      return close < 0 ? source.length() : close + 2;
    }
    char c = source.charAt(i);
    if (c == '"') {
      return closing(i, '"');
    }
    if (c == '\'') {
      int end = closing(i, '\'');
      if (end > i + 2 && source.charAt(end - 1) == '\'') {
        singleQuoted.add(new int[] {i, end});
      }
      return end;
    }
    return i + 1;
  }

  /** The end (exclusive) of a quoted run from {@code open}: after its closing quote, or at the line's end. */
  private int closing(int open, char quote) {
    for (int i = open + 1; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == quote) {
        return i + 1;
      } else if (c == '\n') {
        return i;
      }
    }
    return source.length();
  }
}
