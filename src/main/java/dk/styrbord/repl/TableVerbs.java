package dk.styrbord.repl;

import java.util.List;

/**
 * Help for the Tablesaw methods users try first on a table ({@code t.printAll()},
 * {@code t.where(…)}): they are methods of the table, not workbench helpers, so {@code help()}
 * lists them under their own heading with the workbench's equivalent where there is one.
 */
final class TableVerbs {
  private static final String TABLES = "Any table: Tablesaw's own methods / Enhver tabel: Tablesaws egne metoder";

  private TableVerbs() {}

  /** The verbs, for {@code help()}. */
  static final List<HelpEntry> HELP =
      List.of(
          new HelpEntry("print", TABLES, "table.print()  ·  table.print(int rows)",
              "A table as text with its first and last rows (20 in all), the way a table typed on its own shows; print(n) shows n rows.",
              "En tabel som tekst med de første og sidste rækker (20 i alt), sådan som en tabel skrevet alene vises; print(n) viser n rækker.",
              "kommuner().print(5)"),
          new HelpEntry("printAll", TABLES, "table.printAll()",
              "Every row of a table as text; the prompt shows it as text. For a spreadsheet use exportXlsx(table, \"file.xlsx\").",
              "Alle rækker i en tabel som tekst; prompten viser den som tekst. Til et regneark: exportXlsx(table, \"fil.xlsx\").",
              "regions.printAll()"),
          new HelpEntry("structure", TABLES, "table.structure()",
              "The columns of a table: index, name and type. describe(table) also gives their counts, spread and quartiles.",
              "En tabels kolonner: nummer, navn og type. describe(table) giver også antal, spredning og kvartiler.",
              "population.structure()"),
          new HelpEntry("first", TABLES, "table.first(int rows)  ·  table.last(int rows)",
              "The first (or last) rows; a helper's result keeps its unit and source, with a note that the rows are a subset.",
              "De første (eller sidste) rækker; et resultat fra en hjælpefunktion beholder enhed og kilde med en note om, at rækkerne er et udsnit.",
              "level(\"5.38\", 2024).first(5)"),
          new HelpEntry("where", TABLES, "table.where(selection)",
              "The rows that match, e.g. where(t.intColumn(\"year\").isEqualTo(2024)); and(…), or(…) and not(…) combine selections.",
              "Rækkerne, der passer, fx where(t.intColumn(\"year\").isEqualTo(2024)); and(…), or(…) og not(…) kombinerer udvalg.",
              "spending.where(spending.intColumn(\"year\").isEqualTo(2024).and(spending.stringColumn(\"municipality\").isEqualTo(\"Lejre\")))"),
          new HelpEntry("summarize", TABLES, "table.summarize(String column, function…).by(String… groups)",
              "Sums, means and counts by group (sum, mean, count, median, max, min are in scope); sumBy(table, \"value\", \"group\") names a mistyped column.",
              "Summer, gennemsnit og antal efter gruppe (sum, mean, count, median, max, min er tilgængelige); sumBy(table, \"value\", \"group\") foreslår ved stavefejl i en kolonne.",
              "spending.summarize(\"net_dkk\", sum).by(\"year\")"),
          new HelpEntry("sortDescendingOn", TABLES, "table.sortDescendingOn(String… columns)  ·  sortAscendingOn(…)  ·  sortOn(\"-col\")",
              "The rows sorted by one or more columns, highest first (sortAscendingOn: lowest first).",
              "Rækkerne sorteret efter en eller flere kolonner, højeste først (sortAscendingOn: laveste først).",
              "level(\"5.38\", 2024).sortDescendingOn(\"population\").first(5)"),
          new HelpEntry("selectColumns", TABLES, "table.selectColumns(String… columns)",
              "The named columns only, in that order.",
              "Kun de navngivne kolonner, i den rækkefølge.",
              "kommuner().selectColumns(\"name\", \"region\")"),
          new HelpEntry("columnNames", TABLES, "table.columnNames()  ·  table.rowCount()  ·  table.shape()",
              "The column names; rowCount() counts the rows and shape() says rows × columns.",
              "Kolonnenavnene; rowCount() tæller rækkerne, og shape() siger rækker × kolonner.",
              "population.columnNames()"));
}
