package dk.styrbord.data.update;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.styrbord.data.DatasetLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The current data layer as a second update sees it: for each table, the {@code updated} stamp
 * and fetch date its catalog recorded, the exact data request in {@code queries.json}, and the raw
 * answer in {@code raw/} with its checksum from {@code SHA256SUMS}. A table is reusable only when
 * all of these agree with what the new update would ask and the bytes still match their checksum;
 * anything missing, unreadable or damaged makes it not reusable, so the table is downloaded again.
 *
 * <p>Example: {@code PreviousLayer.of(layer).answer("FOLK1A", info.updated(), request.body())}.
 */
final class PreviousLayer {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A table's answer in the previous layer, verified: the file, the day it was fetched and the stamp it had. */
  record Answer(Path file, String fetched, String updated) {}

  private final Path directory;
  private final Map<String, String> sums;
  private final Map<String, JsonNode> entries = new HashMap<>();
  private final Map<String, JsonNode> bodies = new HashMap<>();

  private PreviousLayer(Path directory, Map<String, String> sums) {
    this.directory = directory;
    this.sums = sums;
  }

  /** Reads what it can of the layer; what cannot be read counts as changed. */
  static PreviousLayer of(Path directory) {
    PreviousLayer layer = new PreviousLayer(directory, checksums(directory.resolve("SHA256SUMS")));
    try {
      for (JsonNode e : JSON.readTree(directory.resolve("catalog.json").toFile()).path("datasets")) {
        layer.register(e);
        e.path("also_from").forEach(layer::register);
      }
      for (JsonNode r : JSON.readTree(directory.resolve("queries.json").toFile()).path("requests")) {
        if (r.path("url").asText("").endsWith("/data")) {
          layer.bodies.put(r.path("body").path("table").asText(""), r.path("body"));
        }
      }
    } catch (IOException | RuntimeException e) {
      // an unreadable catalog or query record: nothing is reused
    }
    return layer;
  }

  /** Notes a table's stamp and fetch date from a catalog entry, or from an {@code also_from} record of one that several tables built. */
  private void register(JsonNode entry) {
    String query = entry.path("query").asText("");
    if (query.startsWith("queries.json: ")) {
      entries.put(query.substring("queries.json: ".length()), entry);
    }
  }

  /** The folder. */
  Path directory() {
    return directory;
  }

  /**
   * The previous answer for this table when its stamp equals {@code updated}, its recorded request
   * equals {@code body} and its raw file matches the checksum recorded for it.
   */
  Optional<Answer> answer(String table, String updated, JsonNode body) {
    JsonNode entry = entries.get(table);
    if (entry == null || !entry.path("updated").asText("").equals(updated) || !body.equals(bodies.get(table))) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.list(directory.resolve("raw"))) {
      return files.filter(f -> f.getFileName().toString().startsWith(table + "-data-") && f.getFileName().toString().endsWith(".csv"))
          .filter(f -> verified("raw/" + f.getFileName()))
          .findFirst().map(f -> new Answer(f, entry.path("fetched").asText(""), updated));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Whether this file of the layer (a name as in {@code SHA256SUMS}) still has the recorded checksum. */
  boolean verified(String name) {
    String sum = sums.get(name);
    try {
      return sum != null && sum.equals(DatasetLoader.sha256(Files.readAllBytes(directory.resolve(name))));
    } catch (IOException e) {
      return false;
    }
  }

  /** The checksum recorded for this file, or empty. */
  Optional<String> sum(String name) {
    return Optional.ofNullable(sums.get(name));
  }

  private static Map<String, String> checksums(Path file) {
    Map<String, String> sums = new HashMap<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String[] parts = line.trim().split("\\s+\\*?", 2);
        if (parts.length == 2) {
          sums.put(parts[1], parts[0].toLowerCase(java.util.Locale.ROOT));
        }
      }
    } catch (IOException e) {
      // no checksums: nothing verifies, nothing is reused
    }
    return sums;
  }
}
