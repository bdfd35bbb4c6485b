package dk.styrbord.repl;

import java.io.PrintWriter;
import java.io.StringWriter;

/** The last exception a snippet threw, kept for {@code lastError()}. */
final class LastError {
  private static volatile Throwable last;

  private LastError() {}

  static void record(Throwable error) {
    last = error;
  }

  /** The full stack trace of the last error, or a note that there was none. */
  static String trace() {
    Throwable error = last;
    if (error == null) {
      return "No error in this session yet.";
    }
    StringWriter text = new StringWriter();
    error.printStackTrace(new PrintWriter(text));
    return text.toString();
  }
}
