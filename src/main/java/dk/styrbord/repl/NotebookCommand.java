package dk.styrbord.repl;

import dk.styrbord.SafeFile;
import dk.styrbord.WorkbenchException;
import dk.styrbord.notebook.NotebookServer;
import dk.styrbord.notebook.NotebookSession;
import dk.styrbord.notebook.ShellSetup;
import dk.styrbord.plot.ChartViewer;
import java.awt.Desktop;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./workbench notebook [FILE.jsh] [--port N]}: opens a notebook live in the browser (see
 * {@link NotebookServer}), in a session made as the prompt's, and waits until Ctrl-C. Without a
 * file it starts a new notebook {@code untitled.jsh}; unsaved edits left at Ctrl-C are kept in
 * {@code NAME.unsaved.jsh}.
 *
 * <p>Example: {@code ./workbench notebook notebooks/lolland.jsh}
 */
final class NotebookCommand {
  /** The port tried first; a taken one falls back to any free port. */
  static final int DEFAULT_PORT = 8890;

  static final String USAGE = """
      Usage: ./workbench notebook [FILE.jsh] [--port N]
        Opens the notebook in your browser, to edit and run cell by cell (Shift-Enter runs a cell).
        Without FILE a new notebook untitled.jsh is started; it is written when you save.
        --port N   the port on 127.0.0.1 to use (default 8890; a taken port falls back to a free one)
        Ctrl-C in this window stops it; unsaved edits are then kept in FILE.unsaved.jsh.
      Example: ./workbench notebook notebooks/lolland.jsh""";

  private NotebookCommand() {}

  /** A session and its server, open until closed. */
  record Opened(NotebookSession session, NotebookServer server) implements AutoCloseable {
    @Override
    public void close() {
      server.close();
      session.close();
    }
  }

  /** Runs the command: opens, prints the address, opens a browser where there is one, and waits for Ctrl-C. */
  static int run(List<String> args, PrintStream out, PrintStream err) {
    Path file;
    int port;
    try {
      if (args.contains("--help") || args.contains("-h")) {
        out.println(USAGE);
        return 0;
      }
      Arguments a = Arguments.parse(args);
      file = a.file();
      port = a.port();
    } catch (WorkbenchException e) {
      err.println("Styrbord: " + e.getMessage());
      return 2;
    }
    if (!Main.startSession(err)) {
      return 2;
    }
    Session.current().problems().forEach(p -> err.println("Styrbord: NOT LOADED: " + p));
    Opened opened;
    try {
      opened = open(file, port);
    } catch (WorkbenchException e) {
      err.println("Styrbord: " + e.getMessage());
      return 2;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> keepUnsaved(opened, err), "styrbord-notebook-keep"));
    out.println("Styrbord notebook: " + file);
    out.println("Open in your browser:  " + opened.server().address());
    out.println("Only this machine can reach it, and only with this address (its token). Ctrl-C here stops it.");
    if (!openBrowser(opened)) {
      out.println("(No browser could be opened from here: copy the address into one.)");
    }
    try {
      new CountDownLatch(1).await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }

  /** Opens {@code file} (a new notebook when it does not exist) and serves it on {@code port}. */
  static Opened open(Path file, int port) {
    NotebookSession session = NotebookSession.open(file, setup(), Session.current().municipalities());
    return new Opened(session, NotebookServer.start(session, port));
  }

  /** The session is made as {@code ./workbench run} makes its JShells: the prompt's engine and start-up. */
  private static ShellSetup setup() {
    return new ShellSetup(WorkbenchExecutionProvider.NAME, List.of(), StartupScript.forNotebook(), CompileHint::of);
  }

  private static void keepUnsaved(Opened opened, PrintStream err) {
    try {
      Path kept = opened.session().keepUnsaved();
      if (kept != null) {
        err.println("Styrbord: unsaved edits are kept in " + kept + ".");
      }
    } catch (WorkbenchException e) {
      err.println("Styrbord: " + e.getMessage());
    }
  }

  private static boolean openBrowser(Opened opened) {
    if (!ChartViewer.canBrowse()) {
      return false;
    }
    try {
      Desktop.getDesktop().browse(opened.server().address());
      return true;
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }

  /** The command's arguments: at most one file, and {@code --port N}. */
  record Arguments(Path file, int port) {
    static Arguments parse(List<String> args) {
      Path file = null;
      int port = DEFAULT_PORT;
      for (int i = 0; i < args.size(); i++) {
        String arg = args.get(i);
        if (arg.equals("--port")) {
          port = port(i + 1 < args.size() ? args.get(++i) : "");
        } else if (arg.startsWith("-")) {
          throw new WorkbenchException("Unknown option " + arg + " for notebook; ./workbench notebook --help says what there is.");
        } else if (file != null) {
          throw new WorkbenchException("One notebook at a time: " + file + " and " + arg + "; open the second in another window.");
        } else if (!arg.endsWith(".jsh")) {
          throw new WorkbenchException(arg + " is not a notebook: notebooks are .jsh files, e.g. notebooks/lolland.jsh.");
        } else {
          file = Path.of(arg);
        }
      }
      return new Arguments(file == null ? SafeFile.nextFree(Path.of("untitled.jsh")) : file, port);
    }

    private static int port(String value) {
      try {
        int port = Integer.parseInt(value);
        if (port >= 0 && port <= 65535) {
          return port;
        }
      } catch (NumberFormatException e) {
        // said below
      }
      throw new WorkbenchException("--port needs a number from 1 to 65535, e.g. --port 8890; got \"" + value + "\".");
    }
  }
}
