package dk.styrbord.launcher;

import dk.styrbord.WorkbenchException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The folder that holds {@code data/} and {@code notebooks/}: the one chosen with {@code
 * -Dstyrbord.home=DIR} or the environment variable {@code STYRBORD_HOME}, else the jar's own folder
 * (an unzipped bundle) or its parent ({@code target/styrbord.jar} in a source checkout).
 *
 * <p>Example: {@code InstallFolder.find(Path.of("target/styrbord.jar"), null, null)} is the project folder.
 */
public final class InstallFolder {
  private InstallFolder() {}

  /** The folder for a jar, with the chosen folder (property, then environment; either may be null or blank) first. */
  public static Path find(Path jar, String property, String environment) {
    Optional<String> chosen = Optional.ofNullable(blankToNull(property)).or(() -> Optional.ofNullable(blankToNull(environment)));
    if (chosen.isPresent()) {
      Path folder = Path.of(chosen.get()).toAbsolutePath().normalize();
      if (!holdsData(folder)) {
        throw new WorkbenchException("The chosen workbench folder " + folder + " has no data/catalog.json;"
            + " set STYRBORD_HOME (or -Dstyrbord.home) to the folder that holds data/ and notebooks/.");
      }
      return folder;
    }
    Path beside = jar.toAbsolutePath().normalize().getParent();
    for (Path folder : new Path[] {beside, beside.getParent()}) {
      if (folder != null && holdsData(folder)) {
        return folder;
      }
    }
    throw new WorkbenchException("No data/catalog.json beside " + jar.toAbsolutePath().normalize() + " or in its parent folder;"
        + " unzip the whole bundle, or set STYRBORD_HOME to the folder that holds data/ and notebooks/.");
  }

  private static boolean holdsData(Path folder) {
    return Files.isRegularFile(folder.resolve("data").resolve("catalog.json"));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
