package dk.styrbord.data.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.styrbord.repl.ImportPrompt;
import dk.styrbord.repl.WorkbenchExecutionProvider;
import java.io.File;
import java.lang.reflect.Field;
import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** The prompt's import helpers, called as a user would, and every help example run in a JShell. */
class ImportPromptTest {
  @Test
  void readStatbankAndReadCsvGiveTheReferenceValues() {
    Table t = ImportPrompt.readStatbank("data/sources/FOLK1AM_2021M10-2024M04.csv");
    Table lejre = t.where(t.stringColumn("OMRÅDE").isEqualTo("Lejre").and(t.stringColumn("TID").isEqualTo("2024M04")));
    assertEquals(29_405, lejre.doubleColumn("INDHOLD").getDouble(0), 0.0);
    Table own = ImportPrompt.readCsv("src/test/resources/imports/own/udgifter_excel.csv");
    assertEquals(12.5, own.doubleColumn("Beløb").getDouble(1), 0.0);
    Table sheet = ImportPrompt.readExcel("src/test/resources/imports/own/udgifter.xlsx");
    assertEquals(12.5, sheet.doubleColumn("Tekstbeløb").getDouble(1), 0.0);
  }

  @Test
  void previewChoosesTheStatbankOrTheCsvReader() {
    assertTrue(ImportPrompt.preview("data/sources/FOLK1AM_2021M10-2024M04.csv").readWith().startsWith("readStatbank("));
    assertTrue(ImportPrompt.preview("src/test/resources/imports/real/REGK31_2024_web_export_excerpt.csv").readWith().startsWith("readStatbank("));
    assertTrue(ImportPrompt.preview("src/test/resources/imports/own/udgifter_excel.csv").readWith().startsWith("readCsv("));
  }

  @Test
  void sumByAddsTheRowsOfEachGroup() {
    Table byYear = ImportPrompt.readStatbank("data/sources/FOLK1AM_2021M10-2024M04.csv");
    byYear.addColumns(byYear.stringColumn("TID").map(t -> t.substring(0, 4)).setName("year"));
    Table sums = ImportPrompt.sumBy(byYear, "INDHOLD", "OMRÅDE", "year");
    // the file has one row per area and month: 2024 holds January to April, Lejre's four months sum as by hand
    double lejre2024 = 0;
    for (String month : List.of("2024M01", "2024M02", "2024M03", "2024M04")) {
      lejre2024 += byYear.where(byYear.stringColumn("OMRÅDE").isEqualTo("Lejre")
          .and(byYear.stringColumn("TID").isEqualTo(month))).doubleColumn("INDHOLD").get(0);
    }
    Table lejre = sums.where(sums.stringColumn("OMRÅDE").isEqualTo("Lejre").and(sums.stringColumn("year").isEqualTo("2024")));
    assertEquals(lejre2024, lejre.doubleColumn("Sum [INDHOLD]").get(0), 0.0);
    assertTrue(lejre2024 > 4 * 29_000, "four months of about 29,400 people");
    // October 2021 to April 2024: four years for every area
    assertEquals(byYear.stringColumn("OMRÅDE").countUnique() * 4, sums.rowCount());
  }

  @Test
  void everyHelpExampleRunsAtThePrompt() throws ReflectiveOperationException {
    Field field = ImportPrompt.class.getDeclaredField("HELP");
    field.setAccessible(true);
    List<?> help = (List<?>) field.get(null);
    assertEquals(7, help.size());
    try (JShell shell = JShell.builder().executionEngine(WorkbenchExecutionProvider.NAME).build()) {
      for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
        shell.addToClasspath(entry);
      }
      shell.eval("import static dk.styrbord.repl.ImportPrompt.*;");
      shell.eval("import tech.tablesaw.api.*;");
      for (Object entry : help) {
        String example = ((dk.styrbord.repl.HelpEntry) entry).example();
        for (SnippetEvent e : shell.eval(example)) {
          assertEquals(Snippet.Status.VALID, e.status(), example);
          assertNull(e.exception(), example + " threw " + e.exception());
        }
      }
    }
  }
}
