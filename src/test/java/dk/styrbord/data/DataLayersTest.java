package dk.styrbord.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which data folder is current: the pointer file, its atomic switch, and the way back to data/. */
class DataLayersTest {
  @TempDir Path home;

  @Test
  void switchToNamesTheLayerAndLeavesNoTemporaryFile() throws IOException {
    Path layer = Files.createDirectory(home.resolve("2026-12-03T1530"));
    Files.writeString(layer.resolve("catalog.json"), "{\"datasets\":[]}");
    DataLayers.switchTo(home, layer);
    assertEquals(layer, DataLayers.current(home).orElseThrow());
    assertEquals("2026-12-03T1530\n", Files.readString(home.resolve("current")));
    assertTrue(Files.notExists(home.resolve("current.tmp")));
  }

  @Test
  void aPointerToAFolderWithoutCatalogOrOutsideTheHomeIsIgnored() throws IOException {
    Files.createDirectory(home.resolve("empty"));
    Files.writeString(home.resolve("current"), "empty\n");
    assertTrue(DataLayers.current(home).isEmpty());
    Files.writeString(home.resolve("current"), "../elsewhere\n");
    assertTrue(DataLayers.current(home).isEmpty());
    assertTrue(DataLayers.current(home.resolve("nothing-here")).isEmpty());
  }

  @Test
  void testsReadTheBundledData() {
    // the build's test configuration sets styrbord.data=bundled, so a developer's own layer never changes test figures
    assertEquals(WorkbenchHome.dataDirectory(), DataLayers.active());
    assertEquals(WorkbenchHome.dataDirectory(), Catalog.current().directory());
  }
}
