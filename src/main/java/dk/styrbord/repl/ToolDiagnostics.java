package dk.styrbord.repl;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jshell.Diag;

/**
 * The text the jshell tool prints for a rejected snippet's diagnostics, character for character:
 * per diagnostic "Error:" (or "Warning:"), the message lines without javac's "location:" line, the
 * source line the diagnostic starts on, and a caret under its span ({@code ^---^}), each line
 * behind the feedback mode's error prefix. It follows {@code JShellTool.displayDiagnostics} of JDK
 * 17 to 25; {@link PromptHints} replaces exactly this text, so a JDK that prints it otherwise gets
 * JShell's own message, never a mixture.
 *
 * <p>Example: {@code ToolDiagnostics.text("yaer + 1", diagnostics, "|  ")} gives {@code "|
 * Error:\n|  cannot find symbol\n|    symbol:   variable yaer\n|  yaer + 1\n|  ^--^\n"}.
 */
final class ToolDiagnostics {
  private static final Pattern LINEBREAK = Pattern.compile("\\R");

  private ToolDiagnostics() {}

  /** The tool's lines for {@code diagnostics} of {@code source}, each behind {@code prefix}. */
  static String text(String source, List<Diag> diagnostics, String prefix) {
    StringBuilder out = new StringBuilder();
    String end = System.lineSeparator();
    for (Diag d : diagnostics) {
      out.append(prefix).append(d.isError() ? "Error:" : "Warning:").append(end);
      for (String line : lines(source, d)) {
        out.append(prefix).append(line).append(end);
      }
    }
    return out.toString();
  }

  /** One diagnostic: its message lines, the source line it starts on, the caret line. */
  private static List<String> lines(String source, Diag diag) {
    List<String> lines = new java.util.ArrayList<>();
    for (String line : diag.getMessage(null).split("\\r?\\n")) {
      if (!line.trim().startsWith("location:")) {
        lines.add(line);
      }
    }
    int start = (int) diag.getStartPosition();
    int stop = (int) diag.getEndPosition();
    if (start < 0 || stop < 0) {
      start = 0;
      stop = source.length();
    }
    Matcher m = LINEBREAK.matcher(source);
    int lineStart = 0;
    int lineEnd = -2;
    while (m.find(lineStart)) {
      lineEnd = m.start();
      if (lineEnd >= start) {
        break;
      }
      lineStart = m.end();
    }
    if (lineEnd < lineStart) {
      lineEnd = source.length();
    }
    lines.add(source.substring(lineStart, lineEnd));
    lines.add(caret(start - lineStart, stop, lineStart, lineEnd));
    return lines;
  }

  private static String caret(int column, int stop, int lineStart, int lineEnd) {
    StringBuilder caret = new StringBuilder(" ".repeat(Math.max(0, column))).append('^');
    boolean multiline = stop > lineEnd;
    int last = (multiline ? lineEnd : stop) - lineStart - 1;
    if (last > column) {
      caret.append("-".repeat(Math.max(0, last - column - 1)));
      caret.append(multiline ? "-..." : "^");
    }
    return caret.toString();
  }
}
