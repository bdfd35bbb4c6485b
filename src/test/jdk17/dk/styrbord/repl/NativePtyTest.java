package dk.styrbord.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import jdk.internal.org.jline.terminal.Attributes;
import jdk.internal.org.jline.terminal.Attributes.ControlChar;
import jdk.internal.org.jline.terminal.Attributes.InputFlag;
import jdk.internal.org.jline.terminal.Attributes.LocalFlag;
import jdk.internal.org.jline.terminal.impl.exec.ExecPty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** NativePty against jline's own ExecPty, which reads {@code stty -a}: the same attributes, before and after a change. */
class NativePtyTest {
  @BeforeEach
  void onLinux() {
    assumeTrue(TerminalSettings.available(), "the C library's terminal calls (Linux, x86-64 or aarch64)");
  }

  @Test
  void readsTheAttributesExecPtyReadsFromStty() throws Exception {
    try (Pseudoterminal pty = Pseudoterminal.open()) {
      assertSame(execAttributes(pty), NativePty.attributes(TerminalSettings.read(pty.terminal)));
      pty.stty("raw", "-echo", "min", "0", "time", "1", "intr", "undef", "quit", "^G", "-opost");
      assertSame(execAttributes(pty), NativePty.attributes(TerminalSettings.read(pty.terminal)));
    }
  }

  @Test
  void setsWhatJlineAsksForAsSttyWouldAndPutsItBack() throws Exception {
    try (Pseudoterminal pty = Pseudoterminal.open()) {
      Attributes before = execAttributes(pty);
      Attributes raw = new Attributes(before); // what jline's enterRawMode asks for
      raw.setLocalFlags(java.util.EnumSet.of(LocalFlag.ICANON, LocalFlag.ECHO, LocalFlag.IEXTEN), false);
      raw.setInputFlags(java.util.EnumSet.of(InputFlag.IXON, InputFlag.ICRNL, InputFlag.INLCR), false);
      raw.setControlChar(ControlChar.VMIN, 0);
      raw.setControlChar(ControlChar.VTIME, 1);

      write(pty, raw);
      assertSame(raw, execAttributes(pty));
      write(pty, before);
      assertSame(before, execAttributes(pty));
    }
  }

  private static void write(Pseudoterminal pty, Attributes a) throws Exception {
    TerminalSettings settings = TerminalSettings.read(pty.terminal);
    NativePty.apply(a, settings);
    settings.write(pty.terminal);
  }

  private static Attributes execAttributes(Pseudoterminal pty) throws Exception {
    return ExecPty.doGetAttr(pty.stty("-a"));
  }

  private static void assertSame(Attributes expected, Attributes actual) {
    assertEquals(List.of(expected.getInputFlags(), expected.getOutputFlags(), expected.getControlFlags(),
            expected.getLocalFlags(), expected.getControlChars()),
        List.of(actual.getInputFlags(), actual.getOutputFlags(), actual.getControlFlags(), actual.getLocalFlags(),
            actual.getControlChars()));
  }
}
