package dk.styrbord.repl;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A terminal's settings (its POSIX termios) read and written through the C library, flag by flag under
 * the names {@code stty -a} gives them, with the terminal's size and name: what the prompt's terminal
 * provider asks the terminal for without starting {@code stty}. Only the flags and characters that GNU
 * stty shows on Linux are known here, so that a prompt sees the same settings as through stty. Linux on
 * x86-64 and aarch64 only (the layout of {@code struct termios} below); {@link #available()} says.
 *
 * <p>Example: {@code TerminalSettings.read(0).flag("icanon")} is {@code Optional[true]} at a terminal in
 * line mode.
 */
final class TerminalSettings {
  private static final int SIZE = 60; // glibc's struct termios: 4 flag words, c_line, c_cc[32], 2 speeds
  private static final int CC_OFFSET = 17;
  private static final int TCSADRAIN = 1; // as stty sets: after what was written has been sent
  private static final long TIOCGWINSZ = 0x5413;
  private static final long TIOCSWINSZ = 0x5414;
  private static final int CSIZE = 060;

  /** The four flag words of struct termios, in its order. */
  private static final int INPUT = 0;
  private static final int OUTPUT = 1;
  private static final int CONTROL = 2;
  private static final int LOCAL = 3;

  /** A flag's place: its word and its bit in it. */
  private record Bit(int word, int mask) {}

  /** stty's flag name to its word and bit (asm-generic/termbits.h). */
  private static final Map<String, Bit> FLAGS = Map.ofEntries(
      Map.entry("ignbrk", input(01)), Map.entry("brkint", input(02)),
      Map.entry("ignpar", input(04)), Map.entry("parmrk", input(010)),
      Map.entry("inpck", input(020)), Map.entry("istrip", input(040)),
      Map.entry("inlcr", input(0100)), Map.entry("igncr", input(0200)),
      Map.entry("icrnl", input(0400)), Map.entry("iuclc", input(01000)),
      Map.entry("ixon", input(02000)), Map.entry("ixany", input(04000)),
      Map.entry("ixoff", input(010000)), Map.entry("imaxbel", input(020000)),
      Map.entry("iutf8", input(040000)),
      Map.entry("opost", output(01)), Map.entry("olcuc", output(02)),
      Map.entry("onlcr", output(04)), Map.entry("ocrnl", output(010)),
      Map.entry("onocr", output(020)), Map.entry("onlret", output(040)),
      Map.entry("ofill", output(0100)), Map.entry("ofdel", output(0200)),
      Map.entry("cstopb", control(0100)), Map.entry("cread", control(0200)),
      Map.entry("parenb", control(0400)), Map.entry("parodd", control(01000)),
      Map.entry("hupcl", control(02000)), Map.entry("clocal", control(04000)),
      Map.entry("isig", local(01)), Map.entry("icanon", local(02)),
      Map.entry("xcase", local(04)), Map.entry("echo", local(010)),
      Map.entry("echoe", local(020)), Map.entry("echok", local(040)),
      Map.entry("echonl", local(0100)), Map.entry("noflsh", local(0200)),
      Map.entry("tostop", local(0400)), Map.entry("echoctl", local(01000)),
      Map.entry("echoprt", local(02000)), Map.entry("echoke", local(04000)),
      Map.entry("flusho", local(010000)), Map.entry("iexten", local(0100000)),
      Map.entry("extproc", local(0200000)));

  /** The character sizes, which stty names by the one in force (cs8): their values in the control word's CSIZE bits. */
  private static final Map<String, Integer> CHARACTER_SIZES = Map.of("cs5", 0, "cs6", 020, "cs7", 040, "cs8", 060);

  /** stty's control character name to its index in c_cc. */
  private static final Map<String, Integer> CHARACTERS = Map.ofEntries(
      Map.entry("intr", 0), Map.entry("quit", 1), Map.entry("erase", 2), Map.entry("kill", 3),
      Map.entry("eof", 4), Map.entry("time", 5), Map.entry("min", 6), Map.entry("swtch", 7),
      Map.entry("start", 8), Map.entry("stop", 9), Map.entry("susp", 10), Map.entry("eol", 11),
      Map.entry("rprnt", 12), Map.entry("discard", 13), Map.entry("werase", 14), Map.entry("lnext", 15),
      Map.entry("eol2", 16));

  private final ByteBuffer termios;

  private TerminalSettings(byte[] termios) {
    this.termios = ByteBuffer.wrap(termios).order(ByteOrder.nativeOrder());
  }

  /** The terminal size in characters. */
  record WindowSize(int rows, int columns) {}

  /** True where this class can work: Linux on x86-64 or aarch64, with JNA's native part loaded. */
  static boolean available() {
    return Holder.C != null;
  }

  /** Whether the file descriptor is a terminal ({@code isatty}). */
  static boolean isTerminal(int fd) {
    return c().isatty(fd) == 1;
  }

  /** The terminal device's name ({@code ttyname}), for example {@code /dev/pts/3}. */
  static String deviceName(int fd) throws IOException {
    String name = c().ttyname(fd);
    if (name == null) {
      throw failure("ttyname", fd);
    }
    return name;
  }

  /** The settings of the terminal at the file descriptor ({@code tcgetattr}). */
  static TerminalSettings read(int fd) throws IOException {
    byte[] termios = new byte[SIZE];
    if (c().tcgetattr(fd, termios) != 0) {
      throw failure("tcgetattr", fd);
    }
    return new TerminalSettings(termios);
  }

  /** Sets these settings on the terminal at the file descriptor ({@code tcsetattr}, once what was written has gone). */
  void write(int fd) throws IOException {
    if (c().tcsetattr(fd, TCSADRAIN, termios.array()) != 0) {
      throw failure("tcsetattr", fd);
    }
  }

  /** The terminal's size ({@code ioctl TIOCGWINSZ}). */
  static WindowSize windowSize(int fd) throws IOException {
    short[] size = new short[4];
    if (c().ioctl(fd, new NativeLong(TIOCGWINSZ), size) != 0) {
      throw failure("ioctl(TIOCGWINSZ)", fd);
    }
    return new WindowSize(Short.toUnsignedInt(size[0]), Short.toUnsignedInt(size[1]));
  }

  /** Sets the terminal's size ({@code ioctl TIOCSWINSZ}). */
  static void resize(int fd, WindowSize size) throws IOException {
    short[] words = {(short) size.rows(), (short) size.columns(), 0, 0};
    if (c().ioctl(fd, new NativeLong(TIOCSWINSZ), words) != 0) {
      throw failure("ioctl(TIOCSWINSZ)", fd);
    }
  }

  /** A flag by its stty name ({@code icanon}, {@code cs8}, …); empty for a name that stty does not show on Linux. */
  Optional<Boolean> flag(String name) {
    Integer size = CHARACTER_SIZES.get(name);
    if (size != null) {
      return Optional.of((word(CONTROL) & CSIZE) == size);
    }
    Bit bit = FLAGS.get(name);
    return bit == null ? Optional.empty() : Optional.of((word(bit.word()) & bit.mask()) != 0);
  }

  /** Sets a flag that {@link #flag} knows; a character size can only be chosen ({@code cs7}), not turned off. */
  void setFlag(String name, boolean on) {
    Integer size = CHARACTER_SIZES.get(name);
    if (size != null) {
      if (on) {
        setWord(CONTROL, (word(CONTROL) & ~CSIZE) | size);
      }
      return;
    }
    Bit bit = known(FLAGS, name);
    setWord(bit.word(), on ? word(bit.word()) | bit.mask() : word(bit.word()) & ~bit.mask());
  }

  /**
   * A control character by its stty name ({@code intr}, {@code min}, …): its code, or -1 where it is
   * off (stty's {@code <undef>}); {@code min} and {@code time} are numbers. Empty for an unknown name.
   */
  OptionalInt controlCharacter(String name) {
    Integer index = CHARACTERS.get(name);
    if (index == null) {
      return OptionalInt.empty();
    }
    int value = Byte.toUnsignedInt(termios.get(CC_OFFSET + index));
    return OptionalInt.of(value == 0 && !isNumber(name) ? -1 : value);
  }

  /** Sets a control character that {@link #controlCharacter} knows; 0 turns it off (as -1 reads). */
  void setControlCharacter(String name, int value) {
    int index = known(CHARACTERS, name);
    termios.put(CC_OFFSET + index, (byte) (value < 0 ? 0 : value));
  }

  private static boolean isNumber(String name) {
    return name.equals("min") || name.equals("time");
  }

  private int word(int i) {
    return termios.getInt(4 * i);
  }

  private void setWord(int i, int value) {
    termios.putInt(4 * i, value);
  }

  private static Bit input(int mask) {
    return new Bit(INPUT, mask);
  }

  private static Bit output(int mask) {
    return new Bit(OUTPUT, mask);
  }

  private static Bit control(int mask) {
    return new Bit(CONTROL, mask);
  }

  private static Bit local(int mask) {
    return new Bit(LOCAL, mask);
  }

  private static <T> T known(Map<String, T> names, String name) {
    T value = names.get(name);
    if (value == null) {
      throw new IllegalArgumentException("not a terminal setting stty shows on Linux: " + name);
    }
    return value;
  }

  private static IOException failure(String call, int fd) {
    return new IOException(call + " on file descriptor " + fd + " failed (errno " + Native.getLastError() + ")");
  }

  private static CLibrary c() {
    if (Holder.C == null) {
      throw new IllegalStateException("the C library's terminal calls are not available here (see TerminalSettings.available())");
    }
    return Holder.C;
  }

  /** The C library, loaded on first use; null where the layout above does not hold or JNA cannot load. */
  private static final class Holder {
    static final CLibrary C = load();

    private static CLibrary load() {
      String arch = System.getProperty("os.arch", "");
      if (!System.getProperty("os.name", "").equals("Linux") || !(arch.equals("amd64") || arch.equals("aarch64"))) {
        return null;
      }
      try {
        return Native.load("c", CLibrary.class);
      } catch (LinkageError | RuntimeException e) {
        return null; // no native JNA part for this machine, or no place to unpack it: stty is used
      }
    }
  }

  /** The C library's calls used here. */
  interface CLibrary extends Library {
    int isatty(int fd);

    String ttyname(int fd);

    int tcgetattr(int fd, byte[] termios);

    int tcsetattr(int fd, int when, byte[] termios);

    int ioctl(int fd, NativeLong request, short[] words);
  }
}
