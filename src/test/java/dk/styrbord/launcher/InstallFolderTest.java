package dk.styrbord.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.styrbord.WorkbenchException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstallFolderTest {
  @TempDir Path root;

  @Test
  void anUnzippedBundleIsTheJarsOwnFolder() throws IOException {
    Path bundle = workbenchFolder("styrbord æøå 1.0");
    assertEquals(bundle, InstallFolder.find(bundle.resolve("styrbord.jar"), null, null));
  }

  @Test
  void aSourceCheckoutIsTheParentOfTarget() throws IOException {
    Path project = workbenchFolder("projekt med mellemrum");
    assertEquals(project, InstallFolder.find(project.resolve("target/styrbord.jar"), null, ""));
  }

  @Test
  void theChosenFolderComesFirstThePropertyBeforeTheEnvironment() throws IOException {
    Path bundle = workbenchFolder("bundle");
    Path property = workbenchFolder("chosen by property");
    Path environment = workbenchFolder("chosen by environment");
    Path jar = bundle.resolve("styrbord.jar");
    assertEquals(property, InstallFolder.find(jar, property.toString(), environment.toString()));
    assertEquals(environment, InstallFolder.find(jar, " ", environment.toString()));
  }

  @Test
  void aChosenFolderWithoutDataIsOneLineNamingIt() throws IOException {
    Path empty = Files.createDirectories(root.resolve("tom"));
    Path jar = workbenchFolder("bundle").resolve("styrbord.jar");
    WorkbenchException e = assertThrows(WorkbenchException.class, () -> InstallFolder.find(jar, null, empty.toString()));
    assertTrue(e.getMessage().contains(empty + " has no data/catalog.json"), e.getMessage());
    assertTrue(e.getMessage().contains("STYRBORD_HOME"), e.getMessage());
    assertEquals(1, e.getMessage().lines().count());
  }

  @Test
  void aJarAloneIsOneLineSayingToUnzipTheWholeBundle() throws IOException {
    Path jar = Files.createDirectories(root.resolve("Downloads")).resolve("styrbord.jar");
    WorkbenchException e = assertThrows(WorkbenchException.class, () -> InstallFolder.find(jar, null, null));
    assertTrue(e.getMessage().startsWith("No data/catalog.json beside " + jar + " or in its parent folder"), e.getMessage());
    assertTrue(e.getMessage().contains("unzip the whole bundle"), e.getMessage());
  }

  private Path workbenchFolder(String name) throws IOException {
    Path folder = root.resolve(name);
    Files.createDirectories(folder.resolve("data"));
    Files.writeString(folder.resolve("data/catalog.json"), "{}");
    return folder;
  }
}
