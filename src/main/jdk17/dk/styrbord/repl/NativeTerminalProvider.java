package dk.styrbord.repl;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import jdk.internal.org.jline.terminal.impl.exec.ExecTerminalProvider;
import jdk.internal.org.jline.terminal.spi.Pty;
import jdk.internal.org.jline.terminal.spi.SystemStream;

/**
 * The prompt's terminal provider on JDK 17: jline's {@code exec} provider, but asking the C library
 * ({@link TerminalSettings}) where {@code exec} starts {@code test -t}, {@code tty} or {@code stty}: 21
 * processes for a prompt that opens and closes and 4 more for every line, which at a taken-over spare
 * were about a third of the time to the first answer (one is left: jline's check of exec itself). The JDK's jline finds it under the provider name {@code jni}
 * ({@code META-INF/services/org/jline/terminal/provider/jni}) and tries it before {@code exec}; where
 * it cannot work (another system, another JDK's jline, JNA not loadable) its constructor throws and
 * jline goes on to {@code exec}, as without it. Built only by a JDK 17 (the pom's {@code jdk17-terminal}
 * profile), against the JDK's internal jline, which {@code Add-Exports} in the jar's manifest opens.
 *
 * <p>Example: {@code new NativeTerminalProvider().isSystemStream(SystemStream.Output)} is true at a terminal.
 */
public final class NativeTerminalProvider extends ExecTerminalProvider {
  /** The attribute and size calls go where stty's go: the standard input, which stty inherits. */
  static final int STDIN = 0;

  /** Fails, so that jline passes on to {@code exec}, where this provider would not behave as exec does. */
  public NativeTerminalProvider() {
    if (!TerminalSettings.available()) {
      throw new IllegalStateException("no C library terminal calls on this system");
    }
    requireOverrides(NativeTerminalProvider.class);
    requireOverrides(NativePty.class);
  }

  @Override
  public String name() {
    return "jni";
  }

  @Override
  public boolean isSystemStream(SystemStream stream) {
    return TerminalSettings.isTerminal(descriptor(stream));
  }

  @Override
  public String systemStreamName(SystemStream stream) {
    try {
      return TerminalSettings.deviceName(descriptor(stream));
    } catch (IOException e) {
      return null;
    }
  }

  @Override
  public Pty current(SystemStream stream) throws IOException {
    if (stream != SystemStream.Output && stream != SystemStream.Error) {
      throw new IllegalArgumentException("systemStream should be Output or Error: " + stream);
    }
    return new NativePty(this, stream, TerminalSettings.deviceName(STDIN));
  }

  private static int descriptor(SystemStream stream) {
    return stream.ordinal(); // Input, Output, Error: 0, 1, 2
  }

  /**
   * Checks that each method the class declares overrides one of this JDK's jline (same name, parameters
   * and result): in another jline a method of the same name might not be called at all.
   */
  private static void requireOverrides(Class<?> type) {
    for (Method m : type.getDeclaredMethods()) {
      if (!Modifier.isPrivate(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic()
          && !overridesInSuperclass(type, m)) {
        throw new IllegalStateException("this JDK's jline has no " + m + " to override");
      }
    }
  }

  private static boolean overridesInSuperclass(Class<?> type, Method m) {
    for (Class<?> c = type.getSuperclass(); c != null; c = c.getSuperclass()) {
      try {
        return c.getDeclaredMethod(m.getName(), m.getParameterTypes()).getReturnType().equals(m.getReturnType());
      } catch (NoSuchMethodException e) {
        // look further up
      }
    }
    return false;
  }
}
