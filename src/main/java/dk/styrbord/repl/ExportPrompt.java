package dk.styrbord.repl;

import dk.styrbord.export.CsvExport;
import dk.styrbord.export.XlsxExport;
import java.nio.file.Path;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * The prompt's helpers for taking a table out of the workbench: an Excel workbook, or CSV in Danish
 * or international habits. Each is a thin front over a tested class in {@code export}; none
 * replaces a file unless its last argument is {@code true}.
 */
public final class ExportPrompt {
  private static final String EXPORT = "Export / Eksport";

  /** The helpers of this class, for {@code help()}. */
  static final List<HelpEntry> HELP =
      List.of(
          new HelpEntry("exportXlsx", EXPORT, "exportXlsx(Table table, String path)  ·  exportXlsx(table, path, boolean overwrite)",
              "Writes the table as an Excel workbook (.xlsx): numbers as numbers, dates as dates, a bold header that stays in view, the table's name on the sheet; text such as =1+1 is kept as text ('=1+1). An existing file is kept unless overwrite is true.",
              "Gemmer tabellen som Excel-projektmappe (.xlsx): tal som tal, datoer som datoer, fed overskrift der bliver stående, tabellens navn på arket; tekst som =1+1 bevares som tekst ('=1+1). En eksisterende fil bevares, medmindre overwrite er true.",
              "exportXlsx(level(\"5.38\", 2024), \"exports/level-5.38-2024.xlsx\", true)"),
          new HelpEntry("exportCsv", EXPORT, "exportCsv(Table table, String path)  ·  exportCsv(table, path, boolean overwrite)",
              "Writes the table as CSV the way Danish Excel opens it by double-click: semicolons, decimal comma, UTF-8 with BOM so æøå survive; text that a spreadsheet would run as a formula gets a leading apostrophe.",
              "Gemmer tabellen som CSV, som dansk Excel åbner den ved dobbeltklik: semikolon, decimalkomma, UTF-8 med BOM så æøå bevares; tekst som et regneark ville køre som formel får en apostrof foran.",
              "exportCsv(level(\"5.38\", 2024), \"exports/level-5.38-2024.csv\", true)"),
          new HelpEntry("exportCsvInternational", EXPORT, "exportCsvInternational(Table table, String path)  ·  exportCsvInternational(table, path, boolean overwrite)",
              "Writes the table as international CSV for R, pandas and other tools: commas, decimal point, UTF-8 without BOM.",
              "Gemmer tabellen som international CSV til R, pandas og andre værktøjer: komma, decimalpunktum, UTF-8 uden BOM.",
              "exportCsvInternational(population, \"exports/population.csv\", true)"));

  private ExportPrompt() {}

  /** Writes an Excel workbook, never replacing a file. Example: {@code exportXlsx(population, "exports/population.xlsx")}. */
  public static void exportXlsx(Table table, String path) {
    exportXlsx(table, path, false);
  }

  /** Writes an Excel workbook, replacing a file if {@code overwrite}. Example: {@code exportXlsx(population, "exports/population.xlsx", true)}. */
  public static void exportXlsx(Table table, String path, boolean overwrite) {
    wrote(XlsxExport.of(table).write(inWorkFolder(path), overwrite), table, "opens in Excel and LibreOffice");
  }

  /** Writes CSV in Danish habits, never replacing a file. Example: {@code exportCsv(population, "exports/population.csv")}. */
  public static void exportCsv(Table table, String path) {
    exportCsv(table, path, false);
  }

  /** Writes CSV in Danish habits, replacing a file if {@code overwrite}. Example: {@code exportCsv(population, "exports/population.csv", true)}. */
  public static void exportCsv(Table table, String path, boolean overwrite) {
    wrote(CsvExport.danish(table).write(inWorkFolder(path), overwrite), table, "semicolons, decimal comma; opens in Danish Excel");
  }

  /** Writes CSV in international habits, never replacing a file. Example: {@code exportCsvInternational(population, "exports/population.csv")}. */
  public static void exportCsvInternational(Table table, String path) {
    exportCsvInternational(table, path, false);
  }

  /** Writes CSV in international habits, replacing a file if {@code overwrite}. Example: {@code exportCsvInternational(population, "exports/population.csv", true)}. */
  public static void exportCsvInternational(Table table, String path, boolean overwrite) {
    wrote(CsvExport.international(table).write(inWorkFolder(path), overwrite), table, "commas, decimal point");
  }

  private static void wrote(Path file, Table table, String habits) {
    System.out.println("Wrote " + file + " (" + table.rowCount() + " rows, " + table.columnCount() + " columns; " + habits + ").");
  }

  /**
   * A relative path is taken from the folder the workbench was started in, as {@code save(chart, path)}
   * does; the tests point the system property {@code styrbord.workdir} elsewhere so their examples
   * write nothing into the project.
   */
  private static Path inWorkFolder(String path) {
    return Path.of(System.getProperty("styrbord.workdir", "")).toAbsolutePath().resolve(path);
  }
}
