package dk.styrbord.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** The binary copies of the datasets: the same tables as the CSV files give, and never taken for another file. */
class DatasetCacheTest {
  @Test
  void everyBundledDatasetComesBackAsTheCsvReadsIt(@TempDir Path folder) {
    DatasetCache cache = new DatasetCache(folder);
    Catalog catalog = Catalog.bundled();
    for (DatasetEntry entry : catalog.entries()) {
      Table parsed = DatasetLoader.load(catalog, entry.name()); // no -Dstyrbord.cache in the tests: the CSV
      cache.write(entry, parsed);
      Table copy = cache.read(entry).orElseThrow(() -> new AssertionError("no copy of " + entry.name()));
      assertEquals(parsed.name(), copy.name());
      assertEquals(parsed.structure().printAll(), copy.structure().printAll(), entry.name());
      assertEquals(parsed.printAll(), copy.printAll(), entry.name());
      assertEquals(parsed.missingValueCounts().printAll(), copy.missingValueCounts().printAll(), entry.name());
    }
  }

  @Test
  void changedDataOrTypesHaveAnotherCopyAndAnOlderCopyIsReplaced(@TempDir Path folder) throws Exception {
    DatasetCache cache = new DatasetCache(folder);
    DatasetEntry entry = Catalog.bundled().entry("regions");
    DatasetEntry edited = new DatasetEntry(entry.name(), entry.file(), entry.titleDa(), entry.titleEn(), entry.unit(),
        entry.years(), entry.source(), entry.licence(), entry.status(), entry.description(), entry.columns(),
        "0".repeat(64), entry.prices(), entry.owner());
    assertNotEquals(cache.file(entry), cache.file(edited));
    cache.write(entry, DatasetLoader.load(Catalog.bundled(), "regions"));
    assertEquals(Optional.empty(), cache.read(edited).map(Table::name), "a copy of other bytes is not this file's");
    cache.write(edited, Table.create("regions"));
    try (var files = Files.list(folder)) {
      assertEquals(1, files.count(), "the older copy of the dataset is gone");
    }
  }

  @Test
  void aCopyChangedAfterItWasWrittenIsNoCopy(@TempDir Path folder) throws Exception {
    DatasetCache cache = new DatasetCache(folder);
    DatasetEntry entry = Catalog.bundled().entry("price_index");
    cache.write(entry, DatasetLoader.load(Catalog.bundled(), "price_index"));
    Path file = cache.file(entry);
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length - 1] ^= 1; // one bit of the last value
    Files.write(file, bytes);
    assertTrue(cache.read(entry).isEmpty());
  }

  @Test
  void aDamagedCopyIsNoCopy(@TempDir Path folder) throws Exception {
    DatasetCache cache = new DatasetCache(folder);
    DatasetEntry entry = Catalog.bundled().entry("municipalities");
    cache.write(entry, DatasetLoader.load(Catalog.bundled(), "municipalities"));
    Path file = cache.file(entry);
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    assertTrue(cache.read(entry).isEmpty());
  }
}
