package dk.styrbord.repl;

import dk.styrbord.WorkbenchException;
import dk.styrbord.data.Catalog;
import dk.styrbord.data.DatasetEntry;
import dk.styrbord.data.DatasetLoader;
import dk.styrbord.data.Datasets;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jdk.jshell.tool.JavaShellToolBuilder;

/**
 * The entry point of {@code ./workbench}: checks the bundled data, starts reading it in the
 * background, and opens the real jshell tool with the workbench's engine, start-up and history.
 *
 * <p>Example: {@code java -javaagent:target/styrbord.jar -cp "target/styrbord.jar:target/lib/*"
 * dk.styrbord.repl.Main}
 */
public final class Main {
  private Main() {}

  /** Opens the prompt on the terminal (or reads snippets from piped input) and exits with its code. */
  public static void main(String[] args) {
    PreferencesFile prefs = PreferencesFile.at(PreferencesFile.defaultLocation());
    Runtime.getRuntime().addShutdownHook(new Thread(prefs::save, "styrbord-save-history"));
    int code = prompt(JavaShellToolBuilder.builder(), prefs, System.err);
    prefs.save();
    System.exit(code);
  }

  /**
   * Runs the prompt with a tool builder (tests give it streams) and preferences (history and
   * settings; tests give an in-memory map), and returns the tool's exit code, or 2 when the data
   * catalog itself is unusable.
   */
  public static int prompt(JavaShellToolBuilder tool, Map<String, String> prefs, PrintStream err) {
    Catalog catalog;
    try {
      catalog = Catalog.bundled();
    } catch (WorkbenchException e) {
      err.println("Styrbord: " + e.getMessage());
      return 2;
    }
    List<DatasetEntry> usable = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (DatasetEntry entry : catalog.entries()) {
      try {
        DatasetLoader.check(catalog.directory(), entry);
        usable.add(entry);
      } catch (WorkbenchException e) {
        problems.add(e.getMessage());
      }
    }
    Session.start(Datasets.of(catalog).preload(usable), problems);
    FeedbackMode.ensureRetained(prefs);
    try {
      return tool.persistence(prefs).start(toolArguments(startupFile(usable)));
    } catch (Exception e) {
      err.println("Styrbord: the prompt stopped: " + e);
      return 1;
    }
  }

  private static String[] toolArguments(Path startup) {
    return new String[] {
      "--execution", WorkbenchExecutionProvider.NAME,
      "--class-path", System.getProperty("java.class.path"),
      "--startup", "DEFAULT",
      "--startup", startup.toString()
    };
  }

  private static Path startupFile(List<DatasetEntry> datasets) throws IOException {
    Path file = Files.createTempFile("styrbord-startup", ".jsh");
    file.toFile().deleteOnExit();
    Files.writeString(file, StartupScript.forDatasets(datasets), StandardCharsets.UTF_8);
    return file;
  }
}
