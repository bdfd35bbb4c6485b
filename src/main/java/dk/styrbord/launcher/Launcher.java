package dk.styrbord.launcher;

import dk.styrbord.WorkbenchException;
import dk.styrbord.repl.Main;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import sun.misc.Signal;

/**
 * The jar's entry point, {@code java -jar styrbord.jar [run … | notebook … | update | bench | --help]}:
 * prints the help itself; else finds the install folder, makes the start-up archive when it is
 * stale, and runs the workbench in a JVM started with the options a manifest cannot give (C1 only,
 * the serial collector, the archive), its terminal inherited. That second JVM costs about a tenth
 * of a second and saves about half of a start on two cores; it runs {@link Main} itself. For the
 * plain start it also writes those options as an {@link ArgFile}, with which {@code ./workbench}
 * starts the workbench's JVM without this one.
 *
 * <p>Example: {@code java -jar target/styrbord.jar run notebooks/lejre.jsh}
 */
public final class Launcher {
  private Launcher() {}

  /** Runs the workbench in its own JVM and exits with its code; in that JVM, runs {@link Main}. */
  public static void main(String[] args) {
    if (Boolean.getBoolean(WorkbenchJvm.LAUNCHED)) {
      Main.main(args);
      return;
    }
    System.exit(launch(List.of(args), System.err));
  }

  private static int launch(List<String> args, PrintStream err) {
    if (!args.isEmpty() && (args.get(0).equals("--help") || args.get(0).equals("-h"))) {
      System.out.print(usage());
      return 0;
    }
    try {
      Path jar = ownJar();
      Path home = InstallFolder.find(jar, System.getProperty("styrbord.home"), System.getenv("STYRBORD_HOME"));
      List<String> options = new java.util.ArrayList<>(WorkbenchJvm.heap(System.getenv("STYRBORD_HEAP")));
      options.addAll(userOptions());
      WorkbenchJvm jvm = WorkbenchJvm.of(jar, home, options);
      StartupArchive archive = StartupArchive.beside(jar);
      if (archive.isStale()) {
        archive.make(jvm, err);
      }
      if (options.isEmpty() && isBlank(System.getProperty("styrbord.home")) && isBlank(System.getenv("STYRBORD_HOME"))) {
        ArgFile.beside(archive).write(jvm, archive); // for ./workbench's next plain start
      }
      if (!args.isEmpty() && args.get(0).equals("bench")) {
        return Bench.run(home, jvm, archive, args.subList(1, args.size()), err);
      }
      return inherit(new ProcessBuilder(jvm.command(archive.options(), args)));
    } catch (WorkbenchException e) {
      err.println("Styrbord: " + e.getMessage());
      return 2;
    } catch (IOException e) {
      err.println("Styrbord: " + e.getMessage() + "; the workbench runs this JDK's own java (" + System.getProperty("java.home")
          + "), and bench runs bash.");
      return 2;
    }
  }

  /**
   * Runs a process on this terminal and returns its exit code. Ctrl-C reaches both JVMs: this one
   * ignores it (JShell in the child stops the running snippet), and ends the child if it is ended itself.
   */
  static int inherit(ProcessBuilder command) throws IOException {
    AtomicReference<Process> child = new AtomicReference<>();
    try {
      Runtime.getRuntime().addShutdownHook(
          new Thread(() -> Optional.ofNullable(child.get()).ifPresent(Process::destroy), "styrbord-end-child"));
    } catch (IllegalStateException shuttingDown) {
      return 130; // Ctrl-C while the start-up archive was made: no prompt after all
    }
    child.set(command.inheritIO().start());
    Signal.handle(new Signal("INT"), signal -> { });
    try {
      return child.get().waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    }
  }

  /**
   * The options given to this JVM ({@code java -Xmx4g -jar …}), for the workbench's. The JDK's own
   * list (exported to this jar by its manifest) rather than the management interface, which costs a
   * twentieth of a second to load.
   */
  private static List<String> userOptions() {
    try {
      return List.of((String[]) Class.forName("jdk.internal.misc.VM").getMethod("getRuntimeArguments").invoke(null));
    } catch (ReflectiveOperationException | RuntimeException e) {
      return ManagementFactory.getRuntimeMXBean().getInputArguments();
    }
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  /** The commands and the environment they read (the text {@code ./workbench --help} prints from the sources). */
  static String usage() {
    try (InputStream text = Launcher.class.getResourceAsStream("usage.txt")) {
      return new String(text.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path ownJar() {
    try {
      Path jar = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (!Files.isRegularFile(jar)) {
        throw new WorkbenchException("The launcher runs from a jar, not from " + jar
            + "; start dk.styrbord.repl.Main for classes in a folder, or build with ./mvnw package.");
      }
      return jar;
    } catch (URISyntaxException e) {
      throw new WorkbenchException("The workbench jar's location is no file path (" + e.getMessage() + "); unzip the bundle to a folder.");
    }
  }
}
