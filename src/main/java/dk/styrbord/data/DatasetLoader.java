package dk.styrbord.data;

import dk.styrbord.WorkbenchException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * Reads one bundled dataset into a Tablesaw table, after checking that the file is there, that its
 * SHA-256 matches the catalog, and that its header has the catalog's columns; the parsed table comes
 * from the {@link DatasetCache} when it holds this very file.
 *
 * <p>Example: {@code DatasetLoader.load(Catalog.bundled(), "population")}.
 */
public final class DatasetLoader {
  private DatasetLoader() {}

  /** Loads the named dataset from the catalog's folder. */
  public static Table load(Catalog catalog, String name) {
    return load(catalog.directory(), catalog.entry(name));
  }

  /** Loads a dataset described by a catalog entry from a data folder. */
  public static Table load(Path directory, DatasetEntry entry) {
    Path file = directory.resolve(entry.file());
    byte[] bytes = readVerified(file, entry.sha256());
    checkHeader(file, bytes, entry.columns());
    Optional<DatasetCache> cache = DatasetCache.configured();
    Optional<Table> cached = cache.flatMap(c -> c.read(entry));
    if (cached.isPresent()) {
      return cached.get();
    }
    Table table = parse(file, bytes, entry);
    cache.ifPresent(c -> c.write(entry, table));
    return table;
  }

  private static byte[] readVerified(Path file, String expectedSha256) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new WorkbenchException(
          file + " is missing. Restore the bundled data with: git checkout -- " + relative(file), e);
    } catch (IOException e) {
      throw new WorkbenchException(file + " cannot be read: " + e.getMessage(), e);
    }
    String actual = sha256(bytes);
    if (!actual.equalsIgnoreCase(expectedSha256)) {
      throw new WorkbenchException(
          file + " is damaged or was edited: its SHA-256 does not match data/SHA256SUMS."
              + " Restore it with: git checkout -- " + relative(file));
    }
    return bytes;
  }

  private static void checkHeader(Path file, byte[] bytes, List<ColumnEntry> columns) {
    String text = new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.UTF_8);
    String header = text.lines().findFirst().orElse("");
    List<String> expected = columns.stream().map(ColumnEntry::name).toList();
    List<String> actual = List.of(header.split(",", -1));
    if (!actual.equals(expected)) {
      throw new WorkbenchException(
          file + " line 1: the header " + actual + " differs from the catalog's columns " + expected
              + ". Restore it with: git checkout -- " + relative(file));
    }
  }

  private static Table parse(Path file, byte[] bytes, DatasetEntry entry) {
    ColumnType[] types = entry.columns().stream().map(c -> typeOf(c.type())).toArray(ColumnType[]::new);
    CsvReadOptions options =
        CsvReadOptions.builder(new ByteArrayInputStream(bytes))
            .tableName(entry.name())
            .header(true)
            .separator(',')
            .columnTypes(types)
            .missingValueIndicator("")
            .dateFormat(DateTimeFormatter.ISO_LOCAL_DATE)
            // Tablesaw's default of 4,096 characters is too short for a GeoJSON boundary in boundaries.csv
            // (up to about 8,100); a limit of one million characters per field leaves ample room.
            .maxCharsPerColumn(1_000_000)
            .build();
    try {
      return Table.read().usingOptions(options);
    } catch (RuntimeException e) {
      throw new WorkbenchException(file + " cannot be read as the catalog describes it: " + e.getMessage(), e);
    }
  }

  private static ColumnType typeOf(String name) {
    return switch (name) {
      case "INTEGER" -> ColumnType.INTEGER;
      case "LONG" -> ColumnType.LONG;
      case "DOUBLE" -> ColumnType.DOUBLE;
      case "STRING" -> ColumnType.STRING;
      case "LOCAL_DATE" -> ColumnType.LOCAL_DATE;
      case "BOOLEAN" -> ColumnType.BOOLEAN;
      default -> throw new WorkbenchException("data/catalog.json names an unknown column type " + name
          + ". Use INTEGER, LONG, DOUBLE, STRING, LOCAL_DATE or BOOLEAN.");
    };
  }

  /** The SHA-256 of some bytes as lower-case hex, as {@code sha256sum} prints it. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has SHA-256", e);
    }
  }

  private static String relative(Path file) {
    Path home = WorkbenchHome.directory();
    Path absolute = file.toAbsolutePath().normalize();
    return absolute.startsWith(home) ? home.relativize(absolute).toString() : absolute.toString();
  }
}
