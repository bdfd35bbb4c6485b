package dk.styrbord.repl;

import java.util.ArrayList;
import java.util.List;

/**
 * The runnable code blocks of a README, in order: a block whose lines are typed at the prompt
 * ({@code styrbord> } and its continuation {@code      ...> }), and a {@code ```java} block of
 * snippets. Other blocks (shell commands, printed output, the layout) are not examples.
 */
final class ReadmeBlocks {
  static final String PROMPT = "styrbord> ";
  static final String CONTINUATION = "     ...> ";

  /** One input as typed: its first line's number in the README (1-based) and its text (lines joined by \n). */
  record Example(int line, String input) {
    /** The code before a trailing {@code //} comment on the first line, stripped. */
    String code() {
      String first = input.lines().findFirst().orElse("");
      int comment = commentStart(first);
      return (comment < 0 ? first : first.substring(0, comment)).strip();
    }

    /** What the README says this input prints as an error: a comment that starts with {@code |  Exception}, else null. */
    String shownError() {
      for (String line : input.lines().toList()) {
        int comment = commentStart(line);
        String text = comment < 0 ? "" : line.substring(comment + 2).strip();
        if (text.startsWith("|  Exception")) {
          return text;
        }
      }
      return null;
    }
  }

  /** A fenced block of examples: the line of its opening fence and its inputs. */
  record Block(int line, String fence, List<Example> examples) {
    @Override
    public String toString() {
      return "README line " + line + " (" + fence + ", " + examples.size() + " inputs)";
    }
  }

  private ReadmeBlocks() {}

  /** The example blocks of a README's text. A prompt block with a line that is not typed input is an error naming it. */
  static List<Block> of(String readme) {
    List<Block> blocks = new ArrayList<>();
    List<String> lines = readme.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).startsWith("```")) {
        continue;
      }
      int open = i;
      List<String> body = new ArrayList<>();
      for (i++; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
        body.add(lines.get(i));
      }
      String fence = lines.get(open).substring(3).strip();
      if (fence.equals("java")) {
        blocks.add(new Block(open + 1, fence, snippets(open + 2, body)));
      } else if (body.stream().anyMatch(l -> l.startsWith(PROMPT))) {
        blocks.add(new Block(open + 1, fence, typed(open + 2, body)));
      }
    }
    return blocks;
  }

  /** Prompt lines: each {@code styrbord> } line starts an input, {@code      ...> } lines continue it. */
  private static List<Example> typed(int firstLine, List<String> body) {
    List<Example> examples = new ArrayList<>();
    for (int i = 0; i < body.size(); i++) {
      String line = body.get(i);
      int number = firstLine + i;
      if (line.startsWith(PROMPT)) {
        examples.add(new Example(number, line.substring(PROMPT.length())));
      } else if (line.startsWith(CONTINUATION) && !examples.isEmpty()) {
        Example last = examples.remove(examples.size() - 1);
        examples.add(new Example(last.line(), last.input() + "\n" + line.substring(CONTINUATION.length())));
      } else {
        throw new IllegalArgumentException("README line " + number + " is in a block typed at the prompt but does not start with \""
            + PROMPT + "\" or \"" + CONTINUATION + "\": " + line + ". Show output in a ```text block of its own.");
      }
    }
    return examples;
  }

  /** Snippet lines: each line starts an input unless it is indented or blank (then it continues the one before). */
  private static List<Example> snippets(int firstLine, List<String> body) {
    List<Example> examples = new ArrayList<>();
    for (int i = 0; i < body.size(); i++) {
      String line = body.get(i);
      boolean continues = line.isBlank() || Character.isWhitespace(line.charAt(0)) || line.startsWith(")") || line.startsWith("}");
      if (continues && !examples.isEmpty()) {
        Example last = examples.remove(examples.size() - 1);
        examples.add(new Example(last.line(), last.input() + "\n" + line));
      } else if (!line.isBlank()) {
        examples.add(new Example(firstLine + i, line));
      }
    }
    return examples;
  }

  /** Where a line's {@code //} comment starts (outside string and char literals), or -1. */
  static int commentStart(String line) {
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote != 0) {
        if (c == '\\') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
        return i;
      }
    }
    return -1;
  }
}
