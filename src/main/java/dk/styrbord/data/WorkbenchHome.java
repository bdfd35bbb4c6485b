package dk.styrbord.data;

import java.nio.file.Path;

/**
 * Where the workbench is installed: the launcher passes {@code -Dstyrbord.home=<project folder>};
 * without it (tests, an IDE) the current folder is the project.
 */
public final class WorkbenchHome {
  private WorkbenchHome() {}

  /** The project folder, which holds {@code data/} and {@code notebooks/}. */
  public static Path directory() {
    return Path.of(System.getProperty("styrbord.home", "")).toAbsolutePath().normalize();
  }

  /** The folder of the bundled datasets, {@code <home>/data}. */
  public static Path dataDirectory() {
    return directory().resolve("data");
  }
}
