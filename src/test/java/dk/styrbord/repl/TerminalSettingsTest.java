package dk.styrbord.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TerminalSettingsTest {
  /** Every flag and character the class knows, as GNU stty -a names them on Linux. */
  private static final List<String> FLAGS = List.of("ignbrk", "brkint", "ignpar", "parmrk", "inpck", "istrip",
      "inlcr", "igncr", "icrnl", "iuclc", "ixon", "ixany", "ixoff", "imaxbel", "iutf8", "opost", "olcuc", "onlcr",
      "ocrnl", "onocr", "onlret", "ofill", "ofdel", "cstopb", "cread", "parenb", "parodd", "hupcl", "clocal",
      "isig", "icanon", "xcase", "echo", "echoe", "echok", "echonl", "noflsh", "tostop", "echoctl", "echoprt",
      "echoke", "flusho", "iexten", "extproc");
  private static final List<String> CHARACTERS = List.of("intr", "quit", "erase", "kill", "eof", "eol", "eol2",
      "swtch", "start", "stop", "susp", "rprnt", "werase", "lnext", "discard", "min", "time");

  @BeforeEach
  void onLinux() {
    assumeTrue(TerminalSettings.available(), "the C library's terminal calls (Linux, x86-64 or aarch64)");
  }

  @Test
  void readsEveryFlagAndCharacterAsSttyShowsThem() throws Exception {
    try (Pseudoterminal pty = Pseudoterminal.open()) {
      assertSameAsStty(pty); // a new terminal's defaults
      pty.stty("raw", "-echo", "min", "0", "time", "3", "intr", "undef", "iutf8", "-opost", "echoprt");
      assertSameAsStty(pty);
      pty.stty("sane", "-icanon", "tostop", "quit", "^G");
      assertSameAsStty(pty);
    }
  }

  @Test
  void whatItWritesSttyReads() throws Exception {
    try (Pseudoterminal pty = Pseudoterminal.open()) {
      TerminalSettings s = TerminalSettings.read(pty.terminal);
      s.setFlag("icanon", false);
      s.setFlag("echo", false);
      s.setFlag("icrnl", false);
      s.setFlag("cs8", false); // a character size is chosen, not turned off: stays cs8
      s.setControlCharacter("min", 0);
      s.setControlCharacter("time", 1);
      s.setControlCharacter("intr", 0);
      s.setControlCharacter("quit", 7); // ^G
      s.write(pty.terminal);

      String stty = pty.stty("-a");
      assertEquals(List.of("-icanon", "-echo", "-icrnl", "cs8"),
          List.of(flagIn(stty, "icanon"), flagIn(stty, "echo"), flagIn(stty, "icrnl"), flagIn(stty, "cs8")));
      assertEquals(Map.of("min", "0", "time", "1", "intr", "<undef>", "quit", "^G"), Map.of(
          "min", characterIn(stty, "min"), "time", characterIn(stty, "time"),
          "intr", characterIn(stty, "intr"), "quit", characterIn(stty, "quit")));
      assertEquals(OptionalInt.of(-1), TerminalSettings.read(pty.terminal).controlCharacter("intr"), "off reads as stty's <undef>");
      assertEquals(OptionalInt.of(0), TerminalSettings.read(pty.terminal).controlCharacter("min"), "min is a number");
    }
  }

  /** stty -g gives the four flag words and the characters in hex: a write keeps all it was not asked to change, the speed too. */
  @Test
  void aWriteChangesOnlyWhatWasSet() throws Exception {
    try (Pseudoterminal pty = Pseudoterminal.open()) {
      pty.stty("9600", "iutf8", "-echok");
      String before = pty.stty("-g").strip();
      TerminalSettings.read(pty.terminal).write(pty.terminal);
      assertEquals(before, pty.stty("-g").strip(), "read and written back unchanged");

      TerminalSettings s = TerminalSettings.read(pty.terminal);
      s.setFlag("echo", false);
      s.write(pty.terminal);
      String[] expected = before.split(":");
      expected[3] = Integer.toHexString(Integer.parseInt(expected[3], 16) & ~010);
      assertEquals(String.join(":", expected), pty.stty("-g").strip(), "only echo's bit of the local word");
    }
  }

  @Test
  void theSizeIsTheOneSttyGivesAndSets() throws Exception {
    try (Pseudoterminal pty = Pseudoterminal.open()) {
      pty.stty("rows", "31", "cols", "107");
      assertEquals(new TerminalSettings.WindowSize(31, 107), TerminalSettings.windowSize(pty.terminal));
      TerminalSettings.resize(pty.terminal, new TerminalSettings.WindowSize(44, 132));
      assertEquals("44 132", pty.stty("size").strip());
    }
  }

  @Test
  void aTerminalIsToldFromAFileAndNamed() throws Exception {
    try (Pseudoterminal pty = Pseudoterminal.open()) {
      assertTrue(TerminalSettings.isTerminal(pty.terminal));
      assertFalse(TerminalSettings.isTerminal(pty.notATerminal()));
      assertEquals(pty.name, TerminalSettings.deviceName(pty.terminal));
      int file = pty.notATerminal();
      java.io.IOException e = assertThrows(java.io.IOException.class, () -> TerminalSettings.read(file));
      assertTrue(e.getMessage().startsWith("tcgetattr on file descriptor " + file + " failed (errno 25)"), e.getMessage()); // ENOTTY
    }
  }

  @Test
  void namesSttyDoesNotShowOnLinuxAreUnknown() throws Exception {
    try (Pseudoterminal pty = Pseudoterminal.open()) {
      TerminalSettings s = TerminalSettings.read(pty.terminal);
      assertEquals(Optional.empty(), s.flag("oxtabs"));
      assertEquals(OptionalInt.empty(), s.controlCharacter("status"));
      assertThrows(IllegalArgumentException.class, () -> s.setFlag("altwerase", true));
    }
  }

  private static void assertSameAsStty(Pseudoterminal pty) throws Exception {
    String stty = pty.stty("-a");
    TerminalSettings s = TerminalSettings.read(pty.terminal);
    Map<String, String> expected = new LinkedHashMap<>();
    Map<String, String> actual = new LinkedHashMap<>();
    for (String flag : FLAGS) {
      expected.put(flag, flagIn(stty, flag));
      actual.put(flag, s.flag(flag).map(on -> on ? flag : "-" + flag).orElse("unknown"));
    }
    for (String size : List.of("cs5", "cs6", "cs7", "cs8")) {
      expected.put(size, flagIn(stty, size));
      actual.put(size, s.flag(size).map(on -> on ? size : "-" + size).orElse("unknown"));
    }
    for (String c : CHARACTERS) {
      expected.put(c, characterIn(stty, c));
      actual.put(c, shown(c, s.controlCharacter(c).orElseThrow()));
    }
    assertEquals(expected, actual, stty);
  }

  /** {@code flag} or {@code -flag} as stty -a shows it; a character size absent from it is not in force. */
  private static String flagIn(String stty, String flag) {
    Matcher m = Pattern.compile("(?:^|\\s)(-?" + flag + ")(?=\\s|$)").matcher(stty);
    if (m.find()) {
      return m.group(1);
    }
    assertTrue(flag.matches("cs[5-8]"), "stty -a shows " + flag);
    return "-" + flag;
  }

  private static String characterIn(String stty, String name) {
    Matcher m = Pattern.compile("(?:^|[\\s;])" + name + " = ([^;]+);").matcher(stty);
    assertTrue(m.find(), "stty -a shows " + name);
    return m.group(1);
  }

  /** A character's code written as stty writes it: ^C, ^?, M-x, <undef>, or a number for min and time. */
  private static String shown(String name, int code) {
    if (name.equals("min") || name.equals("time")) {
      return Integer.toString(code);
    }
    if (code < 0) {
      return "<undef>";
    }
    String meta = code >= 128 ? "M-" : "";
    int c = code & 0x7f;
    return meta + (c == 127 ? "^?" : c < 32 ? "^" + (char) (c + 64) : String.valueOf((char) c));
  }
}
