package dk.styrbord.repl;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import jdk.jshell.tool.JavaShellToolBuilder;

/**
 * The prompt's feedback mode "styrbord": JShell's normal mode, but an expression or a variable
 * typed on its own shows its value without a {@code $1 ==>} label, a value is cut at 100,000 characters instead of 1,000 (so a
 * printed table stays whole), and no welcome text. The messages that say a variable was reset by a
 * redefinition are kept.
 *
 * <p>JShell sets up its feedback modes after the start-up script has run, so a start-up cannot
 * define one. The mode is instead retained in the prompt's preferences, as a user's {@code /set
 * mode -retain} would: the first start runs the commands once in a throwaway tool and keeps what
 * it stores.
 */
final class FeedbackMode {
  static final String NAME = "styrbord";

  /** Bump when the commands below change, so retained copies of an older mode are replaced. */
  private static final String VERSION = "2";

  private static final String VERSION_KEY = "STYRBORD_FEEDBACK_MODE_VERSION";

  private static final String COMMANDS =
      "/set mode " + NAME + " normal -quiet\n"
          + "/set prompt " + NAME + " \"styrbord> \" \"     ...> \"\n"
          + "/set truncation " + NAME + " 100000 varvalue,expression\n"
          + "/set format " + NAME + " result \"{value}{post}\" expression,varvalue-added,modified,replaced-ok-primary\n"
          + "/set mode " + NAME + " -retain\n"
          + "/set feedback " + NAME + " -retain\n"
          + "/exit\n";

  private FeedbackMode() {}

  /** Makes sure the preferences hold the workbench's feedback mode; cheap once it is there. */
  static void ensureRetained(Map<String, String> prefs) {
    String modes = prefs.get("MODE2");
    if (modes != null && modes.contains(NAME) && VERSION.equals(prefs.get(VERSION_KEY))) {
      return;
    }
    ByteArrayOutputStream discard = new ByteArrayOutputStream();
    PrintStream quiet = new PrintStream(discard, true, StandardCharsets.UTF_8);
    try {
      JavaShellToolBuilder.builder()
          .persistence(prefs)
          .in(new ByteArrayInputStream(COMMANDS.getBytes(StandardCharsets.UTF_8)), null)
          .out(quiet)
          .err(quiet)
          .run("--no-startup", "--execution", WorkbenchExecutionProvider.NAME);
    } catch (Exception e) {
      System.err.println("Styrbord: could not set up the prompt's feedback mode (" + e + "); using JShell's normal mode.");
      return;
    }
    prefs.put(VERSION_KEY, VERSION);
  }
}
