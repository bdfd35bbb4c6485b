package dk.styrbord.notebook;

import dk.styrbord.WorkbenchException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A notebook: a plain JShell script ({@code /open} runs it at the prompt) cut into cells by
 * comment lines {@code //%% Title}. The comment lines at the top of a cell are its prose
 * (Markdown); the comment lines before the first cell are the notebook's introduction, and a
 * {@code # Heading} there is the report's title.
 *
 * <p>Example: {@code Notebook.read(Path.of("notebooks/lejre.jsh")).cells().get(0).title()} gives
 * {@code Parameters}.
 *
 * @param file where the notebook was read from
 * @param name the file name without {@code .jsh}, e.g. {@code lejre}
 * @param title the report's title: the introduction's first {@code # Heading}, else the name
 * @param intro the introduction's other prose, Markdown
 * @param cells the cells in order
 */
public record Notebook(Path file, String name, String title, String intro, List<Cell> cells) {
  /** A cell's first line: {@code //%% Title}. */
  static final Pattern MARKER = Pattern.compile("^\\s*//\\s?%%(.*)$");
  private static final Pattern COMMENT = Pattern.compile("^\\s*//(.*)$");
  private static final Pattern HEADING = Pattern.compile("^#\\s+(.+)$");

  public Notebook {
    cells = List.copyOf(cells);
  }

  /** Reads and parses a notebook file (UTF-8). */
  public static Notebook read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new WorkbenchException("No notebook " + file + ". The shipped ones are in notebooks/, e.g. notebooks/00-tour.jsh.");
    }
    try {
      return parse(file, Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new WorkbenchException("Could not read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Parses notebook text; {@code file} names it in messages and gives its name. */
  public static Notebook parse(Path file, String text) {
    String[] lines = text.replace("\r\n", "\n").split("\n", -1);
    String fileName = file.getFileName().toString();
    String name = fileName.endsWith(".jsh") ? fileName.substring(0, fileName.length() - 4) : fileName;
    int first = firstMarker(lines);
    if (first < 0) {
      throw new WorkbenchException(file + " has no cells: start each cell with a line //%% Title, e.g. //%% Parameters.");
    }
    List<String> introLines = new ArrayList<>();
    for (int i = 0; i < first; i++) {
      Matcher comment = COMMENT.matcher(lines[i]);
      if (comment.matches()) {
        introLines.add(stripOneSpace(comment.group(1)));
      } else if (!lines[i].isBlank()) {
        throw new WorkbenchException(file + " line " + (i + 1)
            + ": code before the first cell; put it in a cell that starts with a line //%% Title.");
      } else {
        introLines.add("");
      }
    }
    String title = name;
    for (int i = 0; i < introLines.size(); i++) {
      Matcher heading = HEADING.matcher(introLines.get(i).trim());
      if (heading.matches()) {
        title = heading.group(1).trim();
        introLines.remove(i);
        break;
      }
    }
    List<Cell> cells = new ArrayList<>();
    int start = first;
    while (start < lines.length) {
      int next = start + 1;
      while (next < lines.length && !MARKER.matcher(lines[next]).matches()) {
        next++;
      }
      cells.add(cell(cells.size() + 1, lines, start, next));
      start = next;
    }
    return new Notebook(file, name, title, String.join("\n", introLines).strip(), cells);
  }

  /** The cell {@code //%% Parameters}, if it is the first one. */
  public Cell parameterCell() {
    Cell first = cells.get(0);
    return first.title().equalsIgnoreCase("Parameters") ? first : null;
  }

  /** The same notebook with one cell replaced (same number). */
  Notebook withCell(Cell cell) {
    List<Cell> changed = new ArrayList<>(cells);
    changed.set(cell.number() - 1, cell);
    return new Notebook(file, name, title, intro, changed);
  }

  private static Cell cell(int number, String[] lines, int marker, int end) {
    Matcher m = MARKER.matcher(lines[marker]);
    m.matches();
    String title = m.group(1).strip();
    if (title.isEmpty()) {
      title = "Cell " + number;
    }
    List<String> prose = new ArrayList<>();
    int i = marker + 1;
    while (i < end && !isCode(lines[i])) {
      Matcher comment = COMMENT.matcher(lines[i]);
      prose.add(comment.matches() ? stripOneSpace(comment.group(1)) : "");
      i++;
    }
    int last = end - 1;
    while (last >= i && lines[last].isBlank()) {
      last--;
    }
    String code = i > last ? "" : String.join("\n", java.util.Arrays.copyOfRange(lines, i, last + 1));
    return new Cell(number, title, String.join("\n", prose).strip(), code, i + 1);
  }

  private static boolean isCode(String line) {
    return !line.isBlank() && !COMMENT.matcher(line).matches();
  }

  private static int firstMarker(String[] lines) {
    for (int i = 0; i < lines.length; i++) {
      if (MARKER.matcher(lines[i]).matches()) {
        return i;
      }
    }
    return -1;
  }

  private static String stripOneSpace(String text) {
    return text.startsWith(" ") ? text.substring(1) : text;
  }
}
