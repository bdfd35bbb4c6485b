package dk.styrbord.repl;

import dk.styrbord.Printable;
import dk.styrbord.WorkbenchException;
import java.io.PrintStream;
import java.lang.instrument.ClassDefinition;
import java.lang.instrument.Instrumentation;
import java.lang.instrument.UnmodifiableClassException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jdk.jshell.JShell;
import jdk.jshell.execution.LocalExecutionControl;

/**
 * Runs snippets in the workbench's own JVM (JShell's "local" engine), with these changes.
 *
 * <ul>
 *   <li>Redefining a method keeps the variables computed from it. The plain local engine cannot
 *       redefine a class, so JShell replaces the snippet and resets every variable that depends
 *       on it to null or 0 (dflib/jjava#128). Here the class is redefined in place through {@link
 *       Instrumentation}, exactly what the remote JDI engine does, so {@code int f(){return 1;}
 *       var v = f(); int f(){return 2;}} leaves {@code v} at 1. A change JShell cannot make in
 *       place (a new signature) still replaces the snippet, and the prompt then says "update
 *       replaced variable v, reset to null": a value never changes silently.
 *   <li>A {@link WorkbenchException} (a user mistake: unknown municipality, damaged file) shows its
 *       one-line message without a stack trace, and so does a mistyped column name ({@link
 *       ColumnHint}); any other exception shows only the snippet's own
 *       lines, and {@code lastError()} prints the full trace.
 *   <li>A value is shown as {@link PromptValue} says: text of several lines as text, not as a
 *       Java string literal. The engine sees the value itself, not only its string: the snippet's
 *       {@code do_it$} method runs inside {@link #runSnippet()}, which JShell's local engine runs
 *       on its snippet thread as it would {@code do_it$}.
 *   <li>{@code /vars} shows each variable in one line ({@link ValueSummary}): JShell's tool asks
 *       the engine's {@link #varValue} for {@code /vars} and nothing else, so a variable typed on
 *       its own still prints whole.
 *   <li>A snippet cannot end the JVM ({@link ExitRefusal}) nor leave threads running when the
 *       session closes ({@link SnippetThreads}); a stack overflow, a dataset that was not loaded
 *       ({@link MissingDatasetHint}) and a refused exit are one line; control characters in
 *       values and messages print escaped ({@link Printable#escapedKeepingLines}).
 * </ul>
 */
public class WorkbenchExecutionControl extends LocalExecutionControl {
  private static final String TRACE_HINT = "   (lastError() shows the full trace)";
  private static final Method RUN_SNIPPET;

  static {
    try {
      RUN_SNIPPET = WorkbenchExecutionControl.class.getDeclaredMethod("runSnippet");
      RUN_SNIPPET.setAccessible(true);
    } catch (NoSuchMethodException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** The snippet running on this thread and the engine running it; the snippet thread inherits it. */
  private static final InheritableThreadLocal<Running> RUNNING = new InheritableThreadLocal<>();

  private record Running(Method doit, WorkbenchExecutionControl engine) {}

  private final JShell session;

  /** The snippet classes loaded so far, in order: where the session's variables live. */
  private final Set<String> snippetClasses = Collections.synchronizedSet(new LinkedHashSet<>());
  private final SnippetThreads threads = new SnippetThreads();
  /** Where the engine says what the session's output cannot: a thread that would not stop. */
  private final PrintStream messages;

  /**
   * An engine for this JShell session (null when it cannot be read; {@code vars()} then says so)
   * that writes its own messages (a thread that would not stop) to {@code messages}.
   */
  WorkbenchExecutionControl(JShell session, PrintStream messages) {
    this.session = session;
    this.messages = messages;
  }

  /** The JShell session whose snippet runs on this thread, or null outside a snippet or when unknown. */
  static JShell runningSession() {
    Running running = RUNNING.get();
    return running == null ? null : running.engine.session;
  }

  @Override
  public void load(ClassBytecodes[] classes)
      throws ClassInstallException, NotImplementedException, EngineTerminationException {
    super.load(refusingExit(classes));
    Arrays.stream(classes).map(ClassBytecodes::name).forEach(snippetClasses::add);
  }

  @Override
  public void redefine(ClassBytecodes[] classes)
      throws ClassInstallException, NotImplementedException, EngineTerminationException {
    Instrumentation inst = RedefiningAgent.instrumentation();
    if (inst == null || !inst.isRedefineClassesSupported()) {
      throw new NotImplementedException("redefine needs the workbench agent (-javaagent)");
    }
    try {
      ClassDefinition[] definitions = new ClassDefinition[classes.length];
      for (int i = 0; i < classes.length; i++) {
        definitions[i] = new ClassDefinition(findClass(classes[i].name()), ExitRefusal.refused(classes[i].bytecodes()));
      }
      inst.redefineClasses(definitions);
    } catch (ClassNotFoundException | UnmodifiableClassException | RuntimeException | LinkageError e) {
      throw new ClassInstallException("redefine: " + e.getMessage(), new boolean[classes.length]);
    }
  }

  @Override
  public String invoke(String className, String methodName)
      throws RunException, InternalException, EngineTerminationException {
    return Printable.escapedKeepingLines(super.invoke(className, methodName));
  }

  @Override
  protected String invoke(Method doitMethod) throws Exception {
    RUNNING.set(new Running(doitMethod, this));
    try {
      return super.invoke(RUN_SNIPPET);
    } finally {
      RUNNING.remove();
    }
  }

  /** Runs the snippet's {@code do_it$} on the snippet thread; its exception passes through unchanged. */
  private static Object runSnippet() throws Throwable {
    RUNNING.get().engine.threads.entered();
    try {
      return PromptValue.of(RUNNING.get().doit.invoke(null));
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Override
  public String varValue(String className, String varName) throws RunException, EngineTerminationException, InternalException {
    Object value;
    try {
      Field variable = findClass(className).getDeclaredField(varName);
      variable.setAccessible(true);
      value = variable.get(null);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new InternalException(e.toString());
    }
    try {
      return Printable.escapedKeepingLines(ValueSummary.of(value, () -> valueString(value)));
    } catch (RuntimeException e) {
      return "(its toString() failed: " + Printable.escaped(String.valueOf(e)) + ")";
    }
  }

  /** Closes the session: the threads its snippets started are stopped first. */
  @Override
  public void close() {
    String notStopped = SnippetThreads.notStopped(threads.stop());
    if (notStopped != null) {
      messages.println(notStopped);
    }
    super.close();
  }

  @Override
  protected String throwConvertedInvocationException(Throwable cause)
      throws RunException, InternalException {
    LastError.record(cause);
    if (cause instanceof WorkbenchException) {
      throw userMistake(cause.getMessage());
    }
    Optional<String> exit = ExitRefusal.message(cause);
    if (exit.isPresent()) {
      throw userMistake(exit.get());
    }
    if (cause instanceof StackOverflowError) {
      throw userMistake("The snippet recursed too deeply (StackOverflowError in " + deepestSnippetMethod(cause)
          + "): a recursion needs a case that returns without calling itself again." + TRACE_HINT);
    }
    Optional<String> dataset = MissingDatasetHint.of(cause);
    if (dataset.isPresent()) {
      throw userMistake(dataset.get());
    }
    Optional<String> column = ColumnHint.of(cause, tableHolders());
    if (column.isPresent()) {
      throw userMistake(column.get());
    }
    if (cause.getClass().getName().startsWith("jdk.jshell")) {
      return super.throwConvertedInvocationException(cause);
    }
    throw new UserException(
        Printable.escapedKeepingLines(String.valueOf(cause.getMessage())) + TRACE_HINT,
        cause.getClass().getName(),
        snippetFrames(cause.getStackTrace()));
  }

  /** A user mistake: its one-line message alone, with control characters (from data) shown escaped. */
  private static UserException userMistake(String message) {
    return new UserException(Printable.escapedKeepingLines(message), "Styrbord", new StackTraceElement[0]);
  }

  /** The method where the recursion overflowed: the innermost snippet frame's, or the innermost frame's. */
  private static String deepestSnippetMethod(Throwable cause) {
    StackTraceElement[] trace = cause.getStackTrace();
    for (StackTraceElement frame : trace) {
      if (frame.getClassName().startsWith("REPL.")) {
        return frame.getMethodName();
      }
    }
    return trace.length == 0 ? "unknown" : trace[0].getClassName() + "." + trace[0].getMethodName();
  }

  /** The classes with their calls that would end the JVM renamed (see {@link ExitRefusal}). */
  private static ClassBytecodes[] refusingExit(ClassBytecodes[] classes) {
    return Arrays.stream(classes)
        .map(c -> new ClassBytecodes(c.name(), ExitRefusal.refused(c.bytecodes())))
        .toArray(ClassBytecodes[]::new);
  }

  /** The classes whose static fields hold the session's tables: the datasets', then the snippets'. */
  private List<Class<?>> tableHolders() {
    List<Class<?>> holders = new ArrayList<>(List.of(DatasetVariables.class));
    List<String> names;
    synchronized (snippetClasses) {
      names = new ArrayList<>(snippetClasses);
    }
    for (String name : names) {
      try {
        holders.add(findClass(name));
      } catch (ClassNotFoundException | LinkageError e) {
        // a class JShell compiled but could not load holds no variable
      }
    }
    return holders;
  }

  private static StackTraceElement[] snippetFrames(StackTraceElement[] trace) {
    return Arrays.stream(trace)
        .filter(frame -> frame.getClassName().startsWith("REPL."))
        .toArray(StackTraceElement[]::new);
  }
}
