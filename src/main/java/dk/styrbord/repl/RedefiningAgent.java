package dk.styrbord.repl;

import java.lang.instrument.Instrumentation;

/**
 * The Java agent the launcher starts with {@code -javaagent:target/styrbord.jar}: it only keeps
 * the JVM's {@link Instrumentation} so that {@link WorkbenchExecutionControl} can redefine a
 * snippet's class in place, as the remote (JDI) engine does.
 */
public final class RedefiningAgent {
  private static volatile Instrumentation instrumentation;

  private RedefiningAgent() {}

  /** Called by the JVM before {@code main} when the jar is given as {@code -javaagent}. */
  public static void premain(String arguments, Instrumentation inst) {
    instrumentation = inst;
  }

  /** The JVM's instrumentation, or null when the workbench was started without the agent. */
  static Instrumentation instrumentation() {
    return instrumentation;
  }
}
