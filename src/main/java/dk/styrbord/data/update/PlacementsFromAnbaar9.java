package dk.styrbord.data.update;

import dk.styrbord.WorkbenchException;
import dk.styrbord.data.imports.TableInfo;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * The children's placements ({@code anbringelse}) of the recipients dataset from ANBAAR9 (Anbragte
 * børn og unge pr. 31. december efter administrationskommune, alder og tid): children aged 0-17
 * placed outside their home on 31 December of the year, counted by the municipality that pays
 * (the administration municipality), so they match the 5.28 spending per 0-17-year-old of that
 * year. Young people of 18-22 (efterværn) are not counted: the children's area divides by 0-17.
 * The variables are chosen by their labels in tableinfo (the geography is the one labelled
 * "kommune", the age the one labelled "alder", its value "0-17 år").
 *
 * <p>Example: {@code PlacementsFromAnbaar9.request(info, codes, 2016)} asks for exactly those rows.
 */
final class PlacementsFromAnbaar9 {
  static final String TABLE = "ANBAAR9";
  /** The measure of the bundled recipients these rows replace. */
  static final String MEASURE = "anbringelse";

  /** The variables and the age value chosen from tableinfo. */
  record Choice(TableInfo.Variable area, TableInfo.Variable age, TableInfo.Value children, TableInfo.Variable time) {}

  /** What a build made: the recipients CSV with the official placements, their years and the '..' values left out. */
  record Built(String csv, Set<Integer> years, int missing) {}

  private PlacementsFromAnbaar9() {}

  /** The geography, age and time variables and the 0-17 value, by their labels; a missing one is one line. */
  static Choice choose(TableInfo info) {
    TableInfo.Variable age = ByLabel.variable(info, "alder");
    TableInfo.Value children = ByLabel.one(info, age, "labelled \"0-17 år\"", v -> v.text().replace(" ", "").startsWith("0-17"));
    return new Choice(ByLabel.variable(info, "kommune"), age, children, ByLabel.time(info));
  }

  /** The 98 municipalities, age 0-17, every year from {@code firstYear}. */
  static TableRequest request(TableInfo info, Set<Integer> municipalities, int firstYear) {
    Choice c = choose(info);
    List<String> areas = MunicipalityCodes.select(c.area(), municipalities, TABLE);
    List<String> years = c.time().values().stream().map(TableInfo.Value::id)
        .filter(id -> id.matches("\\d{4}") && Integer.parseInt(id) >= firstYear).sorted().toList();
    if (years.isEmpty()) {
      throw new WorkbenchException(TABLE + ": no year from " + firstYear + " (it has " + ByLabel.listing(c.time())
          + "); StatBank changed the table, so this Styrbord cannot update it.");
    }
    return TableRequest.of(info).select(c.area().id(), areas).select(c.age().id(), List.of(c.children().id()))
        .select(c.time().id(), years);
  }

  /**
   * {@code recipientsCsv} with its {@code anbringelse} rows replaced by the answer's (a '..' leaves
   * that municipality-year out), in the same order: code, year, the file's order of measures.
   */
  static Built build(Table answer, String recipientsCsv) {
    RecipientRows rows = RecipientRows.of(recipientsCsv);
    String[] template = rows.rows().stream().filter(r -> r[3].equals(MEASURE)).findFirst()
        .orElseThrow(() -> new WorkbenchException("recipients.csv has no " + MEASURE + " rows. Restore it with: git checkout -- data"));
    rows.retain(r -> !r[3].equals(MEASURE));
    Set<Integer> years = new TreeSet<>();
    int missing = 0;
    Set<String> seen = new java.util.HashSet<>();
    for (Row r : answer) {
      String key = r.getInt("kommune_code") + "|" + r.getString("TID");
      if (!seen.add(key)) {
        throw new WorkbenchException(TABLE + ": the answer has " + r.getString("kommune") + " " + r.getString("TID")
            + " twice; StatBank changed the table, so this Styrbord cannot update it.");
      }
      double value = r.getDouble("INDHOLD");
      if (Double.isNaN(value)) {
        missing++;
        continue;
      }
      years.add(Integer.parseInt(r.getString("TID")));
      rows.add(new String[] {String.valueOf(r.getInt("kommune_code")), CsvField.of(r.getString("kommune")), r.getString("TID"),
          MEASURE, template[4], template[5], template[6], String.valueOf(Math.round(value))});
    }
    return new Built(rows.csv(), years, missing);
  }
}
