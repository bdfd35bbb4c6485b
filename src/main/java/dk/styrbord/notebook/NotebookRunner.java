package dk.styrbord.notebook;

import dk.styrbord.WorkbenchException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
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
 * Runs a notebook's cells in order in one JShell session, as at the prompt: a cell is cut into
 * snippets with {@code analyzeCompletion}, each snippet is evaluated alone, and every snippet's
 * place in the file is kept so that compiler messages and stack frames ({@code #id:line}) point at
 * notebook lines. The first failing cell stops the run; the cells after it are not run.
 *
 * <p>Example: {@code new NotebookRunner(setup).run(Notebook.read(path), NotebookRunner.Progress.NONE)}.
 */
public final class NotebookRunner {
  private static final String TRACE_HINT = "   (lastError() shows the full trace)";
  /** The exception class name the workbench's engine gives a user mistake (WorkbenchException). */
  private static final String USER_MISTAKE = "Styrbord";

  private final ShellSetup setup;

  /** A runner whose JShells are made from this setup. */
  public NotebookRunner(ShellSetup setup) {
    this.setup = setup;
  }

  /** Told as each cell starts and ends, e.g. to print progress. */
  public interface Progress {
    /** Reports nothing. */
    Progress NONE = new Progress() {};

    /** A cell starts. */
    default void started(Cell cell, int cells) {}

    /** A cell ended (or was not run). */
    default void finished(CellResult result, int cells) {}
  }

  /** Where a snippet came from: a cell, and the snippet's offset in the cell's code. */
  private record Origin(Cell cell, int offset) {
    int line(int lineInSnippet) {
      return cell.lineAt(offset) + lineInSnippet - 1;
    }
  }

  /**
   * Runs every cell and returns one result per cell. Fails with a {@link WorkbenchException} only
   * when the start-up itself fails (then the data or the build is broken, not the notebook).
   */
  public List<CellResult> run(Notebook notebook, Progress progress) {
    List<CellResult> results = new ArrayList<>();
    try (JShell shell = open()) {
      Map<String, Origin> origins = new HashMap<>();
      boolean failed = false;
      int n = notebook.cells().size();
      for (Cell cell : notebook.cells()) {
        CellResult result;
        if (failed) {
          result = CellResult.notRun(cell);
        } else {
          progress.started(cell, n);
          result = runCell(shell, cell, origins);
          failed = result.status() == CellResult.Status.FAILED;
        }
        results.add(result);
        progress.finished(result, n);
      }
    }
    return results;
  }

  private JShell open() {
    JShell shell = JShell.builder().executionEngine(setup.engine()).build();
    for (String entry : setup.classPath()) {
      shell.addToClasspath(entry);
    }
    try (CellCapture quiet = CellCapture.begin()) {
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
    return shell;
  }

  private CellResult runCell(JShell shell, Cell cell, Map<String, Origin> origins) {
    long start = System.nanoTime();
    CellError error = null;
    List<Output> outputs;
    try (CellCapture capture = CellCapture.begin()) {
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
        SnippetEvent event = source.isBlank() ? null : evalOne(shell, source);
        if (event == null) {
          continue;
        }
        origins.put(event.snippet().id(), origin);
        error = errorOf(shell, event, origin, origins);
        if (error != null) {
          break;
        }
        last = event;
      }
      if (error == null && last != null) {
        showValue(shell, last, capture);
      }
      outputs = capture.outputs();
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    CellResult.Status status = error == null ? CellResult.Status.OK : CellResult.Status.FAILED;
    return new CellResult(cell, status, outputs, error, millis);
  }

  private static SnippetEvent evalOne(JShell shell, String source) {
    for (SnippetEvent e : shell.eval(source)) {
      if (e.causeSnippet() == null) {
        return e;
      }
    }
    return null;
  }

  private static CellError errorOf(JShell shell, SnippetEvent event, Origin origin, Map<String, Origin> origins) {
    Snippet snippet = event.snippet();
    if (event.status() == Snippet.Status.REJECTED || event.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
      return compileError(shell, snippet, origin);
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
    return new CellError(CellError.Kind.EXCEPTION, describe(shell, thrown), line, trace);
  }

  private static CellError compileError(JShell shell, Snippet snippet, Origin origin) {
    List<Diag> errors = shell.diagnostics(snippet).filter(Diag::isError).collect(Collectors.toList());
    if (errors.isEmpty()) {
      String missing = snippet instanceof jdk.jshell.DeclarationSnippet d
          ? String.join(", ", shell.unresolvedDependencies(d).collect(Collectors.toList())) : "";
      String message = missing.isEmpty() ? "This code does not compile." : "Cannot be defined until " + missing + " is declared.";
      return new CellError(CellError.Kind.COMPILE, message, origin.line(1), List.of());
    }
    Diag first = errors.get(0);
    long position = first.getStartPosition() >= 0 ? first.getStartPosition() : first.getPosition();
    int line = origin.cell().lineAt(origin.offset() + (int) Math.max(0, position));
    // "location: class" names JShell's wrapper class, which means nothing to the reader
    String message = first.getMessage(Locale.ENGLISH).lines()
        .filter(l -> !l.strip().startsWith("location: class")).collect(Collectors.joining("\n"));
    return new CellError(CellError.Kind.COMPILE, message, line, List.of());
  }

  private static String describe(JShell shell, JShellException thrown) {
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

  /** Hands the value of an expression to the report as the object itself, through {@link Display}. */
  private static void showValue(JShell shell, SnippetEvent last, CellCapture capture) {
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
