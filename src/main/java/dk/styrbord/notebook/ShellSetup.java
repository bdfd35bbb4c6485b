package dk.styrbord.notebook;

import java.util.List;

/**
 * How a notebook's JShell is made, the same way as the prompt's: the execution engine, the class
 * path given to it, the start-up snippets (imports and one variable per dataset), and the one-line
 * hints for common compiler errors.
 *
 * @param engine the execution engine's name, e.g. {@code styrbord}
 * @param classPath class path entries added to the JShell
 * @param startup the start-up source, run before the first cell and not shown in the report
 * @param hints what a cell that does not compile shows in place of javac's message, where it can
 */
public record ShellSetup(String engine, List<String> classPath, String startup, CompileHints hints) {
  public ShellSetup {
    classPath = List.copyOf(classPath);
  }

  /** A setup whose compiler errors keep JShell's messages. */
  public ShellSetup(String engine, List<String> classPath, String startup) {
    this(engine, classPath, startup, CompileHints.NONE);
  }
}
