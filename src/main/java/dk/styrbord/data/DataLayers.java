package dk.styrbord.data;

import dk.styrbord.WorkbenchException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The data layers that {@code ./workbench update} writes outside the repository, one dated folder
 * each under a data home ({@code ~/.styrbord/data}, or {@code -Dstyrbord.data.home} /
 * {@code STYRBORD_DATA_HOME}), and which one is in use: the folder named in the home's small file
 * {@code current}, replaced atomically, so a reader sees the old layer or the new one, never half.
 * {@code -Dstyrbord.data=bundled} or {@code STYRBORD_DATA=bundled} goes back to {@code data/}.
 *
 * <p>Example: {@code DataLayers.active()} is the folder the workbench reads its datasets from.
 */
public final class DataLayers {
  /** The file in the data home that names the current layer. */
  public static final String POINTER = "current";

  private DataLayers() {}

  /** The data home: {@code styrbord.data.home}, else {@code STYRBORD_DATA_HOME}, else {@code ~/.styrbord/data}. */
  public static Path home() {
    String property = System.getProperty("styrbord.data.home");
    if (property != null && !property.isBlank()) {
      return Path.of(property);
    }
    String env = System.getenv("STYRBORD_DATA_HOME");
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    return Path.of(System.getProperty("user.home"), ".styrbord", "data");
  }

  /** The data folder in use: the current layer when there is one and bundled data are not asked for, else {@code data/}. */
  public static Path active() {
    if (bundledAskedFor()) {
      return WorkbenchHome.dataDirectory();
    }
    return current(home()).orElse(WorkbenchHome.dataDirectory());
  }

  /** The layer the home's {@code current} file names, when that folder holds a catalog. */
  public static Optional<Path> current(Path home) {
    Path pointer = home.resolve(POINTER);
    if (!Files.isRegularFile(pointer)) {
      return Optional.empty();
    }
    try {
      String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
      Path layer = home.resolve(name).normalize();
      return !name.isEmpty() && layer.startsWith(home.normalize()) && Files.isRegularFile(layer.resolve("catalog.json"))
          ? Optional.of(layer) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Makes {@code layer} (a folder directly in {@code home}) the current one by one atomic move of the pointer file. */
  public static void switchTo(Path home, Path layer) {
    Path temp = home.resolve(POINTER + ".tmp");
    try {
      Files.writeString(temp, layer.getFileName().toString() + "\n", StandardCharsets.UTF_8);
      Files.move(temp, home.resolve(POINTER), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new WorkbenchException("Cannot switch " + home.resolve(POINTER) + " to " + layer.getFileName() + " (" + e.getMessage()
          + "); the previous data stay in use. Check that the folder is writable.", e);
    }
  }

  private static boolean bundledAskedFor() {
    String choice = System.getProperty("styrbord.data", System.getenv("STYRBORD_DATA"));
    return choice != null && choice.strip().equalsIgnoreCase("bundled");
  }
}
