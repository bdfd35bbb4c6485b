package dk.styrbord.repl;

import dk.styrbord.WorkbenchException;
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
 * </ul>
 */
public class WorkbenchExecutionControl extends LocalExecutionControl {
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

  /** An engine for this JShell session (null when it cannot be read; {@code vars()} then says so). */
  WorkbenchExecutionControl(JShell session) {
    this.session = session;
  }

  /** The JShell session whose snippet runs on this thread, or null outside a snippet or when unknown. */
  static JShell runningSession() {
    Running running = RUNNING.get();
    return running == null ? null : running.engine.session;
  }

  @Override
  public void load(ClassBytecodes[] classes)
      throws ClassInstallException, NotImplementedException, EngineTerminationException {
    super.load(classes);
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
        definitions[i] = new ClassDefinition(findClass(classes[i].name()), classes[i].bytecodes());
      }
      inst.redefineClasses(definitions);
    } catch (ClassNotFoundException | UnmodifiableClassException | RuntimeException | LinkageError e) {
      throw new ClassInstallException("redefine: " + e.getMessage(), new boolean[classes.length]);
    }
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
      return ValueSummary.of(value, () -> valueString(value));
    } catch (RuntimeException e) {
      return "(its toString() failed: " + e + ")";
    }
  }

  @Override
  protected String throwConvertedInvocationException(Throwable cause)
      throws RunException, InternalException {
    LastError.record(cause);
    if (cause instanceof WorkbenchException) {
      throw new UserException(cause.getMessage(), "Styrbord", new StackTraceElement[0]);
    }
    Optional<String> column = ColumnHint.of(cause, tableHolders());
    if (column.isPresent()) {
      throw new UserException(column.get(), "Styrbord", new StackTraceElement[0]);
    }
    if (cause.getClass().getName().startsWith("jdk.jshell")) {
      return super.throwConvertedInvocationException(cause);
    }
    throw new UserException(
        String.valueOf(cause.getMessage()) + "   (lastError() shows the full trace)",
        cause.getClass().getName(),
        snippetFrames(cause.getStackTrace()));
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
