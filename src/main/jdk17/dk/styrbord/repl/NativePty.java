package dk.styrbord.repl;

import java.io.IOException;
import java.util.Locale;
import jdk.internal.org.jline.terminal.Attributes;
import jdk.internal.org.jline.terminal.Attributes.ControlChar;
import jdk.internal.org.jline.terminal.Attributes.ControlFlag;
import jdk.internal.org.jline.terminal.Attributes.InputFlag;
import jdk.internal.org.jline.terminal.Attributes.LocalFlag;
import jdk.internal.org.jline.terminal.Attributes.OutputFlag;
import jdk.internal.org.jline.terminal.Size;
import jdk.internal.org.jline.terminal.impl.exec.ExecPty;
import jdk.internal.org.jline.terminal.spi.SystemStream;
import jdk.internal.org.jline.terminal.spi.TerminalProvider;

/**
 * jline's {@code ExecPty} for the prompt's own terminal, reading and setting its attributes and size
 * through the C library ({@link TerminalSettings}) instead of {@code stty}, with stty's names and its
 * rules: only the flags stty shows, a control character set only where jline gives one (not -1), and
 * only once what was written has been sent. Its streams are ExecPty's (the standard ones).
 *
 * <p>Example: {@code new NativeTerminalProvider().current(SystemStream.Output).getAttr()}.
 */
final class NativePty extends ExecPty {
  NativePty(TerminalProvider provider, SystemStream stream, String name) {
    super(provider, stream, name);
  }

  @Override
  public Attributes getAttr() throws IOException {
    return attributes(TerminalSettings.read(NativeTerminalProvider.STDIN));
  }

  @Override
  protected void doSetAttr(Attributes attributes) throws IOException {
    TerminalSettings settings = TerminalSettings.read(NativeTerminalProvider.STDIN);
    apply(attributes, settings);
    settings.write(NativeTerminalProvider.STDIN);
  }

  @Override
  public Size getSize() throws IOException {
    TerminalSettings.WindowSize size = TerminalSettings.windowSize(NativeTerminalProvider.STDIN);
    return new Size(size.columns(), size.rows());
  }

  @Override
  public void setSize(Size size) throws IOException {
    TerminalSettings.resize(NativeTerminalProvider.STDIN, new TerminalSettings.WindowSize(size.getRows(), size.getColumns()));
  }

  /** The attributes as ExecPty reads them from {@code stty -a}: a flag only where stty shows it. */
  static Attributes attributes(TerminalSettings settings) {
    Attributes a = new Attributes();
    for (InputFlag f : InputFlag.values()) {
      settings.flag(name(f)).ifPresent(on -> a.setInputFlag(f, on));
    }
    for (OutputFlag f : OutputFlag.values()) {
      settings.flag(name(f)).ifPresent(on -> a.setOutputFlag(f, on));
    }
    for (ControlFlag f : ControlFlag.values()) {
      settings.flag(name(f)).ifPresent(on -> a.setControlFlag(f, on));
    }
    for (LocalFlag f : LocalFlag.values()) {
      settings.flag(name(f)).ifPresent(on -> a.setLocalFlag(f, on));
    }
    for (ControlChar c : ControlChar.values()) {
      settings.controlCharacter(name(c)).ifPresent(v -> a.setControlChar(c, v));
    }
    return a;
  }

  /** Sets on {@code settings} what ExecPty would pass to stty: each flag stty knows, each character jline gives. */
  static void apply(Attributes a, TerminalSettings settings) {
    for (InputFlag f : InputFlag.values()) {
      set(settings, name(f), a.getInputFlag(f));
    }
    for (OutputFlag f : OutputFlag.values()) {
      set(settings, name(f), a.getOutputFlag(f));
    }
    for (ControlFlag f : ControlFlag.values()) {
      set(settings, name(f), a.getControlFlag(f));
    }
    for (LocalFlag f : LocalFlag.values()) {
      set(settings, name(f), a.getLocalFlag(f));
    }
    for (ControlChar c : ControlChar.values()) {
      int v = a.getControlChar(c);
      if (v >= 0 && settings.controlCharacter(name(c)).isPresent()) {
        settings.setControlCharacter(name(c), v);
      }
    }
  }

  private static void set(TerminalSettings settings, String name, boolean on) {
    if (settings.flag(name).isPresent()) {
      settings.setFlag(name, on);
    }
  }

  private static String name(Enum<?> flag) {
    return flag.name().toLowerCase(Locale.ROOT);
  }

  /** A control character's stty name: jline's without its V, and {@code rprnt} for VREPRINT. */
  private static String name(ControlChar c) {
    return c == ControlChar.VREPRINT ? "rprnt" : c.name().substring(1).toLowerCase(Locale.ROOT);
  }
}
