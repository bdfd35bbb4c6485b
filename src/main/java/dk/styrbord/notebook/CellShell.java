package dk.styrbord.notebook;

import dk.styrbord.WorkbenchException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.VarSnippet;

/**
 * One JShell session that runs notebook cells, as at the prompt: a cell is cut into snippets with
 * {@code analyzeCompletion}, each snippet is evaluated alone, and every snippet's place in the file
 * is kept so that compiler messages and stack frames ({@code #id:line}) point at notebook lines.
 * Both the batch runner and the live notebook run their cells through it.
 *
 * <p>Example: {@code try (CellShell shell = CellShell.open(setup)) { shell.run(cell, TableLimit.REPORT); }}
 */
final class CellShell implements AutoCloseable {
  private static final String TRACE_HINT = "   (lastError() shows the full trace)";
  /** The exception class name the workbench's engine gives a user mistake (WorkbenchException). */
  private static final String USER_MISTAKE = "Styrbord";

  private final JShell shell;
  private final CompileHints hints;
  private final Map<String, Origin> origins = new HashMap<>();
  /** Snippets whose run threw or was stopped: a variable they declare holds no computed value. */
  private final Set<String> unfinished = new HashSet<>();
  private final Set<String> startupSnippets;
  /** Set by {@link #stop()}: JShell reports a stopped snippet as one that ended without a value. */
  private volatile boolean stopRequested;

  /** Where a snippet came from: a cell, and the snippet's offset in the cell's code. */
  private record Origin(Cell cell, int offset) {
    int line(int lineInSnippet) {
      return cell.lineAt(offset) + lineInSnippet - 1;
    }
  }

  /**
   * What one run of a cell gave: its result, whether Stop interrupted it (then the result is
   * FAILED with a message that says so), and the names its declarations define (variables,
   * methods, classes), which tell the live notebook which later cells depend on it.
   */
  record Run(CellResult result, boolean stopped, Set<String> defined) {}

  /** The message of a cell that Stop interrupted. */
  static final String STOPPED = "Stopped. The variables defined before this point keep their values.";

  private CellShell(JShell shell, CompileHints hints) {
    this.shell = shell;
    this.hints = hints;
    this.startupSnippets = shell.snippets().map(Snippet::id).collect(Collectors.toSet());
  }

  /**
   * A JShell made from the setup, with the start-up run. Fails with a {@link WorkbenchException}
   * only when the start-up itself fails (then the data or the build is broken, not the notebook).
   */
  static CellShell open(ShellSetup setup) {
    JShell shell;
    try {
      shell = JShell.builder().executionEngine(setup.engine()).build();
    } catch (IllegalStateException e) {
      throw new WorkbenchException("The notebook's session could not start (engine " + setup.engine() + "): " + e.getMessage(), e);
    }
    for (String entry : setup.classPath()) {
      shell.addToClasspath(entry);
    }
    try (CellCapture quiet = CellCapture.begin(TableLimit.REPORT)) {
      String rest = setup.startup();
      while (!rest.isBlank()) {
        CompletionInfo info = shell.sourceCodeAnalysis().analyzeCompletion(rest);
        if (info.completeness() == Completeness.EMPTY || info.source() == null) {
          break;
        }
        SnippetEvent event = evalOne(shell, info.source());
        if (event != null && (event.status() == Snippet.Status.REJECTED || event.exception() != null)) {
          shell.close();
          String why = event.exception() != null ? event.exception().getMessage() : "does not compile";
          throw new WorkbenchException("The notebook start-up failed at " + info.source().strip() + ": " + why);
        }
        rest = info.remaining();
      }
    }
    return new CellShell(shell, setup.hints());
  }

  /** Runs a cell's code, capturing what it shows; tables are kept as far as {@code limit} says. */
  Run run(Cell cell, TableLimit limit) {
    long start = System.nanoTime();
    stopRequested = false;
    CellError error = null;
    boolean stopped = false;
    Set<String> defined = new LinkedHashSet<>();
    List<Output> outputs;
    try (CellCapture capture = CellCapture.begin(limit)) {
      SnippetEvent last = null;
      String rest = cell.code();
      int offset = 0;
      while (!rest.isBlank()) {
        CompletionInfo info = shell.sourceCodeAnalysis().analyzeCompletion(rest);
        if (info.completeness() == Completeness.EMPTY) {
          break;
        }
        if (info.completeness() == Completeness.DEFINITELY_INCOMPLETE || info.source() == null) {
          error = new CellError(CellError.Kind.INCOMPLETE,
              "The cell ends inside this statement: a ; ) or } is missing.", cell.lineAt(offset + codeStart(rest)), List.of());
          break;
        }
        // JShell numbers stack-frame lines wrongly when a snippet starts with a line break, so each
        // snippet starts at its first code, and its origin says where that is in the file
        int skip = codeStart(info.source());
        Origin origin = new Origin(cell, offset + skip);
        String source = info.source().substring(skip);
        offset += rest.length() - info.remaining().length();
        rest = info.remaining();
        if (stopRequested) {
          stopped = true;
          break;
        }
        SnippetEvent event = source.isBlank() ? null : evalOne(shell, source);
        if (event == null) {
          continue;
        }
        if (stopRequested) {
          unfinished.add(event.snippet().id());
          stopped = true;
          break;
        }
        origins.put(event.snippet().id(), origin);
        if (event.snippet() instanceof DeclarationSnippet d) {
          defined.add(d.name());
        }
        if (event.exception() != null) {
          unfinished.add(event.snippet().id());
        }
        error = errorOf(event, origin);
        if (error != null) {
          break;
        }
        last = event;
      }
      if (error == null && !stopped && last != null) {
        showValue(last, capture);
      }
      outputs = capture.outputs();
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    if (stopped) {
      error = new CellError(CellError.Kind.EXCEPTION, STOPPED, cell.codeLine(), List.of());
    }
    CellResult.Status status = error == null ? CellResult.Status.OK : CellResult.Status.FAILED;
    return new Run(new CellResult(cell, status, outputs, error, millis), stopped, defined);
  }

  /**
   * The variables the cells declared (not the start-up's datasets, not {@code $1} values), in the
   * order they were declared; a variable whose initializer threw or was stopped is left out, since
   * it holds no computed value.
   */
  List<Variable> variables() {
    List<VarSnippet> vars = shell.variables()
        .filter(v -> !startupSnippets.contains(v.id()) && !unfinished.contains(v.id()))
        .filter(v -> v.subKind() != Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND)
        .toList();
    if (vars.isEmpty()) {
      return List.of();
    }
    String names = vars.stream().map(VarSnippet::name).collect(Collectors.joining(", "));
    String key = "shapes-" + System.identityHashCode(this);
    SnippetEvent described = evalOne(shell, VariableShapes.class.getName() + ".describe(\"" + key + "\", new Object[] {" + names + "});");
    List<String> shapes = VariableShapes.take(key);
    if (described != null) {
      shell.drop(described.snippet());
    }
    List<Variable> out = new ArrayList<>();
    for (int i = 0; i < vars.size(); i++) {
      String shape = shapes.size() == vars.size() ? shapes.get(i) : "";
      out.add(new Variable(vars.get(i).name(), vars.get(i).typeName(), shape));
    }
    return List.copyOf(out);
  }

  /** Stops the snippet that runs now (the engine stops the thread it runs on). */
  void stop() {
    stopRequested = true;
    shell.stop();
  }

  @Override
  public void close() {
    shell.close();
  }

  private static SnippetEvent evalOne(JShell shell, String source) {
    for (SnippetEvent e : shell.eval(source)) {
      if (e.causeSnippet() == null) {
        return e;
      }
    }
    return null;
  }

  private CellError errorOf(SnippetEvent event, Origin origin) {
    Snippet snippet = event.snippet();
    if (event.status() == Snippet.Status.REJECTED || event.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
      return compileError(snippet, origin);
    }
    JShellException thrown = event.exception();
    if (thrown == null) {
      return null;
    }
    // the line shown is where the failing cell's own code was when it threw; the trace adds the
    // lines in earlier cells (a method defined there) that it went through, innermost first
    List<String> trace = new ArrayList<>();
    int line = -1;
    for (StackTraceElement frame : thrown.getStackTrace()) {
      String file = frame.getFileName();
      Origin from = file != null && file.startsWith("#") ? origins.get(file.substring(1)) : null;
      if (from != null && frame.getLineNumber() > 0) {
        int at = from.line(frame.getLineNumber());
        if (line < 0 && from.cell().number() == origin.cell().number()) {
          line = at;
        }
        trace.add("line " + at + " (cell " + from.cell().number() + " " + from.cell().title() + ")");
      }
    }
    if (line < 0) {
      line = origin.line(1);
    }
    return new CellError(CellError.Kind.EXCEPTION, describe(thrown), line, trace);
  }

  private CellError compileError(Snippet snippet, Origin origin) {
    List<Diag> errors = shell.diagnostics(snippet).filter(Diag::isError).collect(Collectors.toList());
    if (errors.isEmpty()) {
      String missing = snippet instanceof DeclarationSnippet d
          ? String.join(", ", shell.unresolvedDependencies(d).collect(Collectors.toList())) : "";
      String message = missing.isEmpty() ? "This code does not compile." : "Cannot be defined until " + missing + " is declared.";
      return new CellError(CellError.Kind.COMPILE, message, origin.line(1), List.of());
    }
    Diag first = errors.get(0);
    long position = first.getStartPosition() >= 0 ? first.getStartPosition() : first.getPosition();
    int line = origin.cell().lineAt(origin.offset() + (int) Math.max(0, position));
    Optional<String> hint = hints.of(shell, snippet);
    if (hint.isPresent()) {
      return new CellError(CellError.Kind.COMPILE, hint.get(), line, List.of());
    }
    // "location: class" names JShell's wrapper class, which means nothing to the reader
    String message = first.getMessage(Locale.ENGLISH).lines()
        .filter(l -> !l.strip().startsWith("location: class")).collect(Collectors.joining("\n"));
    return new CellError(CellError.Kind.COMPILE, message, line, List.of());
  }

  private String describe(JShellException thrown) {
    if (thrown instanceof EvalException e) {
      String message = String.valueOf(e.getMessage());
      if (message.endsWith(TRACE_HINT)) {
        message = message.substring(0, message.length() - TRACE_HINT.length());
      }
      if (USER_MISTAKE.equals(e.getExceptionClassName())) {
        return message;
      }
      return message.equals("null") ? e.getExceptionClassName() : e.getExceptionClassName() + ": " + message;
    }
    if (thrown instanceof UnresolvedReferenceException u) {
      String missing = String.join(", ", shell.unresolvedDependencies(u.getSnippet()).collect(Collectors.toList()));
      return u.getSnippet().source().strip().lines().findFirst().orElse("") + " cannot run until " + missing + " is declared.";
    }
    return String.valueOf(thrown.getMessage());
  }

  /** Hands the value of an expression to the output as the object itself, through {@link Display}. */
  private void showValue(SnippetEvent last, CellCapture capture) {
    String name = valueName(last.snippet());
    if (name == null) {
      return;
    }
    SnippetEvent captured = evalOne(shell, Display.class.getName() + ".capture(" + name + ");");
    if (captured == null) {
      return;
    }
    if (captured.status() != Snippet.Status.VALID || captured.exception() != null) {
      capture.add(last.value());
    }
    shell.drop(captured.snippet());
  }

  private static String valueName(Snippet snippet) {
    if (snippet instanceof VarSnippet v && v.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND) {
      return v.name();
    }
    if (snippet instanceof ExpressionSnippet e && e.subKind() == Snippet.SubKind.VAR_VALUE_SUBKIND) {
      return e.name();
    }
    return null;
  }

  /** The offset of the first code in a snippet's source, past blank lines and line comments. */
  static int codeStart(String source) {
    int i = 0;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (source.startsWith("//", i)) {
        int end = source.indexOf('\n', i);
        i = end < 0 ? source.length() : end + 1;
      } else {
        break;
      }
    }
    return Math.min(i, source.length());
  }
}
