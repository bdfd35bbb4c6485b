package dk.styrbord.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.styrbord.WorkbenchException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

class DatasetLoaderTest {
  private static final String CSV =
      "code,name,opened,amount,active\n350,Lejre,2024-01-03,12.5,true\n360,Lolland,,-3,false\n";
  private static final String CATALOG =
      """
      {"datasets": [{"name": "towns", "file": "towns.csv", "title_da": "Byer", "title_en": "Towns",
        "unit": "DKK", "years": "2024", "source": "hand-made", "licence": "CC0", "status": "SYNTHETIC",
        "description": "A fixture.",
        "columns": [
          {"name": "code", "type": "INTEGER", "status": "OFFICIAL", "description": "code"},
          {"name": "name", "type": "STRING", "status": "OFFICIAL", "description": "name"},
          {"name": "opened", "type": "LOCAL_DATE", "status": "SYNTHETIC", "description": "date"},
          {"name": "amount", "type": "DOUBLE", "status": "SYNTHETIC", "description": "DKK"},
          {"name": "active", "type": "BOOLEAN", "status": "SYNTHETIC", "description": "flag"}]}]}
      """;

  @TempDir Path dir;

  @BeforeEach
  void writeFixture() throws IOException {
    Files.writeString(dir.resolve("towns.csv"), CSV, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("catalog.json"), CATALOG, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("SHA256SUMS"), sums(CATALOG), StandardCharsets.UTF_8);
  }

  private static String sums(String catalog) {
    return DatasetLoader.sha256(catalog.getBytes(StandardCharsets.UTF_8)) + "  catalog.json\n"
        + DatasetLoader.sha256(CSV.getBytes(StandardCharsets.UTF_8)) + "  towns.csv\n";
  }

  @Test
  void aCatalogEditedToCallSyntheticDataOfficialIsRefused() throws IOException {
    Path catalog = dir.resolve("catalog.json");
    Files.writeString(catalog, CATALOG.replace("\"status\": \"SYNTHETIC\",\n", "\"status\": \"OFFICIAL\",\n"), StandardCharsets.UTF_8);
    WorkbenchException e = assertThrows(WorkbenchException.class, () -> Catalog.open(dir));
    assertEquals(catalog + " was edited: its SHA-256 does not match " + dir.resolve("SHA256SUMS") + ", so what it says a dataset is"
        + " (official or synthetic, its source) cannot be trusted. Restore it with: git checkout -- " + catalog
        + " (a deliberate change also updates its line in SHA256SUMS: sha256sum catalog.json).", e.getMessage());
    Files.writeString(dir.resolve("SHA256SUMS"), sums(CATALOG).lines().skip(1).findFirst().orElseThrow() + "\n");
    WorkbenchException unlisted = assertThrows(WorkbenchException.class, () -> Catalog.open(dir));
    assertTrue(unlisted.getMessage().endsWith("has no checksum for catalog.json. Restore the data folder with: git checkout -- data"),
        unlisted.getMessage());
  }

  @Test
  void theBundledCatalogIsUnderItsChecksum() {
    assertEquals(11, Catalog.bundled().entries().size());
  }

  @Test
  void sha256MatchesThePublishedTestVector() {
    // FIPS 180-2, appendix B.1: SHA-256("abc").
    assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        DatasetLoader.sha256("abc".getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void loadsTypedColumnsAsTheCatalogSays() {
    Table t = DatasetLoader.load(Catalog.open(dir), "towns");
    assertEquals("towns", t.name());
    assertEquals(2, t.rowCount());
    assertEquals(350, t.intColumn("code").get(0));
    assertEquals("Lolland", t.stringColumn("name").get(1));
    assertEquals(LocalDate.of(2024, 1, 3), t.dateColumn("opened").get(0));
    assertTrue(t.dateColumn("opened").isMissing(1));
    assertEquals(12.5, t.doubleColumn("amount").get(0));
    assertEquals(-3.0, t.doubleColumn("amount").get(1));
    assertEquals(Boolean.FALSE, t.booleanColumn("active").get(1));
  }

  @Test
  void aChangedFileFailsWithItsNameAndTheFix() throws IOException {
    Files.writeString(dir.resolve("towns.csv"), CSV.replace("12.5", "99.5"), StandardCharsets.UTF_8);
    WorkbenchException e = assertThrows(WorkbenchException.class, () -> DatasetLoader.load(Catalog.open(dir), "towns"));
    assertTrue(e.getMessage().contains("towns.csv"), e.getMessage());
    assertTrue(e.getMessage().contains("SHA-256"), e.getMessage());
    assertTrue(e.getMessage().contains("git checkout"), e.getMessage());
    assertEquals(1, e.getMessage().lines().count());
  }

  @Test
  void aMissingFileFailsWithItsName() throws IOException {
    Files.delete(dir.resolve("towns.csv"));
    WorkbenchException e = assertThrows(WorkbenchException.class, () -> DatasetLoader.load(Catalog.open(dir), "towns"));
    assertTrue(e.getMessage().contains("towns.csv is missing"), e.getMessage());
  }

  @Test
  void aHeaderThatDiffersFromTheCatalogNamesLineOne() throws IOException {
    String renamed = CSV.replace("amount", "amount_dkk");
    Files.writeString(dir.resolve("towns.csv"), renamed, StandardCharsets.UTF_8);
    String sum = DatasetLoader.sha256(renamed.getBytes(StandardCharsets.UTF_8));
    Files.writeString(dir.resolve("SHA256SUMS"), sums(CATALOG).lines().findFirst().orElseThrow() + "\n" + sum + "  towns.csv\n",
        StandardCharsets.UTF_8);
    WorkbenchException e = assertThrows(WorkbenchException.class, () -> DatasetLoader.load(Catalog.open(dir), "towns"));
    assertTrue(e.getMessage().contains("towns.csv line 1"), e.getMessage());
  }

  @Test
  void anUnknownDatasetSuggestsTheNearest() {
    WorkbenchException e = assertThrows(WorkbenchException.class, () -> Catalog.open(dir).entry("twons"));
    assertEquals("Unknown dataset \"twons\". Did you mean towns? Datasets: towns.", e.getMessage());
  }

  @Test
  void aMissingChecksumListIsNamed() throws IOException {
    Files.delete(dir.resolve("SHA256SUMS"));
    WorkbenchException e = assertThrows(WorkbenchException.class, () -> Catalog.open(dir));
    assertTrue(e.getMessage().contains("SHA256SUMS is missing"), e.getMessage());
  }
}
