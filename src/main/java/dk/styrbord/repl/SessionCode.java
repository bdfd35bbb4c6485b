package dk.styrbord.repl;

import dk.styrbord.SafeFile;
import dk.styrbord.WorkbenchException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.spi.ExecutionEnv;

/**
 * The code typed in this session, for {@code saveSession(path)}: every snippet that is still
 * active (not dropped, overwritten or rejected), in the order it was entered, after the start-up.
 * {@code /open path} in a new session runs it again and so remakes the tables it made.
 *
 * <p>JShell's execution SPI hands an engine only an {@link ExecutionEnv}; in the JDK (17 to 25)
 * that is an inner class of {@link JShell} whose {@code this$0} field is the session itself. The
 * launcher opens {@code jdk.jshell/jdk.jshell} to read it; without that, saving says so in one line.
 */
final class SessionCode {
  private static volatile JShell session;
  private static volatile int startupSnippets;

  private SessionCode() {}

  /** Remembers the JShell session an engine was made for (called by the execution provider). */
  static void attach(ExecutionEnv env) {
    try {
      Field outer = env.getClass().getDeclaredField("this$0");
      outer.setAccessible(true);
      session = (JShell) outer.get(env);
      startupSnippets = 0;
    } catch (ReflectiveOperationException | RuntimeException e) {
      session = null;
    }
  }

  /** Marks the snippets so far as the start-up, which {@link #save} leaves out. */
  static void startupDone() {
    JShell s = session;
    startupSnippets = s == null ? 0 : (int) s.snippets().count();
  }

  /** Writes the session's active snippets to {@code file}; returns how many. */
  static int save(Path file, boolean overwrite) {
    JShell s = session;
    if (s == null) {
      throw new WorkbenchException("This session's code cannot be read here (start the workbench with ./workbench);"
          + " JShell's own /save " + file + " saves it too.");
    }
    List<Snippet> code = s.snippets().skip(startupSnippets)
        .filter(snippet -> s.status(snippet).isActive())
        .filter(snippet -> !snippet.source().contains("saveSession("))
        .toList();
    StringBuilder text = new StringBuilder("// Styrbord session saved ")
        .append(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")))
        .append(". /open this file in a new session to run it again.\n");
    for (Snippet snippet : code) {
      text.append(terminated(snippet.source().strip())).append('\n');
    }
    SafeFile.write(file, text.toString().getBytes(StandardCharsets.UTF_8), overwrite);
    return code.size();
  }

  /** A snippet as a line of a script: an expression typed without ';' gets one, so /open keeps snippets apart. */
  private static String terminated(String source) {
    return source.endsWith(";") || source.endsWith("}") ? source : source + ";";
  }
}
