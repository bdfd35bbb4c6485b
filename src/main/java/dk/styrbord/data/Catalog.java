package dk.styrbord.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.styrbord.WorkbenchException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The list of bundled datasets: {@code data/catalog.json} for what each one is, and
 * {@code data/SHA256SUMS} (the format {@code sha256sum -c} checks) for the checksum of each file,
 * the catalog's own included.
 *
 * <p>Example: {@code Catalog.bundled().entries()} lists the datasets the workbench loads.
 */
public final class Catalog {
  private final Path directory;
  private final List<DatasetEntry> entries;

  private Catalog(Path directory, List<DatasetEntry> entries) {
    this.directory = directory;
    this.entries = List.copyOf(entries);
  }

  /** The catalog of the data shipped in the project's {@code data/} folder. */
  public static Catalog bundled() {
    return open(WorkbenchHome.dataDirectory());
  }

  /**
   * The catalog of the data in use: the current layer from {@code ./workbench update} when there is
   * one (see {@link DataLayers#active()}), else the bundled {@code data/}.
   */
  public static Catalog current() {
    return open(DataLayers.active());
  }

  /** Reads the catalog in a data folder; a missing or malformed file gives one line naming it. */
  public static Catalog open(Path directory) {
    Map<String, String> sums = readChecksums(directory.resolve("SHA256SUMS"));
    JsonNode root = readJson(directory.resolve("catalog.json"), sums.get("catalog.json"));
    List<DatasetEntry> entries = new ArrayList<>();
    for (JsonNode node : root.path("datasets")) {
      entries.add(entryOf(node, sums, directory));
    }
    return new Catalog(directory, entries);
  }

  /** The folder the catalog describes. */
  public Path directory() {
    return directory;
  }

  /** Every dataset, in catalog order. */
  public List<DatasetEntry> entries() {
    return entries;
  }

  /** The dataset with this name; an unknown name gives the valid names and the nearest one. */
  public DatasetEntry entry(String name) {
    for (DatasetEntry e : entries) {
      if (e.name().equalsIgnoreCase(name.trim())) {
        return e;
      }
    }
    List<String> names = entries.stream().map(DatasetEntry::name).toList();
    throw new WorkbenchException(
        "Unknown dataset \"" + name + "\"." + Suggestions.didYouMean(name, names)
            + " Datasets: " + String.join(", ", names) + ".");
  }

  private static DatasetEntry entryOf(JsonNode node, Map<String, String> sums, Path directory) {
    String file = text(node, "file");
    String sha = sums.get(file);
    if (sha == null) {
      throw new WorkbenchException(
          directory.resolve("SHA256SUMS") + " has no checksum for " + file
              + ". Restore the data folder with: git checkout -- data");
    }
    List<ColumnEntry> columns = new ArrayList<>();
    for (JsonNode c : node.path("columns")) {
      columns.add(new ColumnEntry(text(c, "name"), text(c, "type"), text(c, "status"), text(c, "description")));
    }
    return new DatasetEntry(
        text(node, "name"), file, text(node, "title_da"), text(node, "title_en"), text(node, "unit"),
        text(node, "years"), text(node, "source"), text(node, "licence"), text(node, "status"),
        text(node, "description"), columns, sha, text(node, "prices"), node.path("owner").asInt(0));
  }

  private static String text(JsonNode node, String field) {
    return node.path(field).asText("");
  }

  /**
   * The catalog's JSON, checked against its line in SHA256SUMS: what a dataset is (official or
   * synthetic, its source) is as much the data as its figures, so an edit there is refused too.
   */
  private static JsonNode readJson(Path file, String expectedSha256) {
    Path sums = file.resolveSibling("SHA256SUMS");
    if (expectedSha256 == null) {
      throw new WorkbenchException(sums + " has no checksum for catalog.json. Restore the data folder with: git checkout -- data");
    }
    try {
      byte[] bytes = Files.readAllBytes(file);
      if (!DatasetLoader.sha256(bytes).equalsIgnoreCase(expectedSha256)) {
        throw new WorkbenchException(file + " was edited: its SHA-256 does not match " + sums + ", so what it says a dataset is"
            + " (official or synthetic, its source) cannot be trusted. Restore it with: git checkout -- " + file
            + " (a deliberate change also updates its line in SHA256SUMS: sha256sum catalog.json).");
      }
      return new ObjectMapper().readTree(bytes);
    } catch (NoSuchFileException e) {
      throw new WorkbenchException(file + " is missing. Restore it with: git checkout -- " + file, e);
    } catch (IOException e) {
      throw new WorkbenchException(
          file + " cannot be read (" + e.getMessage().lines().findFirst().orElse("") + ")."
              + " Restore it with: git checkout -- " + file, e);
    }
  }

  private static Map<String, String> readChecksums(Path file) {
    Map<String, String> sums = new HashMap<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String[] parts = line.trim().split("\\s+\\*?", 2);
        if (parts.length == 2) {
          sums.put(parts[1], parts[0].toLowerCase());
        }
      }
    } catch (NoSuchFileException e) {
      throw new WorkbenchException(file + " is missing. Restore it with: git checkout -- " + file, e);
    } catch (IOException e) {
      throw new WorkbenchException(file + " cannot be read: " + e.getMessage(), e);
    }
    return sums;
  }
}
