package dk.styrbord.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class CsvExportTest {
  @TempDir Path dir;

  private static Table sample() {
    DateColumn dates = DateColumn.create("decided");
    dates.append(LocalDate.of(2024, 1, 3));
    dates.appendMissing();
    dates.append(LocalDate.of(2025, 12, 31));
    return Table.create("t",
        StringColumn.create("kommune", "Hørsholm", "Ærø; \"Øst\"", "=HYPERLINK(\"x\")"),
        IntColumn.create("code", 223, 492, -3),
        DoubleColumn.create("dkk", 1234.56, -12.5, Double.NaN),
        dates);
  }

  private static List<String[]> parse(byte[] bytes, char separator) {
    CsvParserSettings settings = new CsvParserSettings();
    settings.getFormat().setDelimiter(separator);
    settings.getFormat().setLineSeparator("\r\n");
    settings.setNullValue("");
    settings.setEmptyValue("");
    settings.trimValues(false);
    return new CsvParser(settings).parseAll(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
  }

  @Test
  void danishCsvHasBomSemicolonsAndDecimalCommas() throws Exception {
    Path file = CsvExport.danish(sample()).write(dir.resolve("out.csv"), false);
    byte[] bytes = Files.readAllBytes(file);
    assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
    List<String[]> rows = parse(Arrays.copyOfRange(bytes, 3, bytes.length), ';');
    assertArrayEquals(new String[] {"kommune", "code", "dkk", "decided"}, rows.get(0));
    assertArrayEquals(new String[] {"Hørsholm", "223", "1234,56", "2024-01-03"}, rows.get(1));
    assertArrayEquals(new String[] {"Ærø; \"Øst\"", "492", "-12,5", ""}, rows.get(2));
    assertEquals("-3", rows.get(3)[1], "a negative number stays a number");
    assertEquals("", rows.get(3)[2], "a missing value is an empty cell");
  }

  @Test
  void formulasInTextAreNeutralisedButNumbersAreNot() {
    List<String[]> rows = parse(CsvExport.international(sample()).bytes(), ',');
    assertEquals("'=HYPERLINK(\"x\")", rows.get(3)[0]);
    assertEquals("-3", rows.get(3)[1]);
    for (String risky : new String[] {"=1+1", "+45 12345678", "-2+3", "@SUM(A1)", "\tx", "\rx"}) {
      assertEquals("'" + risky, CsvExport.neutralised(risky));
    }
    assertEquals("Lejre", CsvExport.neutralised("Lejre"));
  }

  @Test
  void internationalCsvUsesCommasAndPoints() {
    String text = CsvExport.international(sample()).text();
    assertEquals("kommune,code,dkk,decided", text.lines().findFirst().orElseThrow());
    assertEquals("Hørsholm,223,1234.56,2024-01-03", text.lines().skip(1).findFirst().orElseThrow());
  }
}
