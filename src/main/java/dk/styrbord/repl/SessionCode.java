package dk.styrbord.repl;

import dk.styrbord.SafeFile;
import dk.styrbord.WorkbenchException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.VarSnippet;
import jdk.jshell.spi.ExecutionEnv;

/**
 * The code typed in this session, for {@code saveSession(path)}: a journal of what JShell
 * reported for each snippet as it ran, written out as a script that {@code /open path} in a new
 * session replays to the same variables and tables.
 *
 * <p>The rule:
 *
 * <ol>
 *   <li>A snippet that ran to completion is written, in the order it ran: a variable, an
 *       expression or a statement that threw no exception and was not stopped, an import, method
 *       or class that compiled (also one that names something declared only later). Statements
 *       that only print are kept: they replay harmlessly, and one may change a table in place.
 *   <li>A snippet that did not compile, threw or was stopped (Ctrl-C, {@link JShell#stop()}) is
 *       never written, so replay neither fails nor hangs there.
 *   <li>A replaced or dropped declaration stays in its place when anything that is written ran
 *       between it and its replacement: {@code int x = 3; int y = x * 2; String x = "a";} is
 *       saved as typed, so {@code y} is 6 again. Replaying the survivors only would compute
 *       {@code y} from the new {@code x} or not at all. The same holds for a method redefined after
 *       a variable was computed with it. A method, class or import replaced before anything ran is
 *       left out: no value came from it.
 *   <li>A variable whose initializer threw or was stopped still existed, holding 0 or null, so it
 *       is written as a bare declaration ({@code Table t;}) when later code may use it: only the
 *       declaration, never the initializer.
 * </ol>
 *
 * <p>Measured on JDK 17: a snippet that threw is VALID with {@link SnippetEvent#exception()} set;
 * a stopped one is VALID with neither a value nor an exception, as {@link SnippetEvent#value()}
 * is null when a run did not succeed (a completed statement's value is the empty string); a
 * variable that failed is declared with its default value. Limits: a failed snippet's partial
 * side effects are not replayed, {@code $1}-style temporary names may be numbered differently in
 * the new session, and a file read or a random number gives what it gives then.
 *
 * <p>JShell's execution SPI hands an engine only an {@link ExecutionEnv}; in the JDK (17 to 25)
 * that is an inner class of {@link JShell} whose {@code this$0} field is the session itself. The
 * launcher opens {@code jdk.jshell/jdk.jshell} to read it; without that, saving says so in one line.
 */
final class SessionCode {
  private static volatile SessionCode current;

  /** How a snippet ended, as its event told. */
  private enum Outcome {
    /** Ran code that completed: a variable, expression or statement. */
    RAN,
    /** Compiled and ran nothing: an import, method, class, or a variable waiting for a name. */
    DECLARED,
    /** A variable whose initializer threw or was stopped: it exists, holding its default. */
    FAILED_VARIABLE,
    /** Threw, was stopped or did not compile. */
    FAILED
  }

  /** One snippet as it ran; {@code endedAt} is the journal position of what replaced or dropped it. */
  private static final class Entry {
    final Snippet snippet;
    final Outcome outcome;
    int endedAt = -1;

    Entry(Snippet snippet, Outcome outcome) {
      this.snippet = snippet;
      this.outcome = outcome;
    }
  }

  private final List<Entry> journal = new ArrayList<>();
  private int startupEnd;

  private SessionCode() {}

  /** Starts the journal of the JShell session an engine was made for (called by the execution provider). */
  static void attach(ExecutionEnv env) {
    try {
      Field outer = env.getClass().getDeclaredField("this$0");
      outer.setAccessible(true);
      JShell session = (JShell) outer.get(env);
      SessionCode code = new SessionCode();
      session.onSnippetEvent(code::record);
      current = code;
    } catch (ReflectiveOperationException | RuntimeException e) {
      current = null;
    }
  }

  /**
   * Marks what ran so far as the start-up, which {@link #save} leaves out; called from the
   * start-up's last snippet, which is reported only when it ends and so counts as start-up too.
   */
  static void startupDone() {
    SessionCode code = current;
    if (code != null) {
      code.markStartup();
    }
  }

  /** Writes the session's code to {@code file} (see the rule above); returns how many snippets. */
  static int save(Path file, boolean overwrite) {
    SessionCode code = current;
    if (code == null) {
      throw new WorkbenchException("This session's code cannot be read here (start the workbench with ./workbench);"
          + " JShell's own /save " + file + " saves it too.");
    }
    List<String> lines = code.script();
    StringBuilder text = new StringBuilder("// Styrbord session saved ")
        .append(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")))
        .append(". /open this file in a new session to run it again.\n")
        .append("// The snippets that ran to completion, in the order they ran; failed and stopped ones are left out.\n");
    lines.forEach(line -> text.append(line).append('\n'));
    SafeFile.write(file, text.toString().getBytes(StandardCharsets.UTF_8), overwrite);
    return lines.size();
  }

  private synchronized void markStartup() {
    startupEnd = journal.size() + 1;
  }

  private synchronized void record(SnippetEvent event) {
    if (event.status() == Snippet.Status.OVERWRITTEN || event.status() == Snippet.Status.DROPPED) {
      ended(event.snippet());
      return;
    }
    if (event.causeSnippet() != null || event.snippet().source().contains("saveSession(")) {
      return;
    }
    journal.add(new Entry(event.snippet(), outcome(event)));
  }

  private void ended(Snippet snippet) {
    for (int i = journal.size() - 1; i >= 0; i--) {
      Entry entry = journal.get(i);
      if (entry.snippet == snippet && entry.endedAt < 0) {
        entry.endedAt = journal.size() - 1;
        return;
      }
    }
  }

  private static Outcome outcome(SnippetEvent event) {
    Snippet snippet = event.snippet();
    Snippet.Status status = event.status();
    if (!status.isDefined() && status != Snippet.Status.RECOVERABLE_NOT_DEFINED) {
      return Outcome.FAILED;
    }
    boolean runs = snippet.kind() == Snippet.Kind.VAR || snippet.kind() == Snippet.Kind.EXPRESSION
        || snippet.kind() == Snippet.Kind.STATEMENT;
    if (!runs || status != Snippet.Status.VALID) {
      return Outcome.DECLARED;
    }
    if (event.exception() == null && event.value() != null) {
      return Outcome.RAN;
    }
    return isNamedVariable(snippet) ? Outcome.FAILED_VARIABLE : Outcome.FAILED;
  }

  private static boolean isNamedVariable(Snippet snippet) {
    return snippet.kind() == Snippet.Kind.VAR && snippet.subKind() != Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND;
  }

  /** The script's lines after the start-up. */
  private synchronized List<String> script() {
    List<String> lines = new ArrayList<>();
    int i = Math.min(startupEnd, journal.size());
    while (i < journal.size()) {
      // `int a = 1, b = 2;` is one source JShell splits into a snippet per variable; they share the
      // source string itself, which two snippets typed alike never do.
      int end = i + 1;
      while (end < journal.size() && journal.get(end).snippet.source() == journal.get(i).snippet.source()) {
        end++;
      }
      lines.addAll(lines(journal.subList(i, end), i));
      i = end;
    }
    return lines;
  }

  /** The lines for the snippets of one source, which start at journal position {@code from}. */
  private List<String> lines(List<Entry> parts, int from) {
    boolean failed = parts.stream()
        .anyMatch(part -> part.outcome == Outcome.FAILED || part.outcome == Outcome.FAILED_VARIABLE);
    List<String> lines = new ArrayList<>();
    for (int k = 0; k < parts.size(); k++) {
      Entry part = parts.get(k);
      boolean wanted = part.outcome == Outcome.RAN || inEffect(part, from + k);
      if (!failed && wanted) {
        return List.of(terminated(part.snippet));
      }
      if (failed && wanted && part.outcome != Outcome.FAILED && isNamedVariable(part.snippet)) {
        bareDeclaration((VarSnippet) part.snippet).ifPresent(lines::add);
      }
    }
    return lines;
  }

  /** False for a declaration that ran nothing and was replaced or dropped before anything written ran. */
  private boolean inEffect(Entry declaration, int position) {
    if (declaration.endedAt < 0) {
      return true;
    }
    for (int k = position + 1; k < declaration.endedAt; k++) {
      if (journal.get(k).outcome == Outcome.RAN) {
        return true;
      }
    }
    return false;
  }

  /** {@code Table t;} for a variable whose initializer failed, when its type can be written. */
  private static Optional<String> bareDeclaration(VarSnippet variable) {
    String type = variable.typeName();
    if (type.contains("<anonymous") || type.contains("&") || type.contains("capture#")) {
      return Optional.empty();
    }
    return Optional.of(type + " " + variable.name() + "; // declared only: its initializer did not complete");
  }

  /**
   * A snippet as a line of a script: an expression typed without ';' gets one, so /open keeps
   * snippets apart; it goes on a line of its own after a line comment, which would swallow it.
   */
  private static String terminated(Snippet snippet) {
    String source = snippet.source().strip();
    boolean block = snippet.kind() == Snippet.Kind.METHOD || snippet.kind() == Snippet.Kind.TYPE_DECL
        || (snippet.kind() == Snippet.Kind.STATEMENT && source.endsWith("}"));
    if (block || source.endsWith(";")) {
      return source;
    }
    String lastLine = source.substring(source.lastIndexOf('\n') + 1);
    return source + (lastLine.contains("//") ? "\n;" : ";");
  }
}
