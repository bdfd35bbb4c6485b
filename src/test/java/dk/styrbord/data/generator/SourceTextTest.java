package dk.styrbord.data.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceTextTest {

  @Test
  void readsTheRawApiShapeWithBomAndCrlf() {
    List<List<String>> rows = SourceText.rows(Path.of("data/sources/FOLK1AM_2021M10-2024M04.csv"), ';');
    assertEquals(3255, rows.size());
    assertEquals(List.of("Hele landet", "2021M10", "5867412"), rows.get(0));
  }

  @Test
  void readsTheQuotedCodesOfTheClassificationExport() {
    List<List<String>> rows = SourceText.rows(Path.of("data/sources/dst_kommunegrupper.csv"), ';');
    assertEquals(103, rows.size());
    assertEquals(List.of("2", "101", "2", "København", "", "", "", "", "", ""), rows.get(1));
  }

  @Test
  void fallsBackToLatin1WhenTheBytesAreNotUtf8(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("latin1.csv");
    Files.write(file, "Kommune,Region\r\nHørsholm,Hovedstaden\r\n".getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(List.of(List.of("Hørsholm", "Hovedstaden")), SourceText.rows(file, ','));
  }

  @Test
  void keepsSeparatorsInsideQuotes() {
    assertEquals(List.of("Pr. indbygger, løbende priser (kr.)", "I alt (netto)", "2545"),
        SourceText.fields("\"Pr. indbygger, løbende priser (kr.)\",\"I alt (netto)\",2545", ','));
  }
}
