package dk.styrbord.data.imports;

import static dk.styrbord.data.imports.Fixtures.MUNICIPALITIES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.styrbord.WorkbenchException;
import dk.styrbord.data.Municipality;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** Files of several megabytes, so records and quoted fields cross the streaming reader's 1 MB buffer. */
class StreamingReadTest {
  @TempDir Path dir;

  @Test
  void bulkFileReadsLikeTheCharacterReaderAcrossBufferBoundaries() throws IOException {
    Path file = dir.resolve("bulk.csv");
    double expected = write(file, StandardCharsets.UTF_8, false, 60_000);
    Table streamed = StatbankReader.of(MUNICIPALITIES).read(file);
    Table general = CsvReader.of(MUNICIPALITIES).read(file);
    assertEquals(general.rowCount(), streamed.rowCount());
    assertEquals(expected, streamed.doubleColumn("INDHOLD").sum(), 1e-6);
    for (int i = 0; i < streamed.rowCount(); i += 997) {
      assertEquals(general.stringColumn("FUNKTION").get(i), streamed.stringColumn("FUNKTION").get(i));
      assertEquals(general.doubleColumn("INDHOLD").getDouble(i), streamed.doubleColumn("INDHOLD").getDouble(i), 0.0);
    }
  }

  @Test
  void quotedWebExportInWindows1252AcrossBufferBoundaries() throws IOException {
    Path file = dir.resolve("web.csv");
    double expected = write(file, Charset.forName("windows-1252"), true, 40_000);
    Table t = StatbankReader.of(MUNICIPALITIES).read(file);
    assertEquals(40_000, t.rowCount());
    assertEquals(expected, t.doubleColumn("INDHOLD").sum(), 1e-6);
    assertTrue(t.stringColumn("V2").get(0).startsWith("5.28.22 Plejefamilier; \"kursiv\""), t.stringColumn("V2").get(0));
    assertEquals("Sønderborg", t.where(t.intColumn("kommune_code").isEqualTo(540)).stringColumn("kommune").get(0));
  }

  @Test
  void duplicateFarDownALargeFileNamesBothLines() throws IOException {
    Path file = dir.resolve("dup.csv");
    write(file, StandardCharsets.UTF_8, false, 30_000);
    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    lines.add(lines.get(5));
    Files.write(file, lines, StandardCharsets.UTF_8);
    WorkbenchException e = assertThrows(WorkbenchException.class, () -> StatbankReader.of(MUNICIPALITIES).read(file));
    assertTrue(e.getMessage().contains("line 30002: this row repeats line 6"), e.getMessage());
  }

  @Test
  void windows1252LettersAfterAMegabyteOfAsciiAreDetected() throws IOException {
    Path file = dir.resolve("late-letters.csv");
    StringBuilder text = new StringBuilder("OMRÅDE;FUNKTION;TID;INDHOLD\r\n".replace("Å", "A"));
    for (int row = 0; text.length() < 1_300_000; row++) {
      text.append("Lejre;5.28.").append(row).append(" Funktion;2024;12,5\r\n");
    }
    text.append("Morsø;5.28.22 Plejefamilier;2024;1.234,56\r\n");
    Files.write(file, text.toString().getBytes(Charset.forName("windows-1252")));
    Table statbank = StatbankReader.of(MUNICIPALITIES).read(file);
    Table morsoe = statbank.where(statbank.stringColumn("OMRADE").isEqualTo("Morsø"));
    assertEquals(773, morsoe.intColumn("kommune_code").getInt(0));
    assertEquals(1234.56, morsoe.doubleColumn("INDHOLD").getDouble(0), 0.0);
    Table csv = CsvReader.of(MUNICIPALITIES).read(file);
    assertEquals("Morsø", csv.stringColumn("OMRADE").get(csv.rowCount() - 1));
  }

  /** Writes rows of area × function × year with decimal-comma values; returns their sum. */
  private static double write(Path file, Charset charset, boolean webExport, int rows) throws IOException {
    List<String> areas = MUNICIPALITIES.all().stream().map(Municipality::name).toList();
    Random random = new Random(1);
    double sum = 0;
    try (Writer out = Files.newBufferedWriter(file, charset)) {
      if (!webExport) {
        out.write("OMRÅDE;FUNKTION;TID;INDHOLD\r\n");
      }
      for (int row = 0; row < rows; row++) {
        String area = areas.get(row % areas.size());
        int function = row / (areas.size() * 10);
        int year = 2000 + (row / areas.size()) % 10;
        long tenths = random.nextInt(2_000_000) - 1_000_000;
        sum += tenths / 10.0;
        String value = (tenths < 0 ? "-" : "") + Math.abs(tenths) / 10 + "," + Math.abs(tenths) % 10;
        if (webExport) {
          out.write("\"Pr. indbygger\",\"5.28.22 Plejefamilier; \"\"kursiv\"\" " + function + " " + year + "\",\"" + area + "\",\"" + value + "\"\r\n");
        } else {
          out.write(area + ";5.28." + function + " Funktion æøå;" + year + ";" + value + "\r\n");
        }
      }
    }
    assertTrue(Files.size(file) > 1_100_000, "larger than the 1 MB buffer: " + Files.size(file));
    return sum;
  }
}
