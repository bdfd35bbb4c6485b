package dk.styrbord.repl;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A pseudo-terminal of a test's own (posix_openpt), its terminal side opened, and {@code stty -F} on it:
 * the reference the native terminal calls are checked against.
 */
final class Pseudoterminal implements AutoCloseable {
  private static final int O_RDWR = 02;
  private static final int O_NOCTTY = 0400;

  final int master;
  final int terminal;
  final String name;
  private final List<Integer> opened = new ArrayList<>();

  private Pseudoterminal(int master, int terminal, String name) {
    this.master = master;
    this.terminal = terminal;
    this.name = name;
  }

  /** A new pseudo-terminal pair; fails where the system has none. */
  static Pseudoterminal open() throws IOException {
    C c = C.LIB;
    int master = c.posix_openpt(O_RDWR | O_NOCTTY);
    if (master < 0 || c.grantpt(master) != 0 || c.unlockpt(master) != 0) {
      throw new IOException("no pseudo-terminal: errno " + Native.getLastError());
    }
    String name = c.ptsname(master);
    int terminal = c.open(name, O_RDWR | O_NOCTTY);
    if (terminal < 0) {
      throw new IOException("cannot open " + name + ": errno " + Native.getLastError());
    }
    return new Pseudoterminal(master, terminal, name);
  }

  /** A file descriptor that is no terminal ({@code /dev/null}), closed with this pseudo-terminal. */
  int notATerminal() {
    int fd = C.LIB.open("/dev/null", O_RDWR);
    opened.add(fd);
    return fd;
  }

  /** What {@code stty -F NAME ARGS…} prints; fails when stty does. */
  String stty(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("stty", "-F", name));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IOException(String.join(" ", command) + ": " + out);
    }
    return out;
  }

  @Override
  public void close() {
    opened.forEach(C.LIB::close);
    C.LIB.close(terminal);
    C.LIB.close(master);
  }

  interface C extends Library {
    C LIB = Native.load("c", C.class);

    int posix_openpt(int flags);

    int grantpt(int fd);

    int unlockpt(int fd);

    String ptsname(int fd);

    int open(String path, int flags);

    int close(int fd);
  }
}
