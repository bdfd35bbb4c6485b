package dk.styrbord.analysis;

import dk.styrbord.analysis.stats.DifferenceInDifferences;
import tech.tablesaw.api.Table;

/**
 * Was a municipality's turnaround real? Its recipients per 1,000 of a measure year by year next to
 * its comparison group's (a ratio of sums), with the difference-in-differences test around the year
 * the change began.
 *
 * <p>Example: {@code did("Morsø", "§85", 2019).test().estimate()}.
 *
 * @param info what the figures are: municipality, group, measure, years, unit, source
 * @param test the difference-in-differences estimate, its standard error and p-value
 * @param table year, own, group (recipients per 1,000 of the age group), after (the year is after the intervention)
 */
public record Turnaround(ResultInfo info, DifferenceInDifferences test, Table table) implements Result {

  @Override
  public String toString() {
    return info.title() + "\n" + Formats.rows(table, table.rowCount()) + "\n" + test + "\n" + info.describe();
  }
}
