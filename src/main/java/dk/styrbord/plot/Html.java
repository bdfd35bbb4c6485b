package dk.styrbord.plot;

/** Escaping text for HTML, so text from data (a name holding {@code <script>}) shows as text. */
public final class Html {
  private Html() {}

  /** Escapes {@code & < > " '} for use in HTML text and attribute values. */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
