package dk.styrbord.repl;

import dk.styrbord.Daemons;
import dk.styrbord.WorkbenchException;
import dk.styrbord.data.Catalog;
import dk.styrbord.data.DatasetEntry;
import dk.styrbord.data.Datasets;
import dk.styrbord.data.update.DataUpdate;
import dk.styrbord.notebook.RunCommand;
import dk.styrbord.notebook.ShellSetup;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
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
 * <p>Example: {@code java -jar target/styrbord.jar}, whose launcher ({@link dk.styrbord.launcher.Launcher}) runs
 * this in the JVM it starts.
 */
public final class Main {
  private Main() {}

  /**
   * Opens the prompt on the terminal (or reads snippets from piped input) and exits with its code;
   * {@code run NOTEBOOK.jsh …} runs notebooks instead (see {@link #run(List, PrintStream)}), {@code update}
   * fetches the official data (see {@link #update(PrintStream, PrintStream)}), {@code notebook [FILE.jsh]}
   * opens a notebook live in the browser (see {@link NotebookCommand}).
   */
  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("run")) {
      System.exit(run(List.of(args).subList(1, args.length), System.err));
    }
    if (args.length > 0 && args[0].equals("notebook")) {
      System.exit(NotebookCommand.run(List.of(args).subList(1, args.length), System.out, System.err));
    }
    if (args.length > 0 && args[0].equals("update")) {
      System.exit(update(System.out, System.err));
    }
    loadTerminalCallsAhead();
    PreferencesFile prefs = PreferencesFile.at(PreferencesFile.defaultLocation());
    SpareSession.startIfAsked(System.getenv(), Main::warmUpHelpers, () -> {
      prefs.reload();
      FeedbackMode.ensureRetained(prefs);
    });
    Runtime.getRuntime().addShutdownHook(new Thread(prefs::save, "styrbord-save-history"));
    // the tool's messages go through PromptHints, which shows a common slip's fix in place of javac's error
    PrintStream messages = PromptHints.output(System.out, stdoutCharset());
    int code = prompt(JavaShellToolBuilder.builder().out(messages, System.out, System.out), prefs, System.err);
    prefs.save();
    SpareSession.finished(code);
    System.exit(code);
  }

  /**
   * At a terminal, loads the C library calls of the prompt's terminal provider (see TerminalSettings) on
   * a thread of their own while the data are read: JNA's start takes about 0.1 s, which the console would
   * otherwise wait for (in a spare: before it is taken over). Not on JDK 22 and later, whose jline has a
   * native provider of its own (ffm) that it tries first.
   */
  private static void loadTerminalCallsAhead() {
    if (System.console() != null && Runtime.version().feature() < 22) {
      Daemons.thread("styrbord-terminal-calls", TerminalSettings::available).start();
    }
  }

  /**
   * A spare's warm-up before it says it is ready: a few helpers computed and printed to nowhere, three
   * times, so that their code is compiled before the first question (the first {@code level} of a
   * taken-over spare: 0.11-0.20 s without, 0.06-0.14 s with). Other areas and municipalities than the
   * bench asks about, so that its answer is not computed ahead; a failure is left to the prompt to show.
   */
  static void warmUpHelpers() {
    try {
      for (int i = 0; i < 3; i++) {
        AnalysisPrompt.level("5.28", 2023).toString();
        AnalysisPrompt.benchmark("Morsø", "5.28", 2023).toString();
        AnalysisPrompt.trend("Varde", "5.28").toString();
      }
    } catch (RuntimeException e) {
      // the same helper fails at the prompt with its own message
    }
  }

  /**
   * Runs the prompt with a tool builder (tests give it streams) and preferences (history and
   * settings; tests give an in-memory map), and returns the tool's exit code. The data are checked
   * and read in the background meanwhile; an unusable catalog is one line at the prompt.
   */
  public static int prompt(JavaShellToolBuilder tool, Map<String, String> prefs, PrintStream err) {
    Session.startInBackground(Main::openSession);
    FeedbackMode.ensureRetained(prefs);
    try {
      return tool.persistence(prefs).start(toolArguments(startupFile()));
    } catch (Exception e) {
      err.println("Styrbord: the prompt stopped: " + e);
      return 1;
    }
  }

  /**
   * {@code ./workbench run notebooks/NAME.jsh … [--param name=value …] [--pdf] [--out report.html | --out-dir
   * DIR]}: runs one or more notebooks, each in a fresh JShell set up as the prompt (same engine,
   * start-up without the banner, datasets read once), and writes their HTML reports. Returns 0, 1
   * when a cell failed, 2 when nothing ran.
   */
  public static int run(List<String> args, PrintStream err) {
    if (RunCommand.asksForHelp(args)) {
      System.out.println(RunCommand.help());
      return 0;
    }
    if (!startSession(err)) {
      return 2;
    }
    Session.current().problems().forEach(p -> err.println("Styrbord: NOT LOADED: " + p));
    // JShell compiles against the JVM's own class path already, and the local engine's class loader
    // asks the JVM's, so no entry is added: each addition made JShell index every jar again
    ShellSetup setup = new ShellSetup(WorkbenchExecutionProvider.NAME, List.of(), StartupScript.forNotebook(), CompileHint::of);
    return RunCommand.run(args, setup, Session.current().municipalities(), err);
  }

  /**
   * {@code ./workbench update}: fetches the official tables and switches to the new data layer (see
   * {@link DataUpdate}); progress per table on {@code out}, a failure as one line on {@code err}.
   * Returns 0 when the new layer is current, 1 when the previous data were kept.
   */
  public static int update(PrintStream out, PrintStream err) {
    try {
      DataUpdate.standard().run(out);
      return 0;
    } catch (WorkbenchException e) {
      err.println("Styrbord: " + e.getMessage());
      return 1;
    }
  }

  /**
   * Opens the session over the bundled data now (a notebook run, the latency benchmark); false,
   * after one line on {@code err}, when the catalog itself is unusable.
   */
  static boolean startSession(PrintStream err) {
    try {
      Session.start(openSession());
      return true;
    } catch (WorkbenchException e) {
      err.println("Styrbord: " + e.getMessage());
      return false;
    }
  }

  /**
   * The bundled catalog's session: reads every dataset (on two threads; each read verifies its
   * checksum and header) and notes the ones that fail as one-line problems.
   */
  private static Session openSession() {
    return openSession(Catalog.current());
  }

  /** A session over one catalog's datasets (the current layer's, or the bundled ones), each read and checked. */
  static Session openSession(Catalog catalog) {
    Datasets datasets = Datasets.of(catalog).preloadAll();
    List<String> problems = new ArrayList<>();
    for (DatasetEntry e : catalog.entries()) {
      try {
        datasets.table(e.name());
      } catch (WorkbenchException x) {
        problems.add(x.getMessage());
      }
    }
    Session session = Session.of(datasets, problems);
    DatasetVariables.copyAhead(session);
    return session;
  }

  /** The encoding System.out writes in (JDK 17 names it sun.stdout.encoding where it differs from the default). */
  private static Charset stdoutCharset() {
    String name = System.getProperty("stdout.encoding", System.getProperty("sun.stdout.encoding"));
    try {
      return name == null ? Charset.defaultCharset() : Charset.forName(name);
    } catch (IllegalArgumentException e) {
      return Charset.defaultCharset();
    }
  }

  /** No --class-path: JShell compiles against the JVM's class path, and the local engine loads from it. */
  private static String[] toolArguments(Path startup) {
    return new String[] {
      "--execution", WorkbenchExecutionProvider.NAME,
      "--startup", "DEFAULT",
      "--startup", startup.toString()
    };
  }

  private static Path startupFile() throws IOException {
    Path file = Files.createTempFile("styrbord-startup", ".jsh");
    file.toFile().deleteOnExit();
    Files.writeString(file, StartupScript.forPrompt(), StandardCharsets.UTF_8);
    return file;
  }
}
