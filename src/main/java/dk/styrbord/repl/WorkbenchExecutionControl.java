package dk.styrbord.repl;

import dk.styrbord.Printable;
import dk.styrbord.WorkbenchException;
import java.io.PrintStream;
import java.lang.instrument.ClassDefinition;
import java.lang.instrument.Instrumentation;
import java.lang.instrument.UnmodifiableClassException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jdk.jshell.execution.LocalExecutionControl;

/**
 * Runs snippets in the workbench's own JVM (JShell's "local" engine), with two changes.
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
 * </ul>
 */
public class WorkbenchExecutionControl extends LocalExecutionControl {
  private static final String TRACE_HINT = "   (lastError() shows the full trace)";
  /** The snippet classes loaded so far, in order: where the session's variables live. */
  private final Set<String> snippetClasses = Collections.synchronizedSet(new LinkedHashSet<>());
  private final SnippetThreads threads = new SnippetThreads();
  /** Where the engine says what the session's output cannot: a thread that would not stop. */
  private final PrintStream messages;

  /** An engine that writes its own messages (a thread that would not stop) to {@code messages}. */
  WorkbenchExecutionControl(PrintStream messages) {
    this.messages = messages;
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
    return threads.run(() -> super.invoke(doitMethod));
  }

  @Override
  public String varValue(String className, String varName)
      throws RunException, EngineTerminationException, InternalException {
    return Printable.escapedKeepingLines(super.varValue(className, varName));
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
