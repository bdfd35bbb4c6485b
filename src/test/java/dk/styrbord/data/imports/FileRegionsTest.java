package dk.styrbord.data.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileRegionsTest {
  @TempDir Path dir;

  @Test
  void regionsCoverTheFileAndStartAfterALineEndNeverBetweenCrAndLf() throws IOException {
    String text = "\uFEFFa;b\r\nc;d\re;f\n\r\ng;h\r\r\ni;j";
    Path file = dir.resolve("mixed.csv");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    byte[] bytes = Files.readAllBytes(file);
    for (long size = 1; size <= bytes.length; size++) {
      List<FileRegions.Region> regions = FileRegions.split(file, 3, bytes.length, size);
      assertEquals(3, regions.get(0).start());
      assertTrue(regions.get(0).first());
      assertEquals(bytes.length, regions.get(regions.size() - 1).end());
      assertTrue(regions.get(regions.size() - 1).last());
      for (int i = 1; i < regions.size(); i++) {
        long cut = regions.get(i).start();
        assertEquals(regions.get(i - 1).end(), cut);
        byte before = bytes[(int) cut - 1];
        assertTrue(before == '\n' || before == '\r' && bytes[(int) cut] != '\n', "cut at " + cut + " for regions of " + size);
      }
    }
  }
}
