package dk.styrbord.data.imports;

import static dk.styrbord.data.imports.Fixtures.MUNICIPALITIES;
import static dk.styrbord.data.imports.Fixtures.SOURCES;
import static dk.styrbord.data.imports.Fixtures.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;

class StatbankReaderTest {
  private final StatbankReader reader = StatbankReader.of(MUNICIPALITIES);

  @Test
  void folk1amMatchesThePublishedPopulationOfApril2024() {
    Table t = reader.read(SOURCES.resolve("FOLK1AM_2021M10-2024M04.csv"));
    assertEquals(3255, t.rowCount());
    assertEquals(List.of("OMRÅDE", "TID", "INDHOLD", "level", "kommune_code", "kommune", "period_start", "frequency"), t.columnNames());
    Table april = t.where(t.dateColumn("period_start").isEqualTo(LocalDate.of(2024, 4, 1)));
    assertEquals(105, april.rowCount());
    assertEquals(5_967_824, valueOf(april, "Hele landet"), 0.0);
    assertEquals(29_405, valueOf(april, "Lejre"), 0.0);
    assertEquals(350, april.where(april.stringColumn("OMRÅDE").isEqualTo("Lejre")).intColumn("kommune_code").get(0));
    assertEquals("month", april.stringColumn("frequency").get(0));
  }

  @Test
  void landEqualsTheRegionsAndTheMunicipalitiesInEveryMonth() {
    Table t = reader.read(SOURCES.resolve("FOLK1AM_2021M10-2024M04.csv"));
    for (String month : t.stringColumn("TID").unique()) {
      Table m = t.where(t.stringColumn("TID").isEqualTo(month));
      double land = sum(m, "land");
      assertEquals(land, sum(m, "region"), 0.0, month);
      // Christiansø (411) is counted in the country but is not one of the 98 municipalities: level "other"
      assertEquals(land, sum(m, "kommune") + sum(m, "other"), 0.0, month);
      assertEquals(98, m.where(m.stringColumn("level").isEqualTo("kommune")).rowCount(), month);
    }
  }

  @Test
  void folk1a2020K1GivesLejreInTheCivilStatusTotal() {
    Table t = reader.read(SOURCES.resolve("FOLK1A_2020K1_civilstand.csv"));
    Table total = t.where(t.stringColumn("CIVILSTAND").isEqualTo("I alt"));
    assertEquals(27_996, valueOf(total, "Lejre"), 0.0);
    assertEquals(5_822_763, valueOf(total, "Hele landet"), 0.0);
    assertEquals(sum(total, "land"), sum(total, "region"), 0.0);
    assertEquals(LocalDate.of(2020, 1, 1), total.dateColumn("period_start").get(0));
  }

  @Test
  void codeFormKeepsCodesAndResolvesThem() {
    Table t = reader.read(SOURCES.resolve("FOLK1A_age_2008-2020.csv"));
    assertEquals(31_200, t.rowCount());
    Table aarhus = t.where(t.stringColumn("OMRÅDE").isEqualTo("751"));
    assertEquals("Aarhus", aarhus.stringColumn("kommune").get(0));
    assertEquals(751, aarhus.intColumn("kommune_code").get(0));
    assertEquals("land", t.where(t.stringColumn("OMRÅDE").isEqualTo("000")).stringColumn("level").get(0));
    assertEquals("region", t.where(t.stringColumn("OMRÅDE").isEqualTo("085")).stringColumn("level").get(0));
    assertTrue(t.intColumn("kommune_code").isMissing(0));
  }

  @Test
  void englishLabelsGiveQuartersFromQ() {
    Table t = reader.read(fixture("real/FOLK1A_en_2021Q2.csv"));
    assertEquals(222, t.rowCount());
    assertEquals(LocalDate.of(2021, 4, 1), t.dateColumn("period_start").get(0));
    assertEquals(31_649, t.doubleColumn("INDHOLD").get(0), 0.0);
    assertFalse(t.columnNames().contains("level"));
  }

  @Test
  void rawApiResponseWithBomAndCrlfReadsTheNationalSeries() {
    Table t = reader.read(fixture("real/FOLK1A_national_2008K1-2020K4.csv"));
    assertEquals(52, t.rowCount());
    assertEquals("OMRÅDE", t.columnNames().get(0));
    assertEquals(5_822_763, t.where(t.stringColumn("TID").isEqualTo("2020K1")).doubleColumn("INDHOLD").get(0), 0.0);
  }

  @Test
  void webExportWithoutHeaderIsDetectedInUtf8AndWindows1252() {
    for (String name : List.of("real/REGK31_2024_web_export_excerpt.csv", "real/REGK31_2024_web_export_excerpt_cp1252.csv")) {
      Table t = reader.read(fixture(name));
      assertEquals(198, t.rowCount(), name);
      assertEquals(List.of("V1", "V2", "V3", "OMRÅDE", "INDHOLD", "level", "kommune_code", "kommune"), t.columnNames(), name);
      Table foster = t.where(t.stringColumn("V3").isEqualTo("5.28.22 Plejefamilier"));
      assertEquals(732, valueOf(foster, "Hele landet"), 0.0, name);
      assertEquals(2545, valueOf(foster, "Lolland"), 0.0, name);
      Table drugs = t.where(t.stringColumn("V3").startsWith("5.38.45"));
      assertEquals(-7, valueOf(drugs, "Billund"), 0.0, name);
      assertEquals(98, foster.where(foster.stringColumn("level").isEqualTo("kommune")).rowCount(), name);
    }
    assertEquals("windows-1252", reader.preview(fixture("real/REGK31_2024_web_export_excerpt_cp1252.csv")).dialect().encoding().toString());
  }

  @Test
  void danishDecimalsMissingAndNilInTheApiCsv() {
    Table t = reader.read(fixture("statbank/api_decimal_comma.csv"));
    assertNumbers(t);
    assertTrue(t.name().contains("1 value '..' (not available) → missing"), t.name());
    assertTrue(t.name().contains("1 value '-' (nil) → 0"), t.name());
    assertEquals(7.25, valueOf(t, "Region Sjælland"), 0.0);
  }

  @Test
  void englishDecimalPointAndLabels() {
    Table t = reader.read(fixture("statbank/api_english.csv"));
    assertEquals(1234.56, valueOf(t, "All Denmark"), 0.0);
    assertEquals(12.5, valueOf(t, "Lejre"), 0.0);
    assertEquals(-3, valueOf(t, "Copenhagen"), 0.0);
    assertEquals(101, t.where(t.stringColumn("OMRÅDE").isEqualTo("Copenhagen")).intColumn("kommune_code").get(0));
    assertEquals("region", t.where(t.stringColumn("OMRÅDE").startsWith("Capital")).stringColumn("level").get(0));
    assertTrue(Double.isNaN(valueOf(t, "Capital Region of Denmark")));
  }

  @Test
  void bulkCodeFormWithEveryFrequency() {
    Table t = reader.read(fixture("statbank/bulk_codes.csv"));
    assertEquals(1234.56, valueOf(t, "000"), 0.0);
    assertEquals(12.5, valueOf(t, "350"), 0.0);
    assertEquals(-3, valueOf(t, "360"), 0.0);
    assertTrue(Double.isNaN(valueOf(t, "773")));
    assertEquals(0, valueOf(t, "084"), 0.0);
    assertEquals(List.of("month", "month", "half-year", "year", "day", "day", "month"), t.stringColumn("frequency").asList());
    assertEquals(LocalDate.of(2024, 1, 3), t.dateColumn("period_start").get(4));
    assertEquals(LocalDate.of(2024, 1, 3), t.dateColumn("period_start").get(5));
    assertEquals(List.of("land", "kommune", "kommune", "kommune", "region", "other", "other"), t.stringColumn("level").asList());
  }

  @Test
  void webExportWithQuotedDecimalsAndDates() {
    Table t = reader.read(fixture("statbank/web_export_decimals.csv"));
    assertEquals(List.of("V1", "TID", "OMRÅDE", "INDHOLD", "level", "kommune_code", "kommune", "period_start", "frequency"), t.columnNames());
    assertEquals(12.5, valueOf(t, "Lejre"), 0.0);
    assertEquals(1234.56, valueOf(t, "Lolland"), 0.0);
    assertEquals(-3, valueOf(t, "Morsø"), 0.0);
    assertTrue(Double.isNaN(valueOf(t, "Hele landet")));
    assertEquals(LocalDate.of(2024, 1, 3), t.dateColumn("period_start").get(0));
  }

  @Test
  void valueColumnIsDoubleAndPeriodsSortByTime() {
    Table t = reader.read(SOURCES.resolve("FOLK1AM_2021M10-2024M04.csv"));
    assertEquals(ColumnType.DOUBLE, t.column("INDHOLD").type());
    assertEquals(ColumnType.LOCAL_DATE, t.column("period_start").type());
    Table sorted = t.sortOn("period_start");
    assertEquals("2021M10", sorted.stringColumn("TID").get(0));
    assertEquals("2024M04", sorted.stringColumn("TID").get(t.rowCount() - 1));
  }

  @Test
  void previewShowsTheDetectedSettings() {
    ImportPreview p = reader.preview(SOURCES.resolve("FOLK1AM_2021M10-2024M04.csv"));
    assertEquals("UTF-8 with BOM", p.dialect().encoding().toString());
    assertEquals(';', p.dialect().separator());
    assertTrue(p.dialect().header());
    assertEquals("CRLF", p.dialect().lineEnding());
    assertEquals(List.of("OMRÅDE", "TID", "INDHOLD"), p.columns().stream().map(ColumnGuess::name).toList());
    assertTrue(p.columns().get(1).kind().startsWith("period (month)"));
    assertEquals("Hele landet | 2021M10 | 5867412", p.firstRows().get(0));
    String printed = p.toString();
    assertTrue(printed.contains("UTF-8 with BOM") && printed.contains("semicolon") && printed.contains("readStatbank("), printed);
    assertEquals(3, p.asTable().rowCount());
  }

  static void assertNumbers(Table t) {
    assertEquals(1234.56, valueOf(t, "Hele landet"), 0.0);
    assertEquals(12.5, valueOf(t, "Lejre"), 0.0);
    assertEquals(-3, valueOf(t, "Lolland"), 0.0);
    assertTrue(Double.isNaN(valueOf(t, "Morsø")));
    assertEquals(0, valueOf(t, "Varde"), 0.0);
  }

  static double valueOf(Table t, String area) {
    Table row = t.where(t.stringColumn("OMRÅDE").isEqualTo(area));
    assertEquals(1, row.rowCount(), area);
    return row.doubleColumn("INDHOLD").getDouble(0);
  }

  private static double sum(Table t, String level) {
    return t.where(t.stringColumn("level").isEqualTo(level)).doubleColumn("INDHOLD").sum();
  }
}
