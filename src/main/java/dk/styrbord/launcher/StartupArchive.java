package dk.styrbord.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The class-data sharing archive for the running JDK: javac, JShell, Tablesaw and our classes
 * already parsed and laid out, which saves about a fifth of a start. It lives in {@code cds/} beside
 * the jar ({@code target/cds/} in a source checkout, {@code cds/} in an unzipped bundle), is named
 * after the JDK's version, and is made again when the jar, a library or the JDK is newer. It holds
 * classes only, never data.
 *
 * <p>Example: {@code StartupArchive.beside(jar).isStale()} is true after a build.
 *
 * @param file the archive
 * @param madeFrom the files whose change makes it stale: the jar, the libraries, the JDK's release file
 */
public record StartupArchive(Path file, List<Path> madeFrom) {
  /**
   * One quiet start that runs a few typical helpers and the tour notebook (so the report writer and
   * the charts are in the archive too). Only ASCII in the snippets: the folders come from the JVM.
   */
  private static final String TRAINING = String.join("\n",
      "level(\"5.38\", 2024)",
      "benchmark(\"Lejre\", \"5.38\", 2024)",
      "trend(\"Lejre\", \"5.38\")",
      "priceVolume(\"Lolland\", \"5.38\", 2024)",
      "dk.styrbord.repl.Main.run(List.of(dk.styrbord.data.WorkbenchHome.directory().resolve(\"notebooks\")"
          + ".resolve(\"00-tour.jsh\").toString(), \"--out-dir\", System.getenv(\"STYRBORD_TRAINING\")), System.err)",
      "/exit", "");

  /**
   * The folder beside the jar that holds what a start makes once: the archive, the argument file and
   * the datasets' binary copies. Example: {@code StartupArchive.folderBeside(jar)} is {@code target/cds}.
   */
  public static Path folderBeside(Path jar) {
    return jar.toAbsolutePath().normalize().resolveSibling("cds");
  }

  /** The archive in {@code cds/} beside {@code jar}, made from it, the jars in {@code lib/} beside it and the running JDK. */
  public static StartupArchive beside(Path jar) {
    Path folder = jar.toAbsolutePath().normalize().getParent();
    List<Path> madeFrom = new ArrayList<>();
    madeFrom.add(jar);
    madeFrom.addAll(jars(folder.resolve("lib")));
    madeFrom.add(Path.of(System.getProperty("java.home"), "release"));
    String version = System.getProperty("java.runtime.version", "unknown").replaceAll("[^A-Za-z0-9._+-]", "_");
    return new StartupArchive(folderBeside(jar).resolve("styrbord-" + version + ".jsa"), List.copyOf(madeFrom));
  }

  /** True when the archive is missing or older than a file it was made from. */
  public boolean isStale() {
    if (!Files.isRegularFile(file)) {
      return true;
    }
    FileTime made = modified(file);
    return madeFrom.stream().filter(Files::exists).anyMatch(f -> modified(f).compareTo(made) > 0);
  }

  /** The JVM options that use the archive (none while it is missing); its messages stay out of the session. */
  public List<String> options() {
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    return List.of("-XX:SharedArchiveFile=" + file, "-Xlog:cds=off,cds+dynamic=off");
  }

  /**
   * Makes the archive by one training start of {@code jvm} and moves it in place; false after one
   * line on {@code err} when that failed, which only costs speed: the workbench then starts without.
   */
  public boolean make(WorkbenchJvm jvm, PrintStream err) {
    Path folder = file.getParent();
    Path training = folder.resolve("training-" + ProcessHandle.current().pid());
    Path log = folder.resolve("training.log");
    Path made = folder.resolve(file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
    err.println("Styrbord: preparing a faster start (once after each build, about ten seconds)...");
    Thread cleanUp = null;
    try {
      Files.createDirectories(training);
      Process process = train(jvm, made, training, log);
      cleanUp = cleanUpOnExit(process, made, training);
      int code = process.waitFor();
      if (code == 0 && Files.isRegularFile(made) && Files.size(made) > 0) {
        Files.move(made, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return true;
      }
      if (code != 130) { // 130: Ctrl-C, and the clean-up ends this start
        err.println("Styrbord: no start-up archive (see " + log + "); starting without it.");
      }
    } catch (IOException | UncheckedIOException e) {
      err.println("Styrbord: no start-up archive (" + e.getMessage() + "); starting without it.");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      removeHook(cleanUp);
      deleteQuietly(made);
      deleteQuietly(training);
    }
    return false;
  }

  /** Starts the training JVM, which writes the archive to {@code made} when it exits, with the snippets on its input. */
  private static Process train(WorkbenchJvm jvm, Path made, Path training, Path log) throws IOException {
    ProcessBuilder start = new ProcessBuilder(jvm.command(List.of("-XX:ArchiveClassesAtExit=" + made), List.of()))
        .redirectErrorStream(true).redirectOutput(log.toFile());
    start.environment().put("STYRBORD_PREFS", training.resolve("prefs").toString());
    start.environment().put("STYRBORD_TRAINING", training.toString());
    Process process = start.start();
    try (OutputStream in = process.getOutputStream()) {
      in.write(TRAINING.getBytes(StandardCharsets.UTF_8));
    }
    return process;
  }

  /**
   * Ctrl-C while it trains ends the start: the half-made archive (30 MB) and the folder go, the
   * training JVM killed first, as it would otherwise write the archive on its way out, and this JVM
   * stops there rather than go on to the prompt.
   */
  private static Thread cleanUpOnExit(Process process, Path made, Path training) {
    Thread cleanUp = new Thread(() -> {
      process.destroyForcibly();
      process.onExit().join();
      deleteQuietly(made);
      deleteQuietly(training);
      Runtime.getRuntime().halt(130);
    }, "styrbord-training-clean-up");
    Runtime.getRuntime().addShutdownHook(cleanUp);
    return cleanUp;
  }

  private static void removeHook(Thread hook) {
    try {
      if (hook != null) {
        Runtime.getRuntime().removeShutdownHook(hook);
      }
    } catch (IllegalStateException shuttingDown) {
      // Ctrl-C: the hook itself cleans up
    }
  }

  private static List<Path> jars(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  private static FileTime modified(Path file) {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException e) {
      return FileTime.fromMillis(Long.MAX_VALUE);
    }
  }

  private static void deleteQuietly(Path path) {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> files = Files.walk(path)) {
      for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a leftover training folder costs nothing but disk; the next training replaces it
    }
  }
}
