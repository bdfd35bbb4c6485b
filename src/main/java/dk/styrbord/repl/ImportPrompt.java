package dk.styrbord.repl;

import dk.styrbord.data.imports.BundledJoin;
import dk.styrbord.data.imports.CsvReader;
import dk.styrbord.data.imports.ExcelReader;
import dk.styrbord.data.imports.GroupSums;
import dk.styrbord.data.imports.ImportPreview;
import dk.styrbord.data.imports.StatBank;
import dk.styrbord.data.imports.StatBankClient;
import dk.styrbord.data.imports.StatbankReader;
import java.nio.file.Path;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * The prompt's helpers for bringing your own data: StatBank files as downloaded, a municipality's
 * own CSV files and workbooks, a preview of what was detected, the StatBank API, and a join to the bundled datasets. Each is a
 * thin front over a tested class in {@code data.imports}.
 */
public final class ImportPrompt {
  private static final String OWN_DATA = "Your own data / Egne data";

  /** The helpers of this class, for {@code help()}. */
  static final List<HelpEntry> HELP =
      List.of(
          new HelpEntry("readStatbank", OWN_DATA, "readStatbank(String path)",
              "Reads a StatBank file as downloaded (API CSV/BULK or web export; codes or labels; 12,5 and '..' handled) into a tidy table with INDHOLD as a number, period_start/frequency from TID, and level/kommune_code/kommune for the area column.",
              "Læser en fil fra Statistikbanken som hentet (API CSV/BULK eller web-eksport; koder eller tekster; 12,5 og '..' håndteres) til en ryddelig tabel med INDHOLD som tal, period_start/frequency fra TID og level/kommune_code/kommune for områdekolonnen.",
              "readStatbank(\"data/sources/FOLK1AM_2021M10-2024M04.csv\")"),
          new HelpEntry("readCsv", OWN_DATA, "readCsv(String path)",
              "Reads your own CSV file, Danish Excel style (semicolons, 1.234,56, 03.01.2024, Windows-1252) or international (commas, 1,234.56, UTF-8), typing each column; municipality columns get kommune_code."
                  + " Missing, in every reader: an empty cell, .., NA, N/A, #N/A, NULL, NaN, None (what R and pandas write); 1e-04 is a number."
                  + " A column that is mostly numbers with cells that are not is an error that names them, never silent text.",
              "Læser din egen CSV-fil, som dansk Excel gemmer den (semikolon, 1.234,56, 03.01.2024, Windows-1252) eller internationalt (komma, 1,234.56, UTF-8), med type på hver kolonne; kommunekolonner får kommune_code."
                  + " Manglende i alle læsere: en tom celle, .., NA, N/A, #N/A, NULL, NaN, None (som R og pandas skriver); 1e-04 er et tal."
                  + " En kolonne med mest tal og nogle celler, der ikke er tal, giver en fejl, der nævner dem, aldrig stille tekst.",
              "readCsv(\"src/test/resources/imports/own/udgifter_excel.csv\")"),
          new HelpEntry("readExcel", OWN_DATA, "readExcel(String path)  ·  readExcel(String path, String sheet)",
              "Reads a sheet of an Excel workbook (.xlsx; the first unless named): the first row names the columns, date cells become dates, and text cells such as 12,5 or 03.01.2024 are read as numbers and dates.",
              "Læser et ark i en Excel-projektmappe (.xlsx; det første, medmindre det navngives): første række navngiver kolonnerne, datoceller bliver datoer, og tekstceller som 12,5 eller 03.01.2024 læses som tal og datoer.",
              "readExcel(\"src/test/resources/imports/own/udgifter.xlsx\")"),
          new HelpEntry("preview", OWN_DATA, "preview(String path)",
              "Shows what a file holds before reading it: encoding, byte-order mark, separator, header, line ends, decimal mark, each column's kind and the first rows.",
              "Viser hvad en fil indeholder før den læses: tegnsæt, BOM, skilletegn, overskrift, linjeskift, decimaltegn, hver kolonnes slags og de første rækker.",
              "preview(\"src/test/resources/imports/real/REGK31_2024_web_export_excerpt.csv\")"),
          new HelpEntry("joinBundled", OWN_DATA, "joinBundled(Table imported, String dataset)",
              "Puts a bundled dataset's columns beside an imported table, matched on kommune_code and year (from a year column or period_start); every imported row is kept.",
              "Sætter et medfølgende datasæts kolonner ved siden af en indlæst tabel, matchet på kommune_code og år (fra en årskolonne eller period_start); alle indlæste rækker bevares.",
              "joinBundled(readStatbank(\"data/sources/FOLK1AM_2021M10-2024M04.csv\"), \"population\")"),
          new HelpEntry("sumBy", OWN_DATA, "sumBy(Table table, String valueColumn, String... keyColumns)",
              "The sum of a number column for each combination of key columns, as Tablesaw's summarize(value, sum).by(keys) gives it (same columns, groups in order of first row, missing values skipped), many times faster: a 5-million-row StatBank file sums by municipality and year in a fraction of a second.",
              "Summen af en talkolonne for hver kombination af nøglekolonner, som Tablesaws summarize(value, sum).by(keys) giver den (samme kolonner, grupper i rækkefølge efter første række, manglende værdier springes over), mange gange hurtigere: en StatBank-fil på 5 millioner rækker summeres pr. kommune og år på en brøkdel af et sekund.",
              "sumBy(readStatbank(\"data/sources/FOLK1AM_2021M10-2024M04.csv\"), \"INDHOLD\", \"kommune\", \"TID\")"),
          new HelpEntry("statbank", OWN_DATA, "statbank(String table).select(String variable, String... values)…fetch()  ·  .info()  ·  .bulk()  ·  .codes()  ·  .english()  ·  .refresh()",
              "A request to the StatBank API, checked against the table's variables before downloading; fetch() returns the tidy table and caches the answer in ~/.styrbord/statbank, so it reads offline next time (refresh() downloads again).",
              "En forespørgsel til Statistikbankens API, kontrolleret mod tabellens variable før hentning; fetch() giver den ryddelige tabel og gemmer svaret i ~/.styrbord/statbank, så den kan læses offline næste gang (refresh() henter igen).",
              "statbank(\"FOLK1A\").select(\"OMRÅDE\", \"*\").select(\"Tid\", \">=2020K1\")"));

  private ImportPrompt() {}

  /** Reads a StatBank file into a tidy table. Example: {@code readStatbank("data/sources/FOLK1AM_2021M10-2024M04.csv")}. */
  public static Table readStatbank(String path) {
    return StatbankReader.of(Session.current().municipalities()).read(Path.of(path));
  }

  /**
   * The sum of a number column for each combination of key columns, as {@code
   * summarize(valueColumn, sum).by(keyColumns)} gives it, many times faster. Example: {@code
   * sumBy(readStatbank("data/sources/FOLK1AM_2021M10-2024M04.csv"), "INDHOLD", "kommune", "TID")}.
   */
  public static Table sumBy(Table table, String valueColumn, String... keyColumns) {
    return GroupSums.sumBy(table, valueColumn, keyColumns);
  }

  /** Reads your own CSV file into a typed table. Example: {@code readCsv("src/test/resources/imports/own/udgifter_excel.csv")}. */
  public static Table readCsv(String path) {
    return CsvReader.of(Session.current().municipalities()).read(Path.of(path));
  }

  /** Reads the first sheet of a workbook. Example: {@code readExcel("src/test/resources/imports/own/udgifter.xlsx")}. */
  public static Table readExcel(String path) {
    return ExcelReader.of(Session.current().municipalities()).read(Path.of(path));
  }

  /** Reads a named sheet of a workbook. Example: {@code readExcel("src/test/resources/imports/own/udgifter.xlsx", "Noter")}. */
  public static Table readExcel(String path, String sheet) {
    return ExcelReader.of(Session.current().municipalities()).read(Path.of(path), sheet);
  }

  /**
   * What was detected in a file: a StatBank file (INDHOLD header or web export) is previewed as
   * {@code readStatbank} reads it, any other as {@code readCsv} does. Example:
   * {@code preview("data/sources/FOLK1AM_2021M10-2024M04.csv")}.
   */
  public static ImportPreview preview(String path) {
    Path file = Path.of(path);
    StatbankReader statbank = StatbankReader.of(Session.current().municipalities());
    return statbank.recognises(file) ? statbank.preview(file) : CsvReader.of(Session.current().municipalities()).preview(file);
  }

  /**
   * A request for a StatBank table; add {@code .select(…)} and {@code .fetch()}. Example:
   * {@code statbank("FOLK1A").select("OMRÅDE", "*").select("Tid", ">=2020K1").fetch()}.
   */
  public static StatBank statbank(String table) {
    return StatBank.table(StatBankClient.standard(), table, () -> Session.current().municipalities());
  }

  /**
   * An imported table with a bundled dataset's columns beside it, matched on municipality and
   * year. Example: {@code joinBundled(readStatbank("data/sources/FOLK1AM_2021M10-2024M04.csv"), "population")}.
   */
  public static Table joinBundled(Table imported, String dataset) {
    String name = Session.current().datasets().catalog().entry(dataset).name();
    return BundledJoin.join(imported, Session.current().datasets().table(name), name);
  }
}
