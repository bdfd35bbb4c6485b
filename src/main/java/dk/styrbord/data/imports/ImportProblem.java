package dk.styrbord.data.imports;

import dk.styrbord.WorkbenchException;
import java.nio.file.Path;

/**
 * Builds the one-line messages of a failed import: the file, the line (the row in a workbook), what is wrong and the fix,
 * e.g. {@code bad.csv, line 7: "12,5 kr" in INDHOLD is not a number. Correct the cell or leave it
 * empty for a missing value.}
 */
final class ImportProblem {
  private ImportProblem() {}

  /** A problem at one line of a file. */
  static WorkbenchException at(Path file, long line, String problem, String fix) {
    return new WorkbenchException(name(file) + ", " + placeWord(file) + " " + line + ": " + sentence(problem) + oneLine(fix) + ".");
  }

  /** What a place in the file is called: "row" in a workbook, as Excel numbers them, else "line". */
  static String placeWord(Path file) {
    return isWorkbook(file) ? "row" : "line";
  }

  /** A problem with the file as a whole (missing, a directory, unreadable). */
  static WorkbenchException of(Path file, String problem, String fix) {
    return new WorkbenchException(name(file) + ": " + sentence(problem) + oneLine(fix) + ".");
  }

  /** A problem with the file as a whole, keeping the low-level cause for {@code lastError()}. */
  static WorkbenchException of(Path file, String problem, String fix, Throwable cause) {
    return new WorkbenchException(name(file) + ": " + sentence(problem) + oneLine(fix) + ".", cause);
  }

  /**
   * Runs a read and turns running out of memory into one line: the file, its size, the heap the
   * workbench has, and how to start it with more. What the read had built is garbage by then, so
   * the session goes on with its memory as before.
   */
  static <T> T withinMemory(Path file, java.util.function.Supplier<T> read) {
    try {
      return read.get();
    } catch (OutOfMemoryError e) {
      long size = 0;
      try {
        size = java.nio.file.Files.size(file);
      } catch (java.io.IOException | RuntimeException ignored) {
        // the size is only for the message
      }
      long heap = Runtime.getRuntime().maxMemory() >> 20;
      String more = 2 * ((heap >> 10) + 1) + "g";
      throw new WorkbenchException(String.format("%s (%,d MB) needs more memory than the workbench has (a heap of at most %,d MB);"
          + " nothing was read. Start it with more, e.g. STYRBORD_HEAP=%s ./workbench (or java -Xmx%s -jar styrbord.jar),"
          + " or read fewer columns or rows (a StatBank BULK file: select fewer values).", name(file), size >> 20, heap, more, more), e);
    }
  }

  /** A cell value as it appears in a message: quoted and cut at 40 characters. */
  static String quote(String value) {
    String v = value.length() > 40 ? value.substring(0, 40) + "…" : value;
    return "\"" + oneLine(v) + "\"";
  }

  /** In a workbook the place is a row, as Excel numbers them. */
  private static boolean isWorkbook(Path file) {
    String name = String.valueOf(file.getFileName()).toLowerCase(java.util.Locale.ROOT);
    return name.endsWith(".xlsx") || name.endsWith(".xlsm");
  }

  private static String name(Path file) {
    return String.valueOf(file);
  }

  private static String sentence(String problem) {
    String p = oneLine(problem);
    return p.endsWith("?") || p.endsWith(".") ? p + " " : p + ". ";
  }

  private static String oneLine(String text) {
    return text.replaceAll("[\\r\\n\\t]+", " ");
  }
}
