package dk.styrbord.repl;

import dk.styrbord.analysis.Result;
import dk.styrbord.analysis.ResultTable;
import dk.styrbord.export.CsvExport;
import dk.styrbord.export.XlsxExport;
import java.nio.file.Path;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * The prompt's helpers for taking a result or a table out of the workbench: an Excel workbook, or
 * CSV in Danish or international habits. A result ({@link Result}) takes what its figures are
 * along: title, unit, price basis, sources and data status. Each is a thin front over a tested
 * class in {@code export}; none replaces a file unless its last argument is {@code true}.
 */
public final class ExportPrompt {
  private static final String EXPORT = "Export / Eksport";
  private static final String DANISH = "semicolons, decimal comma; opens in Danish Excel";
  private static final String INTERNATIONAL = "commas, decimal point";

  /** The helpers of this class, for {@code help()}. */
  static final List<HelpEntry> HELP =
      List.of(
          new HelpEntry("exportXlsx", EXPORT, "exportXlsx(result or table, String path)  ·  exportXlsx(result or table, path, boolean overwrite)",
              "Writes an Excel workbook (.xlsx): the figures on the first sheet (numbers as numbers, dates as dates, a bold header in row 1 that stays in view); for a helper's result a second sheet \"Om tallene (About)\" states title, municipality, comparison group, years, unit, price basis (fixed 2024 prices / current prices), data status (official / includes synthetic data: for training, not for decisions), sources, whose data and notes, and the title is the workbook's title. Text such as =1+1 stays text (Excel's quote prefix). Over Excel's limits (1,048,576 rows, 16,384 columns, 32,767 characters a cell) it refuses: export as CSV. An existing file is kept unless overwrite is true.",
              "Gemmer en Excel-projektmappe (.xlsx): tallene på første ark (tal som tal, datoer som datoer, fed overskrift i række 1 der bliver stående); for et resultat fra en hjælper står titel, kommune, sammenligningsgruppe, år, enhed, prisgrundlag (faste 2024-priser / løbende priser), datastatus (officielle data / indeholder syntetiske data: til træning, ikke til beslutninger), kilder, hvis data og noter på andet ark, \"Om tallene (About)\", og titlen er projektmappens titel. Tekst som =1+1 forbliver tekst (Excels citatpræfiks). Over Excels grænser (1.048.576 rækker, 16.384 kolonner, 32.767 tegn i en celle) afvises den: eksportér som CSV. En eksisterende fil bevares, medmindre overwrite er true.",
              "exportXlsx(level(\"5.38\", 2024), \"exports/level-5.38-2024.xlsx\", true)"),
          new HelpEntry("exportCsv", EXPORT, "exportCsv(result or table, String path)  ·  exportCsv(result or table, path, boolean overwrite)",
              "Writes CSV the way Danish Excel opens it by double-click: semicolons, decimal comma, UTF-8 with BOM so æøå survive; text that a spreadsheet would run as a formula gets a leading apostrophe. A helper's result starts with lines such as \"# Unit: …\", \"# Price basis: …\", \"# Data status: …\", \"# Source: …\" and a blank line, so the file says what it holds wherever it is sent (a separate file would be left behind); Excel shows them as the first rows, and a filter or pivot table on the data still finds the header under the blank row. readCsv reads the file back and skips those lines.",
              "Gemmer CSV, som dansk Excel åbner den ved dobbeltklik: semikolon, decimalkomma, UTF-8 med BOM så æøå bevares; tekst som et regneark ville køre som formel får en apostrof foran. Et resultat fra en hjælper starter med linjer som \"# Unit: …\", \"# Price basis: …\", \"# Data status: …\", \"# Source: …\" og en tom linje, så filen siger hvad den indeholder, hvor den end sendes hen (en separat fil ville blive glemt); Excel viser dem som de første rækker, og filter eller pivottabel på data finder stadig overskriften under den tomme række. readCsv læser filen igen og springer linjerne over.",
              "exportCsv(level(\"5.38\", 2024), \"exports/level-5.38-2024.csv\", true)"),
          new HelpEntry("exportCsvInternational", EXPORT, "exportCsvInternational(result or table, String path)  ·  exportCsvInternational(result or table, path, boolean overwrite)",
              "Writes international CSV for R, pandas and other tools: commas, decimal point, UTF-8 without BOM. A helper's result starts with \"# …\" lines stating title, unit, price basis, data status and sources: read it with read.csv(f, comment.char = \"#\") in R, pd.read_csv(f, comment=\"#\") in pandas, or readCsv here. A plain table has no such lines.",
              "Gemmer international CSV til R, pandas og andre værktøjer: komma, decimalpunktum, UTF-8 uden BOM. Et resultat fra en hjælper starter med \"# …\"-linjer med titel, enhed, prisgrundlag, datastatus og kilder: læs den med read.csv(f, comment.char = \"#\") i R, pd.read_csv(f, comment=\"#\") i pandas eller readCsv her. En almindelig tabel har ingen sådanne linjer.",
              "exportCsvInternational(level(\"5.38\", 2024), \"exports/level-5.38-2024-international.csv\", true)"));

  private ExportPrompt() {}

  /** Writes an Excel workbook, never replacing a file; a result gets its about sheet. Example: {@code exportXlsx(population, "exports/population.xlsx")}. */
  public static void exportXlsx(Table table, String path) {
    exportXlsx(table, path, false);
  }

  /** Writes an Excel workbook, replacing a file if {@code overwrite}. Example: {@code exportXlsx(population, "exports/population.xlsx", true)}. */
  public static void exportXlsx(Table table, String path, boolean overwrite) {
    xlsx(XlsxExport.of(table), path, overwrite);
  }

  /** Writes a result's figures and what they are as a workbook, never replacing a file. Example: {@code exportXlsx(level("5.38", 2024), "exports/level.xlsx")}. */
  public static void exportXlsx(Result result, String path) {
    exportXlsx(result, path, false);
  }

  /** The same, replacing a file if {@code overwrite}. Example: {@code exportXlsx(level("5.38", 2024), "exports/level.xlsx", true)}. */
  public static void exportXlsx(Result result, String path, boolean overwrite) {
    xlsx(XlsxExport.of(result.table(), result.info()), path, overwrite);
  }

  /** A result that is a table; without this a {@code ResultTable} would fit both of the above. Example: {@code exportXlsx(level("5.38", 2024), "exports/level.xlsx")}. */
  public static void exportXlsx(ResultTable result, String path) {
    exportXlsx((Result) result, path, false);
  }

  /** The same, replacing a file if {@code overwrite}. Example: {@code exportXlsx(level("5.38", 2024), "exports/level.xlsx", true)}. */
  public static void exportXlsx(ResultTable result, String path, boolean overwrite) {
    exportXlsx((Result) result, path, overwrite);
  }

  /** Writes CSV in Danish habits, never replacing a file. Example: {@code exportCsv(population, "exports/population.csv")}. */
  public static void exportCsv(Table table, String path) {
    exportCsv(table, path, false);
  }

  /** Writes CSV in Danish habits, replacing a file if {@code overwrite}. Example: {@code exportCsv(population, "exports/population.csv", true)}. */
  public static void exportCsv(Table table, String path, boolean overwrite) {
    csv(CsvExport.danish(table), path, overwrite, DANISH);
  }

  /** Writes a result as Danish CSV with its {@code #} lines on top, never replacing a file. Example: {@code exportCsv(level("5.38", 2024), "exports/level.csv")}. */
  public static void exportCsv(Result result, String path) {
    exportCsv(result, path, false);
  }

  /** The same, replacing a file if {@code overwrite}. Example: {@code exportCsv(level("5.38", 2024), "exports/level.csv", true)}. */
  public static void exportCsv(Result result, String path, boolean overwrite) {
    csv(CsvExport.danish(result.table(), result.info()), path, overwrite, DANISH);
  }

  /** A result that is a table. Example: {@code exportCsv(level("5.38", 2024), "exports/level.csv")}. */
  public static void exportCsv(ResultTable result, String path) {
    exportCsv((Result) result, path, false);
  }

  /** The same, replacing a file if {@code overwrite}. Example: {@code exportCsv(level("5.38", 2024), "exports/level.csv", true)}. */
  public static void exportCsv(ResultTable result, String path, boolean overwrite) {
    exportCsv((Result) result, path, overwrite);
  }

  /** Writes CSV in international habits, never replacing a file. Example: {@code exportCsvInternational(population, "exports/population.csv")}. */
  public static void exportCsvInternational(Table table, String path) {
    exportCsvInternational(table, path, false);
  }

  /** Writes CSV in international habits, replacing a file if {@code overwrite}. Example: {@code exportCsvInternational(population, "exports/population.csv", true)}. */
  public static void exportCsvInternational(Table table, String path, boolean overwrite) {
    csv(CsvExport.international(table), path, overwrite, INTERNATIONAL);
  }

  /** Writes a result as international CSV with its {@code #} lines on top, never replacing a file. Example: {@code exportCsvInternational(level("5.38", 2024), "exports/level.csv")}. */
  public static void exportCsvInternational(Result result, String path) {
    exportCsvInternational(result, path, false);
  }

  /** The same, replacing a file if {@code overwrite}. Example: {@code exportCsvInternational(level("5.38", 2024), "exports/level.csv", true)}. */
  public static void exportCsvInternational(Result result, String path, boolean overwrite) {
    csv(CsvExport.international(result.table(), result.info()), path, overwrite, INTERNATIONAL);
  }

  /** A result that is a table. Example: {@code exportCsvInternational(level("5.38", 2024), "exports/level.csv")}. */
  public static void exportCsvInternational(ResultTable result, String path) {
    exportCsvInternational((Result) result, path, false);
  }

  /** The same, replacing a file if {@code overwrite}. Example: {@code exportCsvInternational(level("5.38", 2024), "exports/level.csv", true)}. */
  public static void exportCsvInternational(ResultTable result, String path, boolean overwrite) {
    exportCsvInternational((Result) result, path, overwrite);
  }

  private static void xlsx(XlsxExport export, String path, boolean overwrite) {
    Path file = export.write(inWorkFolder(path), overwrite);
    wrote(file, export.table(), "opens in Excel and LibreOffice"
        + (export.info() == null ? "" : "; title, unit, price basis and source on the sheet \"" + XlsxExport.ABOUT_SHEET + "\""));
  }

  private static void csv(CsvExport export, String path, boolean overwrite, String habits) {
    Path file = export.write(inWorkFolder(path), overwrite);
    wrote(file, export.table(), habits + (export.info() == null ? "" : "; title, unit, price basis and source in the # lines on top"));
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
