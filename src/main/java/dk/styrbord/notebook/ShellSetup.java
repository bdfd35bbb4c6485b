package dk.styrbord.notebook;

import java.util.List;

/**
 * How a notebook's JShell is made, the same way as the prompt's: the execution engine, the class
 * path given to it, and the start-up snippets (imports and one variable per dataset).
 *
 * @param engine the execution engine's name, e.g. {@code styrbord}
 * @param classPath class path entries added to the JShell
 * @param startup the start-up source, run before the first cell and not shown in the report
 */
public record ShellSetup(String engine, List<String> classPath, String startup) {
  public ShellSetup {
    classPath = List.copyOf(classPath);
  }
}
