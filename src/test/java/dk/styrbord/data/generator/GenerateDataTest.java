package dk.styrbord.data.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateDataTest {

  @Test
  void committedFilesEqualGeneratorOutput(@TempDir Path out) throws IOException {
    GenerateData.main(new String[] {out.toString()});
    List<String> written = fileNames(out);
    List<String> listed = written.stream().filter(f -> f.endsWith(".csv")).collect(Collectors.toList());
    listed.add("catalog.json");
    assertEquals(listed.stream().sorted().collect(Collectors.toList()), listedInChecksums(out), "every table and the catalog");
    for (String file : written) {
      assertArrayEquals(Files.readAllBytes(Path.of("data", file)), Files.readAllBytes(out.resolve(file)),
          file + " differs from the generator output; rerun GenerateData data");
    }
  }

  @Test
  void checksumsMatchTheBundledFiles() throws IOException {
    for (String line : Files.readAllLines(Path.of("data", Checksums.FILE))) {
      String[] parts = line.split("  ", 2);
      assertEquals(parts[0], Checksums.sha256(Files.readAllBytes(Path.of("data", parts[1]))), parts[1]);
    }
  }

  private static List<String> fileNames(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  private static List<String> listedInChecksums(Path dir) throws IOException {
    return Files.readAllLines(dir.resolve(Checksums.FILE)).stream()
        .map(line -> line.substring(66))
        .collect(Collectors.toList());
  }
}
