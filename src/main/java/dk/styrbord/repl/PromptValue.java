package dk.styrbord.repl;

import dk.styrbord.analysis.Result;
import dk.styrbord.plot.Language;
import dk.styrbord.plot.ResultText;

/**
 * What the prompt shows of a snippet's value. JShell shows a {@code String} as a Java literal,
 * quoted and escaped ({@code "a\nb"}), which keeps a single line exact ({@code "abc"} shows
 * {@code "abc"}, and an empty or blank text stays visible) but turns a table printed to text
 * ({@code t.printAll()}, {@code t.print()}) into one unreadable line. So a text of several lines is
 * shown as text. After {@code danish(true)} a result is shown in Danish ({@link ResultText}). Every
 * other value is shown as JShell shows it.
 *
 * <p>Example: {@code PromptValue.of("a\nb").toString()} is the two lines {@code a} and {@code b}.
 */
final class PromptValue {
  private final String text;

  private PromptValue(String text) {
    this.text = text;
  }

  /** The value to show in place of {@code value}: a text of several lines as text, a result in the session's language, else the value itself. */
  static Object of(Object value) {
    if (value instanceof String s && s.contains("\n")) {
      return new PromptValue(s);
    }
    if (value instanceof Result result && PlotPrompt.language() == Language.DANISH) {
      return new PromptValue(ResultText.of(result, Language.DANISH));
    }
    return value;
  }

  @Override
  public String toString() {
    return text;
  }
}
