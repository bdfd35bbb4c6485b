package dk.styrbord.repl;

import dk.styrbord.SafeFile;
import dk.styrbord.WorkbenchException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
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
 *   <li>What ran to completion is written, in the order it ran: a variable, expression or
 *       statement that neither threw nor was stopped, and an import, method or class that compiled
 *       (also one that names something declared only later). Statements that only print are kept:
 *       they replay harmlessly, and one may change a table in place.
 *   <li>What did not compile, threw or was stopped (Ctrl-C, {@link JShell#stop()}) is never
 *       written, so replay neither fails nor hangs there. A variable whose initializer threw or
 *       was stopped still exists, holding 0 or null, so only its declaration is written
 *       ({@code Table t;}), never the initializer.
 *   <li>A declaration that was later replaced or dropped stays in its place when anything written
 *       ran between it and its replacement: {@code int x = 3; int y = x * 2; String x = "a";} is
 *       saved as typed, so {@code y} is 6 again, where replaying only what stands at the end would
 *       compute {@code y} from the new {@code x} or not at all. The same holds for a method
 *       redefined after a variable was computed with it. One replaced before anything ran is left
 *       out: no value came from it.
 *   <li>A line that declares several variables ({@code int a = 1, b = f();}) is written one
 *       variable at a time ({@link Declarators}), as JShell runs it, so one initializer that threw
 *       costs only its own value.
 * </ol>
 *
 * <p>Measured on JDK 17 and 25, with the workbench's engine: the listener is registered while
 * {@link JShell.Builder#build()} makes the engine, so the start-up is journaled too (and left out
 * by {@link #startupDone()}); a snippet that threw is VALID with {@link SnippetEvent#exception()}
 * set; a stopped one is VALID with neither an exception nor a value, where every variable,
 * expression or statement that completes has a value (the empty string for a statement); a
 * variable whose initializer threw or was stopped holds its default; the event that a snippet was
 * replaced comes right after the replacement's own. Limits: a failed snippet's partial side
 * effects are not replayed, a dropped declaration kept for what used it is declared again,
 * {@code $1}-style temporary names may be numbered differently in the new session, and a file read
 * or a random number gives what it gives then.
 *
 * <p>The session comes from its engine's {@link ExecutionEnv} ({@link EnvSession}); where it cannot
 * be read, saving says so in one line.
 * The journal is that of the last session started on the engine in this JVM: the prompt's.
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
    DECLARED_ONLY,
    /** Did not compile, threw or was stopped: journaled only to keep a line's variables together. */
    FAILED
  }

  /**
   * One snippet as it ran, at its place in the journal; {@code endedAt} is the place of what
   * replaced it (or the journal's length when it was dropped), -1 while it stands.
   */
  private static final class Entry {
    final Snippet snippet;
    final String source;
    final Outcome outcome;
    int endedAt = -1;

    Entry(Snippet snippet, String source, Outcome outcome) {
      this.snippet = snippet;
      this.source = source;
      this.outcome = outcome;
    }
  }

  private final JShell session;
  private final List<Entry> journal = new ArrayList<>();
  private int startupEnd;

  private SessionCode(JShell session) {
    this.session = session;
  }

  /** Starts the journal of a JShell session (called by the execution provider for the session it serves). */
  static void attach(JShell session) {
    if (session == null) {
      current = null;
      return;
    }
    SessionCode code = new SessionCode(session);
    session.onSnippetEvent(code::record);
    current = code;
  }

  /**
   * Marks what ran so far as the start-up, which {@link #save} leaves out; called from the
   * start-up's last snippet, which is journaled only when it ends and so counts as start-up too.
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
    List<String> snippets = code.script();
    StringBuilder text = new StringBuilder("// Styrbord session saved ")
        .append(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")))
        .append(". /open this file in a new session to run it again.\n")
        .append("// What ran to completion, in the order it ran; what failed or was stopped is left out.\n");
    snippets.forEach(snippet -> text.append(snippet).append('\n'));
    SafeFile.write(file, text.toString().getBytes(StandardCharsets.UTF_8), overwrite);
    return snippets.size();
  }

  private synchronized void markStartup() {
    startupEnd = journal.size() + 1;
  }

  private synchronized void record(SnippetEvent event) {
    Snippet.Status status = event.status();
    if (status == Snippet.Status.OVERWRITTEN || status == Snippet.Status.DROPPED) {
      // a replacement's own event came just before, so it is the journal's last entry
      ended(event.snippet(), status == Snippet.Status.OVERWRITTEN ? journal.size() - 1 : journal.size());
      return;
    }
    if (event.causeSnippet() != null || event.snippet().source().contains("saveSession(")) {
      return;
    }
    Outcome outcome = outcome(event);
    String source = event.snippet().source().strip();
    journal.add(new Entry(event.snippet(), outcome == Outcome.FAILED ? source : readableByOpen(source), outcome));
  }

  /**
   * The source as {@code /open} reads it back. {@code /open} takes a file's lines until they make
   * a complete snippet, as the prompt takes typed lines, so a snippet that came whole from
   * elsewhere (a notebook cell, {@code /edit}) such as {@code int a = 40\n    + 2;} would run as
   * {@code int a = 40;} and then {@code + 2;}. Such a snippet is written on one line, unless a line
   * comment or a text block makes joining its lines unsafe. Asked here, on JShell's own thread after
   * the snippet ran: while a snippet runs its thread must leave JShell's compiler alone.
   */
  private String readableByOpen(String source) {
    String[] lines = source.split("\n");
    if (lines.length < 2 || source.contains("//") || source.contains("\"\"\"")) {
      return source;
    }
    SourceCodeAnalysis analysis = session.sourceCodeAnalysis();
    StringBuilder start = new StringBuilder(lines[0]);
    for (int i = 1; i < lines.length; i++) {
      if (analysis.analyzeCompletion(start.toString()).completeness().isComplete()) {
        return Arrays.stream(lines).map(String::strip).collect(Collectors.joining(" "));
      }
      start.append('\n').append(lines[i]);
    }
    return source;
  }

  private void ended(Snippet snippet, int at) {
    for (Entry entry : journal) {
      if (entry.snippet == snippet && entry.endedAt < 0) {
        entry.endedAt = at;
      }
    }
  }

  /** How a snippet the user submitted ended. */
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
    return isNamedVariable(snippet) ? Outcome.DECLARED_ONLY : Outcome.FAILED;
  }

  private static boolean isNamedVariable(Snippet snippet) {
    return snippet.kind() == Snippet.Kind.VAR && snippet.subKind() != Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND;
  }

  /** The snippets after the start-up, as lines of the script. */
  private synchronized List<String> script() {
    List<String> snippets = new ArrayList<>();
    for (int i = Math.min(startupEnd, journal.size()); i < journal.size(); i++) {
      Entry entry = journal.get(i);
      boolean wanted = entry.outcome == Outcome.RAN
          || (entry.outcome != Outcome.FAILED && inEffect(entry, i));
      if (wanted && writable(entry)) {
        snippets.add(written(entry, i));
      }
    }
    return snippets;
  }

  /** False for a declaration that ran nothing and was replaced or dropped before anything ran. */
  private boolean inEffect(Entry declaration, int at) {
    if (declaration.endedAt < 0) {
      return true;
    }
    return journal.subList(at + 1, Math.max(at + 1, declaration.endedAt)).stream()
        .anyMatch(entry -> entry.outcome == Outcome.RAN);
  }

  /** False for a variable declared only whose type cannot be written: an anonymous class, an intersection. */
  private static boolean writable(Entry entry) {
    String type = entry.snippet instanceof VarSnippet variable ? variable.typeName() : "";
    return entry.outcome != Outcome.DECLARED_ONLY
        || !(type.contains("<anonymous") || type.contains("&") || type.contains("capture#"));
  }

  /** The entry at journal place {@code at} as script text. */
  private String written(Entry entry, int at) {
    Snippet snippet = entry.snippet;
    if (entry.outcome == Outcome.DECLARED_ONLY) {
      VarSnippet variable = (VarSnippet) snippet;
      return variable.typeName() + " " + variable.name() + "; // declared only: its initializer did not complete";
    }
    if (snippet.kind() == Snippet.Kind.VAR && sharesSource(at)) {
      return Declarators.of(entry.source, ((VarSnippet) snippet).name()).orElseGet(() -> terminated(entry));
    }
    return terminated(entry);
  }

  /** True when a neighbour came from the same line: {@code int a = 1, b = 2;} is a snippet per variable. */
  private boolean sharesSource(int at) {
    String source = journal.get(at).snippet.source();
    return (at > 0 && journal.get(at - 1).snippet.source().equals(source))
        || (at + 1 < journal.size() && journal.get(at + 1).snippet.source().equals(source));
  }

  /**
   * A snippet as a line of a script: an expression typed without ';' gets one, so /open keeps
   * snippets apart; it goes on a line of its own after a line comment, which would swallow it.
   * (Everything else already has its ';': JShell's own split adds it where it was left out.)
   */
  private static String terminated(Entry entry) {
    Snippet snippet = entry.snippet;
    String source = entry.source;
    String lastLine = source.substring(source.lastIndexOf('\n') + 1);
    int comment = lastLine.indexOf("//");
    String code = comment < 0 ? lastLine : lastLine.substring(0, comment).strip();
    boolean block = snippet.kind() == Snippet.Kind.METHOD || snippet.kind() == Snippet.Kind.TYPE_DECL
        || (snippet.kind() == Snippet.Kind.STATEMENT && code.endsWith("}"));
    if (block || code.endsWith(";")) {
      return source;
    }
    return source + (comment < 0 ? ";" : "\n;");
  }
}
