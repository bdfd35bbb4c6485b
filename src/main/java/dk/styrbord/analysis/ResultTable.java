package dk.styrbord.analysis;

import tech.tablesaw.api.Table;

/**
 * A Tablesaw table that knows what it holds: a helper's table-shaped answer (a ranking, rates,
 * a casework panel). Every Tablesaw verb works on it; what a verb returns ({@code where},
 * {@code sortOn}, {@code copy}) is a plain table again, since it is no longer the helper's answer.
 * Renaming it ({@code setName}) changes only its label.
 *
 * <p>Example: {@code level("5.38", 2024).info().unitLine()} is "DKK per 18–64-year-old, current prices".
 */
public final class ResultTable extends Table implements Result {
  private final ResultInfo info;

  private ResultTable(Table figures, ResultInfo info) {
    super(figures.name(), figures.columns());
    this.info = info;
  }

  /** The table {@code figures} (its columns, not a copy) with what they are. */
  public static ResultTable of(Table figures, ResultInfo info) {
    return new ResultTable(figures, info);
  }

  @Override
  public ResultInfo info() {
    return info;
  }

  @Override
  public Table table() {
    return this;
  }

  /** The same figures with another info, e.g. with a note added. */
  public ResultTable with(ResultInfo newInfo) {
    return new ResultTable(this, newInfo);
  }

  @Override
  public String toString() {
    return info.title() + "\n" + print() + "\n" + info.describe();
  }
}
