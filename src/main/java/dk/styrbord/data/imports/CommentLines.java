package dk.styrbord.data.imports;

/**
 * The lines a CSV file may start with before its header that begin with {@code "# "} (or are just
 * {@code #}): what a workbench export writes about its figures ({@code # Unit: …}), and what R's
 * {@code comment.char} and pandas' {@code comment} skip. Blank lines among them are skipped too. A
 * header that merely starts with {@code #}, such as {@code #;kommune}, is not a comment.
 *
 * <p>Example: {@code CommentLines.count("# Title: x\r\n\r\nkommune;dkk\r\n")} is 2.
 */
final class CommentLines {
  private CommentLines() {}

  /** True for a comment line: "# …" or "#". */
  static boolean isComment(String line) {
    return line.equals("#") || line.startsWith("# ");
  }

  /** How many lines at the start of {@code text} are comments or blank, counting LF, CRLF and CR as one line end each. */
  static int count(String text) {
    return (int) text.lines().takeWhile(l -> isComment(l) || l.isBlank()).count();
  }

  /** {@code text} after its leading comment and blank lines. */
  static String after(String text) {
    int at = 0;
    for (int skipped = count(text); skipped > 0 && at < text.length(); skipped--) {
      int lf = text.indexOf('\n', at);
      int cr = text.indexOf('\r', at);
      int end = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
      if (end < 0) {
        return "";
      }
      at = end + (text.startsWith("\r\n", end) ? 2 : 1);
    }
    return text.substring(at);
  }
}
