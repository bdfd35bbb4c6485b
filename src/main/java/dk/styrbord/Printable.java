package dk.styrbord;

/**
 * Text from outside (a data value, a server's answer) made safe to print on a terminal: control
 * characters, which could move the cursor, recolour or clear the screen, are shown escaped.
 *
 * <p>Example: {@code Printable.escaped("a" + (char) 27 + "[2J")} is the seven characters
 * {@code a\u001B[2J}, a visible backslash instead of the escape character.
 */
public final class Printable {
  private Printable() {}

  /** The text with every control character (C0, DEL, C1, bidi overrides) as {@code \\uXXXX}; tabs and line breaks too. */
  public static String escaped(String text) {
    return escape(text, false);
  }

  /**
   * The same, but line breaks and tabs stay as they are, so a table or a multi-line value still
   * prints as its lines (null stays null). Example: {@code escapedKeepingLines("a\n" + (char) 27 + "[2J")} is {@code a},
   * a line break and {@code \u001B[2J}.
   */
  public static String escapedKeepingLines(String text) {
    return text == null ? null : escape(text, true);
  }

  private static String escape(String text, boolean keepLines) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean line = keepLines && (c == '\n' || c == '\t' || c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n');
      if (isControl(c) && !line) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        out.append(String.format("\\u%04X", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  private static boolean isControl(char c) {
    return c < 0x20 || c >= 0x7F && c <= 0x9F || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
  }
}
