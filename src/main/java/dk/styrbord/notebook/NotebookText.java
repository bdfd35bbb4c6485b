package dk.styrbord.notebook;

import dk.styrbord.WorkbenchException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A notebook's text as its file holds it, changed one cell at a time: only the lines of the cell
 * that changes are touched, so the file stays as the user wrote it (prose, blank lines, line
 * endings) and a save shows in a diff as exactly the edit.
 *
 * <p>Example: {@code NotebookText.of(path, text).withCode(2, "int b = 2;").notebook().cells().get(1).code()}
 * gives {@code int b = 2;}.
 */
final class NotebookText {
  private final Path file;
  private final String text;
  private final Notebook notebook;

  private NotebookText(Path file, String text) {
    this.file = file;
    this.text = text;
    this.notebook = Notebook.parse(file, text);
  }

  /** The text of a notebook file; fails with the parser's one-line message when it has no cells. */
  static NotebookText of(Path file, String text) {
    return new NotebookText(file, text);
  }

  /** The notebook as this text parses. */
  Notebook notebook() {
    return notebook;
  }

  /** The text, byte for byte as read when nothing changed. */
  String text() {
    return text;
  }

  /** The text with cell {@code number}'s code replaced; its title and prose stay. */
  NotebookText withCode(int number, String code) {
    Cell cell = cell(number);
    List<String> lines = lines();
    List<String> newCode = code.isBlank() ? List.of() : Arrays.asList(code.replace("\r\n", "\n").stripTrailing().split("\n", -1));
    int from = cell.codeLine() - 1;
    int old = cell.hasCode() ? cell.code().split("\n", -1).length : 0;
    if (old == 0) {
      from = afterProse(lines, cell);
    }
    for (int i = 0; i < old; i++) {
      lines.remove(from);
    }
    lines.addAll(from, newCode);
    return join(lines);
  }

  /** The text with a new empty cell after cell {@code number} (0: before the first cell). */
  NotebookText withCellAfter(int number, String title) {
    if (number != 0) {
      cell(number);
    }
    List<String> lines = lines();
    int at = number < notebook.cells().size() ? markerLine(lines, number + 1) : lines.size();
    List<String> added = new ArrayList<>(List.of("//%% " + title, ""));
    if (at > 0 && !lines.get(at - 1).isBlank()) {
      added.add(0, "");
    }
    lines.addAll(at, added);
    return join(lines);
  }

  /** The text without cell {@code number}; the last cell cannot go, a notebook has at least one. */
  NotebookText withoutCell(int number) {
    cell(number);
    if (notebook.cells().size() == 1) {
      throw new WorkbenchException("A notebook keeps at least one cell; change this one's code instead.");
    }
    List<String> lines = lines();
    int from = markerLine(lines, number);
    int to = number < notebook.cells().size() ? markerLine(lines, number + 1) : lines.size();
    lines.subList(from, to).clear();
    return join(lines);
  }

  private Cell cell(int number) {
    if (number < 1 || number > notebook.cells().size()) {
      throw new WorkbenchException("There is no cell " + number + ": the notebook has cells 1 to " + notebook.cells().size() + ".");
    }
    return notebook.cells().get(number - 1);
  }

  /** Where code goes into a cell that has none: after its marker and prose, before the blank lines that end it. */
  private int afterProse(List<String> lines, Cell cell) {
    int marker = markerLine(lines, cell.number());
    int end = cell.number() < notebook.cells().size() ? markerLine(lines, cell.number() + 1) : lines.size();
    int last = end - 1;
    while (last > marker && lines.get(last).isBlank()) {
      last--;
    }
    return last + 1;
  }

  /** The index of cell {@code number}'s marker line. */
  private static int markerLine(List<String> lines, int number) {
    int seen = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (Notebook.MARKER.matcher(lines.get(i)).matches() && ++seen == number) {
        return i;
      }
    }
    throw new IllegalStateException("cell " + number + " has no marker line");
  }

  private boolean crlf() {
    return text.contains("\r\n");
  }

  /** The lines without their separator; a final line break is not a line. */
  private List<String> lines() {
    String normal = text.replace("\r\n", "\n");
    if (normal.endsWith("\n")) {
      normal = normal.substring(0, normal.length() - 1);
    }
    return new ArrayList<>(Arrays.asList(normal.split("\n", -1)));
  }

  private NotebookText join(List<String> lines) {
    String separator = crlf() ? "\r\n" : "\n";
    return new NotebookText(file, String.join(separator, lines) + separator);
  }
}
