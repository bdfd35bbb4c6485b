package dk.styrbord.repl;

import dk.styrbord.data.Suggestions;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jdk.jshell.Diag;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.VarSnippet;

/**
 * One line that names the fix for a common slip in a snippet that did not compile, in place of
 * javac's message; the prompt ({@link PromptHints}) and the notebooks show it. The slips:
 *
 * <ul>
 *   <li>text in single quotes, {@code benchmark('Hørsholm', "5.38", 2024)}: "Text goes in double
 *       quotes: benchmark("Hørsholm", "5.38", 2024)";
 *   <li>an area or function code written as a number, {@code 5.38} or {@code 5.28.22}: "Write the
 *       area code as text: "5.38" …";
 *   <li>a mistyped name, {@code Level(…)} or {@code yaer}: "No helper called "Level". Did you mean
 *       level? …", from the helpers in {@link Help}, the session's own methods and variables, and
 *       the datasets ({@link DatasetVariables});
 *   <li>wrong arguments for a helper: its forms as {@code help(name)} shows them, "benchmark takes
 *       (String kommune, String area, int year) · (kommune, area, year, String... group); see
 *       help("benchmark")".
 * </ul>
 *
 * Any other error, and a slip with no near name, gets no hint: JShell's own message stays. The
 * slips are recognised by javac's diagnostic codes and positions, and, where only the message
 * tells (a {@code char} or {@code double} given for a {@code String}), by its English text.
 *
 * <p>Example: {@code CompileHint.of(shell, rejectedSnippet)} gives {@code Optional[No variable
 * called "yaer". Did you mean year?]}.
 */
public final class CompileHint {
  /** A number shaped like an account code outside quotes: 5.38 (an area) or 5.28.22 (a function). */
  private static final Pattern CODE = Pattern.compile("(?<![\\w.])\\d\\.\\d\\d(\\.\\d\\d)?(?![\\w.])");

  private CompileHint() {}

  /**
   * The hint for a snippet that did not compile, or empty when its error is not a common slip.
   * Example: {@code CompileHint.of(shell, event.snippet())}.
   */
  public static Optional<String> of(JShell shell, Snippet snippet) {
    List<Diag> errors = shell.diagnostics(snippet).filter(Diag::isError).toList();
    if (errors.isEmpty()) {
      return Optional.empty();
    }
    String source = snippet.source();
    Diag first = errors.get(0);
    return singleQuotes(source, errors)
        .or(() -> codeAsNumber(source, errors))
        .or(() -> unknownName(shell, source, first))
        .or(() -> helperArguments(source, first));
  }

  private static Optional<String> singleQuotes(String source, List<Diag> errors) {
    boolean quotes = errors.stream().anyMatch(d -> d.getCode().contains("char.lit")
        || message(d).contains("char cannot be converted to java.lang.String"));
    List<int[]> quoted = SnippetSource.of(source).singleQuoted();
    if (!quotes || quoted.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder fixed = new StringBuilder(source);
    for (int i = quoted.size() - 1; i >= 0; i--) {
      fixed.setCharAt(quoted.get(i)[0], '"');
      fixed.setCharAt(quoted.get(i)[1] - 1, '"');
    }
    int[] one = quoted.get(0);
    String example = shown(fixed.toString(), "\"" + source.substring(one[0] + 1, one[1] - 1) + "\"");
    return Optional.of("Text goes in double quotes: " + example);
  }

  private static Optional<String> codeAsNumber(String source, List<Diag> errors) {
    SnippetSource code = SnippetSource.of(source);
    List<int[]> numbers = new ArrayList<>();
    Matcher m = CODE.matcher(source);
    while (m.find()) {
      if (!code.inText(m.start())) {
        numbers.add(new int[] {m.start(), m.end()});
      }
    }
    boolean asNumber = errors.stream().anyMatch(d -> message(d).contains("double cannot be converted to java.lang.String")
        || numbers.stream().anyMatch(n -> d.getPosition() > n[0] && d.getPosition() < n[1]));
    if (!asNumber || numbers.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder fixed = new StringBuilder(source);
    for (int i = numbers.size() - 1; i >= 0; i--) {
      fixed.insert(numbers.get(i)[1], '"').insert(numbers.get(i)[0], '"');
    }
    String first = source.substring(numbers.get(0)[0], numbers.get(0)[1]);
    String kind = first.length() > 4 ? "function" : "area";
    String text = "\"" + first + "\"";
    String example = shown(fixed.toString(), text);
    return Optional.of("Write the " + kind + " code as text: " + text + (example.equals(text) ? "" : ", as in " + example));
  }

  private static Optional<String> unknownName(JShell shell, String source, Diag error) {
    if (!error.getCode().startsWith("compiler.err.cant.resolve")) {
      return Optional.empty();
    }
    String name = spanned(source, error);
    if (name.isEmpty() || message(error).contains("symbol:   class")) {
      return Optional.empty();
    }
    boolean method = error.getCode().endsWith(".args");
    Set<String> names = method ? methodNames(shell) : variableNames(shell);
    String near = nearest(name, names);
    if (near.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(method
        ? "No helper called \"" + name + "\"." + near + " help() lists them all."
        : "No variable called \"" + name + "\"." + near);
  }

  private static Optional<String> helperArguments(String source, Diag error) {
    String code = error.getCode();
    String name;
    if (code.startsWith("compiler.err.cant.apply")) {
      name = spanned(source, error);
    } else if (code.equals("compiler.err.prob.found.req")) {
      name = SnippetSource.of(source).callAround((int) error.getStartPosition());
    } else {
      return Optional.empty();
    }
    return Help.entries().stream()
        .filter(e -> e.name().equals(name))
        .findFirst()
        .map(e -> name + " takes " + forms(e) + "; see help(\"" + name + "\")");
  }

  /** A helper's forms as help(name) shows them, without the repeated name: "(String area, int year)". */
  private static String forms(HelpEntry entry) {
    return Arrays.stream(entry.signature().split("  ·  "))
        .map(form -> form.startsWith(entry.name() + "(") ? form.substring(entry.name().length()) : form)
        .collect(Collectors.joining(" · "));
  }

  /**
   * " Did you mean level?": a name that differs only in case or accents is the one meant;
   * otherwise the nearest names (see {@link Suggestions#closest}).
   */
  private static String nearest(String typed, Set<String> names) {
    List<String> same = names.stream()
        .filter(n -> Suggestions.key(n).equals(Suggestions.key(typed)) && !n.equals(typed))
        .toList();
    return Suggestions.didYouMean(typed, same.isEmpty() ? names : same);
  }

  private static Set<String> methodNames(JShell shell) {
    Set<String> names = new LinkedHashSet<>();
    Help.entries().forEach(e -> names.add(e.name()));
    shell.methods().forEach(m -> names.add(m.name()));
    return names;
  }

  private static Set<String> variableNames(JShell shell) {
    Set<String> names = new LinkedHashSet<>();
    shell.variables().filter(v -> v.subKind() != Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND)
        .map(VarSnippet::name).forEach(names::add);
    for (Field f : DatasetVariables.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers())) {
        names.add(f.getName());
      }
    }
    return names;
  }

  /** The identifier a diagnostic spans, or "" when it spans more (a qualified name such as Math.sqr). */
  private static String spanned(String source, Diag d) {
    int start = (int) d.getStartPosition();
    int end = (int) d.getEndPosition();
    if (start < 0 || end <= start || end > source.length()) {
      return "";
    }
    String text = source.substring(start, end);
    return text.chars().allMatch(Character::isJavaIdentifierPart) && Character.isJavaIdentifierStart(text.charAt(0))
        ? text : "";
  }

  /** The fixed snippet when it is one short line, else just the fixed piece. */
  private static String shown(String fixed, String piece) {
    String line = fixed.strip();
    return line.contains("\n") || line.length() > 100 ? piece : line;
  }

  private static String message(Diag d) {
    return d.getMessage(Locale.ENGLISH);
  }
}
