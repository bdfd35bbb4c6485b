package dk.styrbord.repl;

import java.lang.instrument.Instrumentation;

/**
 * The Java agent that keeps the JVM's {@link Instrumentation} so that {@link WorkbenchExecutionControl}
 * can redefine a snippet's class in place, as the remote (JDI) engine does. {@code java -jar
 * styrbord.jar} starts it through the jar manifest's {@code Launcher-Agent-Class}; the tests start
 * it with {@code -javaagent:target/styrbord-agent.jar}.
 */
public final class RedefiningAgent {
  private static volatile Instrumentation instrumentation;

  private RedefiningAgent() {}

  /** Called by the JVM before {@code main} when the jar is given as {@code -javaagent}. */
  public static void premain(String arguments, Instrumentation inst) {
    instrumentation = inst;
  }

  /** Called by the JVM before {@code main} when the jar started with {@code java -jar} names this class as its launcher agent. */
  public static void agentmain(String arguments, Instrumentation inst) {
    instrumentation = inst;
  }

  /** The JVM's instrumentation, or null when the workbench was started without the agent. */
  static Instrumentation instrumentation() {
    return instrumentation;
  }
}
