package dk.styrbord.repl;

import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Optional;
import jdk.jshell.Diag;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;

/**
 * Shows a {@link CompileHint} at the prompt in place of the jshell tool's compiler error: one line
 * where JShell would print its multi-line message, before the next prompt.
 *
 * <p>Measured on JDK 17.0.15 with the real tool (JDK 25's source reads the same): no feedback-mode
 * setting hides the error of a rejected snippet. {@code /set format MODE display ""}, {@code
 * errorline ""} and {@code err ""} still print the whole "|  Error:" block (display only hides the
 * line of a defined snippet, e.g. "created method f(), however, it cannot be invoked until …");
 * {@code errorpre}/{@code errorpost} only frame each line (set to "" the block runs together on
 * one line) and frame every other error too. The tool prints the block itself
 * ({@code displayDiagnostics}, through its command output) right after {@code JShell.eval}
 * returns, and JShell calls its snippet listeners inside {@code eval}, so the listener here comes
 * first. It works out the hint and tells the tool's command output ({@link ReplacingOutput}) to
 * write the hint instead of exactly the text the tool is about to print ({@link ToolDiagnostics}).
 * Everything else passes untouched, so completion, history, Ctrl-C and the /commands stay the
 * tool's own, which a line editor of our own over the JShell API would have to rebuild.
 *
 * <p>Example: {@code JavaShellToolBuilder.builder().out(PromptHints.output(System.out, charset),
 * System.out, System.out)}.
 */
final class PromptHints {
  /** The error prefix of the feedback mode "styrbord" (JShell's normal mode's). */
  private static final String ERROR_PREFIX = "|  ";

  private static volatile ReplacingOutput output;

  private PromptHints() {}

  /**
   * The prompt's command output over {@code target}, encoding as {@code target} does: the stream
   * the tool prints its messages to, where a hint replaces a compiler error.
   */
  static PrintStream output(PrintStream target, Charset charset) {
    ReplacingOutput replacing = new ReplacingOutput(target, charset);
    output = replacing;
    return new PrintStream(replacing, true, charset);
  }

  /** Listens to a session's snippets (called by the execution provider for the prompt's session). */
  static void attach(JShell session) {
    if (session != null) {
      session.onSnippetEvent(event -> announce(session, event));
    }
  }

  private static void announce(JShell session, SnippetEvent event) {
    ReplacingOutput out = output;
    if (out == null || event.causeSnippet() != null) {
      return;
    }
    Optional<String> hint = event.status() == Snippet.Status.REJECTED
        ? CompileHint.of(session, event.snippet()) : Optional.empty();
    if (hint.isEmpty()) {
      out.clear();
      return;
    }
    List<Diag> diagnostics = session.diagnostics(event.snippet()).toList();
    String shown = ToolDiagnostics.text(event.snippet().source(), diagnostics, ERROR_PREFIX);
    out.await(shown, ERROR_PREFIX + "Error: " + hint.get() + System.lineSeparator());
  }
}
