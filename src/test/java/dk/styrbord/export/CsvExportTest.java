package dk.styrbord.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import dk.styrbord.data.imports.CsvReader;
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

  private static List<String> metadata(String text) {
    return text.lines().takeWhile(l -> l.startsWith("#")).toList();
  }

  /** The value of "# field: value", read with string operations only. */
  private static String field(List<String> metadata, String field) {
    return metadata.stream().filter(l -> l.startsWith("# " + field + ": ")).map(l -> l.substring(field.length() + 4)).findFirst()
        .orElseThrow(() -> new AssertionError("no # " + field + " line in " + metadata));
  }

  private static List<String[]> parseSkippingComments(byte[] bytes, char separator) {
    CsvParserSettings settings = new CsvParserSettings();
    settings.getFormat().setDelimiter(separator);
    settings.getFormat().setLineSeparator("\r\n");
    settings.getFormat().setComment('#');
    settings.setNullValue("");
    settings.setEmptyValue("");
    return new CsvParser(settings).parseAll(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
  }

  @Test
  void aResultStatesTitleUnitPriceBasisSourceAndSyntheticStatusAboveItsHeader() throws Exception {
    Path file = CsvExport.danish(Results.result(Results.fixedPrices())).write(dir.resolve("lejre.csv"), false);
    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).substring(1);
    List<String> about = metadata(text);
    assertEquals("Lejre 2020–2024: spending on 5.38 (adults)", field(about, "Title"));
    assertEquals("Lejre", field(about, "Municipality"));
    assertEquals("Oplandskommuner (2 municipalities)", field(about, "Comparison group"));
    assertEquals("2020–2024", field(about, "Years"));
    assertEquals("DKK per 18–64-year-old (kr. pr. 18–64-årig)", field(about, "Unit"));
    assertEquals("fixed 2024 prices (faste 2024-priser)", field(about, "Price basis"));
    assertEquals("includes synthetic data: for training, not for decisions (indeholder syntetiske data: til træning, ikke til beslutninger)",
        field(about, "Data status"));
    assertEquals("Statistics Denmark, REGK31, 2024 synthetic", field(about, "Source"), "a semicolon would split the line in Danish Excel");
    assertTrue(about.contains("# Source: Statistics Denmark, FOLK1A"), about.toString());
    assertEquals("2024 is a budget year, not accounts", field(about, "Note"));
    assertEquals("", text.lines().skip(about.size()).findFirst().orElseThrow(), "a blank line parts the # lines from the header");
    assertEquals("kommune;year;per_inhabitant", text.lines().skip(about.size() + 1).findFirst().orElseThrow());
    for (String line : about) {
      assertFalse(line.contains(";"), "one field a line, shown whole in Excel's first column: " + line);
    }
  }

  @Test
  void aParserThatSkipsCommentsReadsTheRowsOfAResult() {
    byte[] bytes = CsvExport.international(Results.result(Results.currentPrices())).bytes();
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertEquals("current prices", field(metadata(text), "Price basis").replace(" (løbende priser)", ""));
    assertEquals("official data (officielle data)", field(metadata(text), "Data status"), "official data are not for training only");
    assertEquals("Lejre's own data (Lejres egne data)", field(metadata(text), "Whose data"));
    assertEquals("Lejre Kommune, budget 2024", field(metadata(text), "Source"), "the international file keeps its commas");
    // univocity (Tablesaw's parser) with '#' as comment, as R's comment.char and pandas' comment.
    List<String[]> rows = parseSkippingComments(bytes, ',');
    assertArrayEquals(new String[] {"kommune", "year", "per_inhabitant"}, rows.get(0));
    assertArrayEquals(new String[] {"Lejre", "2024", "5302.5"}, rows.get(1));
    assertEquals("Sag #12", rows.get(3)[0], "a # inside a field is quoted, so no comment cuts it");
    assertTrue(text.contains("\"Sag #12\""), text);
  }

  @Test
  void aPlainTableHasNoCommentLines() {
    assertEquals("kommune,code,dkk,decided", CsvExport.international(sample()).text().lines().findFirst().orElseThrow());
    assertEquals("kommune,year,per_inhabitant", CsvExport.international(Results.figures()).text().lines().findFirst().orElseThrow());
  }

  @Test
  void theWorkbenchsReadCsvReadsAnExportedResultBack() {
    for (CsvExport export : List.of(CsvExport.danish(Results.result(Results.fixedPrices())),
        CsvExport.international(Results.result(Results.fixedPrices())))) {
      Path file = export.write(dir.resolve("back-" + export.separator() + ".csv"), false);
      Table back = CsvReader.bundled().read(file);
      assertEquals(List.of("kommune", "year", "per_inhabitant"), back.columnNames().subList(0, 3), file.toString());
      assertEquals(3, back.rowCount());
      assertEquals("Roskilde", back.getString(1, "kommune"));
      assertEquals(2024, ((Number) back.column("year").get(0)).intValue());
      assertEquals(5302.5, ((Number) back.column("per_inhabitant").get(0)).doubleValue());
      assertEquals(-12.25, ((Number) back.column("per_inhabitant").get(1)).doubleValue());
      assertEquals("Sag #12", back.getString(2, "kommune"));
    }
  }

  @Test
  void aColumnNameThatLooksLikeAFormulaIsNeutralisedLikeAValue() {
    Table t = Table.create("t", StringColumn.create("=HYPERLINK(\"http://x\")", "a"), IntColumn.create("@n", 1));
    List<String[]> rows = parse(CsvExport.international(t).bytes(), ',');
    assertArrayEquals(new String[] {"'=HYPERLINK(\"http://x\")", "'@n"}, rows.get(0));
  }

  @Test
  void numbersAreWrittenAsTheShortestDecimalThatReadsBackTheSame() {
    double[] values = {1e-20, 0.1 + 0.2, 1.0 / 3, 123456789.125, 3, -0.00012, 2.5e15, 1e300, 4.9e-324};
    Table t = Table.create("t", DoubleColumn.create("x", values));
    List<String[]> international = parse(CsvExport.international(t).bytes(), ',');
    List<String[]> danish = parse(Arrays.copyOfRange(CsvExport.danish(t).bytes(), 3, CsvExport.danish(t).bytes().length), ';');
    String[] expected = {"1.0E-20", "0.30000000000000004", "0.3333333333333333", "123456789.125", "3", "-0.00012",
        "2.5E15", "1.0E300", "4.9E-324"};
    for (int i = 0; i < values.length; i++) {
      assertEquals(expected[i], international.get(i + 1)[0]);
      assertEquals(expected[i].replace('.', ','), danish.get(i + 1)[0]);
      assertEquals(values[i], Double.parseDouble(international.get(i + 1)[0]), "reads back as the same double");
    }
  }
}
