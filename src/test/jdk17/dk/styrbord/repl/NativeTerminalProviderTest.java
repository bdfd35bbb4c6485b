package dk.styrbord.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import jdk.internal.org.jline.terminal.impl.exec.ExecTerminalProvider;
import jdk.internal.org.jline.terminal.spi.SystemStream;
import jdk.internal.org.jline.terminal.spi.TerminalProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeTerminalProviderTest {
  @TempDir Path dir;

  @BeforeEach
  void onLinux() {
    assumeTrue(TerminalSettings.available(), "the C library's terminal calls (Linux, x86-64 or aarch64)");
  }

  @Test
  void jlineFindsItUnderItsNameAndTellsTerminalsAsExecDoes() throws IOException {
    TerminalProvider found = TerminalProvider.load("jni");
    assertEquals(NativeTerminalProvider.class, found.getClass());
    ExecTerminalProvider exec = new ExecTerminalProvider();
    for (SystemStream s : SystemStream.values()) {
      assertEquals(exec.isSystemStream(s), found.isSystemStream(s), s.name());
    }
  }

  /**
   * The prompt at a pseudo-terminal (util-linux script), with stty, tty and test on the PATH as scripts
   * that note each call: with this provider no stty and no tty runs, where jline's exec provider (turned
   * off here with org.jline.terminal.jni=false) runs them for the console and for each line.
   */
  @Test
  void aPromptAtATerminalStartsNoSttyAndAnswers() throws Exception {
    assumeTrue(onPath("script").isPresent(), "util-linux script");
    List<String> withProvider = promptAtTerminal(List.of());
    List<String> withExec = promptAtTerminal(List.of("-Dorg.jline.terminal.jni=false"));

    assertTrue(withExec.stream().filter(c -> c.startsWith("stty")).count() >= 8, "exec runs stty: " + withExec);
    assertEquals(List.of(), withProvider.stream().filter(c -> c.startsWith("stty") || c.startsWith("tty")).toList());
  }

  /** Runs 1 + 1 at the prompt under a pseudo-terminal and returns the noted commands; fails without the answer. */
  private List<String> promptAtTerminal(List<String> options) throws Exception {
    Path bin = Files.createDirectories(dir.resolve("bin" + options.size()));
    Path log = bin.resolve("calls.log");
    for (String command : List.of("stty", "tty", "test")) {
      Path wrapper = bin.resolve(command);
      Path real = onPath(command).orElseThrow(() -> new AssertionError(command + " is not on the PATH"));
      Files.writeString(wrapper, "#!/bin/sh\necho \"" + command + " $*\" >> '" + log + "'\nexec '" + real + "' \"$@\"\n");
      assertTrue(wrapper.toFile().setExecutable(true));
    }
    List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1", "-Dstyrbord.data=bundled", "-Dstyrbord.home=" + Path.of("").toAbsolutePath()));
    java.addAll(options);
    java.addAll(manifestOptions());
    java.addAll(List.of("-cp", jar() + File.pathSeparator + jar().resolveSibling("lib") + File.separator + "*", Main.class.getName()));
    ProcessBuilder start = new ProcessBuilder(onPath("script").orElseThrow().toString(), "-qec", String.join(" ", java.stream().map(a -> "'" + a + "'").toList()), "/dev/null")
        .redirectErrorStream(true);
    start.environment().put("PATH", bin + File.pathSeparator + System.getenv("PATH"));
    start.environment().put("STYRBORD_PREFS", dir.resolve("prefs").toString());
    Process p = start.start();
    try (OutputStream keyboard = p.getOutputStream()) { // kept open until the prompt ends, as a terminal's
      keyboard.write("1 + 1\n/exit\n".getBytes(StandardCharsets.UTF_8));
      keyboard.flush();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(60, TimeUnit.SECONDS), out);
      assertTrue(out.substring(out.indexOf("/exit quits")).matches("(?s).*[^0-9+ ]2\r\n.*"), "the prompt answers 1 + 1: " + out);
    }
    return Files.exists(log) ? Files.readAllLines(log) : List.of();
  }

  /** The program {@code name} as the shell would find it on the PATH. */
  private static java.util.Optional<Path> onPath(String name) {
    return java.util.Arrays.stream(System.getenv("PATH").split(File.pathSeparator))
        .map(dir -> Path.of(dir, name))
        .filter(Files::isExecutable)
        .findFirst();
  }

  private static Path jar() {
    return Path.of(System.getProperty("styrbord.jar", "target/styrbord.jar")).toAbsolutePath();
  }

  /** The jar manifest's Add-Exports and Add-Opens as options: what java -jar gives the prompt. */
  private static List<String> manifestOptions() throws IOException {
    List<String> options = new ArrayList<>();
    try (JarFile jar = new JarFile(jar().toFile())) {
      var attributes = jar.getManifest().getMainAttributes();
      for (String export : attributes.getValue("Add-Exports").split(" ")) {
        options.addAll(List.of("--add-exports", export + "=ALL-UNNAMED"));
      }
      for (String open : attributes.getValue("Add-Opens").split(" ")) {
        options.addAll(List.of("--add-opens", open + "=ALL-UNNAMED"));
      }
    }
    return options;
  }
}
