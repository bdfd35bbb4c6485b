package dk.styrbord.repl;

import dk.styrbord.WorkbenchException;
import java.lang.instrument.ClassDefinition;
import java.lang.instrument.Instrumentation;
import java.lang.instrument.UnmodifiableClassException;
import java.util.Arrays;
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
 *       one-line message without a stack trace; any other exception shows only the snippet's own
 *       lines, and {@code lastError()} prints the full trace.
 * </ul>
 */
public class WorkbenchExecutionControl extends LocalExecutionControl {

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
  protected String throwConvertedInvocationException(Throwable cause)
      throws RunException, InternalException {
    LastError.record(cause);
    if (cause instanceof WorkbenchException) {
      throw new UserException(cause.getMessage(), "Styrbord", new StackTraceElement[0]);
    }
    if (cause.getClass().getName().startsWith("jdk.jshell")) {
      return super.throwConvertedInvocationException(cause);
    }
    throw new UserException(
        String.valueOf(cause.getMessage()) + "   (lastError() shows the full trace)",
        cause.getClass().getName(),
        snippetFrames(cause.getStackTrace()));
  }

  private static StackTraceElement[] snippetFrames(StackTraceElement[] trace) {
    return Arrays.stream(trace)
        .filter(frame -> frame.getClassName().startsWith("REPL."))
        .toArray(StackTraceElement[]::new);
  }
}
