package dk.styrbord.data.generator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds {@code SHA256SUMS} in the exact format of GNU {@code sha256sum}: one line per file,
 * {@code <64 lower-case hex>  <file name>}, sorted by file name, so {@code sha256sum -c SHA256SUMS}
 * run inside {@code data/} verifies the bundled datasets and their catalog.
 *
 * <p>Example: {@code Checksums.of(GenerateData.tables(GenerateData.SOURCES), catalogBytes)}.
 */
final class Checksums {
  static final String FILE = "SHA256SUMS";

  private Checksums() {}

  /** The lines for the generated tables and the hand-written catalog ({@code catalog.json}, its bytes). */
  static String of(List<CsvTable> tables, byte[] catalog) {
    Map<String, String> sums = new TreeMap<>();
    for (CsvTable t : tables) {
      sums.put(t.file(), sha256(t.text().getBytes(StandardCharsets.UTF_8)));
    }
    sums.put("catalog.json", sha256(catalog));
    StringBuilder out = new StringBuilder();
    sums.forEach((file, sum) -> out.append(sum).append("  ").append(file).append('\n'));
    return out.toString();
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has SHA-256", e);
    }
  }
}
