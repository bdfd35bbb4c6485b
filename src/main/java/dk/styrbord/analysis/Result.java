package dk.styrbord.analysis;

import tech.tablesaw.api.Table;

/**
 * A helper's answer: figures as a table, and what they are. Every helper's result is one, so that
 * {@code chart}, {@code exportXlsx} and notebook reports can read its unit, price basis and source.
 *
 * <p>Example: {@code benchmark("Lejre", "5.38", 2024).info().priceBasis()}.
 */
public interface Result {

  /** What the figures are: unit, price basis, municipality, group, years, source. */
  ResultInfo info();

  /** The figures as a table. */
  Table table();
}
