package dk.styrbord.notebook;

import java.util.Optional;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;

/**
 * Turns a common compiler error of a cell into one line that names the fix, shown in place of
 * javac's message; the workbench's is {@code dk.styrbord.repl.CompileHint::of}, the same the
 * prompt shows.
 *
 * <p>Example: {@code new ShellSetup(engine, classPath, startup, CompileHint::of)}.
 */
@FunctionalInterface
public interface CompileHints {
  /** No hints: every compiler error keeps JShell's message. */
  CompileHints NONE = (shell, snippet) -> Optional.empty();

  /** The one-line hint for a snippet of {@code shell} that did not compile, or empty. */
  Optional<String> of(JShell shell, Snippet rejected);
}
