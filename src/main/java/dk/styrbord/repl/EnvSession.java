package dk.styrbord.repl;

import java.lang.reflect.Field;
import jdk.jshell.JShell;
import jdk.jshell.spi.ExecutionEnv;

/**
 * The JShell session an engine is made for. JShell's execution SPI hands an engine only an {@link
 * ExecutionEnv}; in the JDK (17 to 25) that is an inner class of {@link JShell} whose {@code this$0}
 * field is the session itself. The launcher opens {@code jdk.jshell/jdk.jshell} to read it.
 *
 * <p>Example: {@code JShell session = EnvSession.of(env);} (null where it cannot be read).
 */
final class EnvSession {
  private EnvSession() {}

  /** The session behind {@code env}, or null when the JDK does not let it be read. */
  static JShell of(ExecutionEnv env) {
    try {
      Field outer = env.getClass().getDeclaredField("this$0");
      outer.setAccessible(true);
      return (JShell) outer.get(env);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }
}
