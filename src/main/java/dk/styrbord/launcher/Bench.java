package dk.styrbord.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code java -jar styrbord.jar bench [--quick] [N]}: runs the source checkout's speed figures ({@code
 * src/bench/bench.sh}, bash) with the options the workbench's JVM runs with.
 *
 * <p>Example: {@code java -jar target/styrbord.jar bench --quick}
 */
final class Bench {
  private Bench() {}

  /** The benchmark's exit code, or 2 after one line when this is no source checkout. */
  static int run(Path home, WorkbenchJvm jvm, StartupArchive archive, List<String> args, PrintStream err) throws IOException {
    Path script = home.resolve("src").resolve("bench").resolve("bench.sh");
    if (!Files.isRegularFile(script)) {
      err.println("Styrbord: bench measures a source checkout (" + script + " is missing); run it in the project folder, with bash.");
      return 2;
    }
    List<String> options = new ArrayList<>(WorkbenchJvm.forFeatureVersion(Runtime.version().feature()));
    options.addAll(archive.options());
    options.add("--add-opens=jdk.jshell/jdk.jshell=ALL-UNNAMED");
    List<String> command = new ArrayList<>(List.of("bash", script.toString()));
    command.addAll(args);
    ProcessBuilder bench = new ProcessBuilder(command).directory(home.toFile());
    bench.environment().put("STYRBORD_JVM_FLAGS", String.join(" ", options));
    // the manifest of the jar names the libraries, so the jar alone is the class path the archive was made with
    bench.environment().put("STYRBORD_CLASS_PATH", jvm.jar().toString());
    return Launcher.inherit(bench);
  }
}
