package dk.styrbord.notebook;

/**
 * One cell of a notebook: the text from a {@code //%% Title} line to the next.
 *
 * @param number the cell's number in the notebook, from 1
 * @param title the text after {@code //%%}
 * @param prose the comment lines at the top of the cell, without their {@code //}: Markdown
 * @param code the rest of the cell up to its last non-blank line; may be empty
 * @param codeLine the line in the notebook file where {@code code} starts, from 1
 */
public record Cell(int number, String title, String prose, String code, int codeLine) {

  /** The file line of a position in {@link #code()}. */
  public int lineAt(int codeOffset) {
    int line = codeLine;
    int end = Math.min(codeOffset, code.length());
    for (int i = 0; i < end; i++) {
      if (code.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /** The file line of the code's last line. */
  public int lastLine() {
    return lineAt(code.length());
  }

  /** Whether the cell has code to run, or only prose. */
  public boolean hasCode() {
    return !code.isBlank();
  }

  /** The same cell with other code on the same lines (a parameter given on the command line). */
  Cell withCode(String newCode) {
    return new Cell(number, title, prose, newCode, codeLine);
  }
}
