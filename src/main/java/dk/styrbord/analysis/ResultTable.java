package dk.styrbord.analysis;

import dk.styrbord.data.DatasetEntry;
import dk.styrbord.data.Provenance;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import tech.tablesaw.api.Table;
import tech.tablesaw.selection.Selection;

/**
 * A Tablesaw table that knows what it holds: a helper's table-shaped answer (a ranking, rates,
 * a casework panel) or a bundled dataset. Every Tablesaw verb works on it. The verbs that keep its
 * figures as they are ({@code where}, {@code dropWhere}, {@code first}, {@code last}, the sorts and
 * {@code selectColumns}) keep what they are too, so a filtered ranking still says its unit, price
 * basis and source when it is charted or exported; a filter adds a note that the rows are a subset.
 * Verbs that compute new figures ({@code summarize}, {@code copy} and the like) return a plain table.
 * Renaming it ({@code setName}) changes only its label.
 *
 * <p>Example: {@code level("5.38", 2024).info().unitLine()} is "DKK per 18–64-year-old, current prices".
 */
public final class ResultTable extends Table implements Result {
  /** The note a filtered result carries. */
  static final String SUBSET = "A subset of the rows (where, first, last, dropWhere); the title names the whole.";

  private final ResultInfo info;

  private ResultTable(Table figures, ResultInfo info) {
    super(figures.name(), figures.columns());
    this.info = info;
  }

  /** The table {@code figures} (its columns, not a copy) with what they are. */
  public static ResultTable of(Table figures, ResultInfo info) {
    return new ResultTable(figures, info);
  }

  /**
   * A bundled dataset's copy that knows what it holds, from its catalog entry: title, years, unit,
   * price basis and provenance. Example: {@code ResultTable.ofDataset(copy, catalog.entry("cases"), provenance)}.
   */
  public static ResultTable ofDataset(Table copy, DatasetEntry entry, Provenance provenance) {
    ResultInfo info = ResultInfo.of(entry.titleEn() + " (" + provenance.status().english() + ")", entry.name(),
        years(entry.years()), Unit.of(entry.unit(), entry.unit()),
        PriceBasis.of(entry), provenance);
    return new ResultTable(copy, provenance.owner() == null ? info : info.about(provenance.owner()));
  }

  /** Where a table's figures come from: a helper's or a bundled dataset's own provenance, else the user's table. */
  public static Provenance provenanceOf(Table t) {
    return t instanceof Result r ? r.info().provenance() : Provenance.yours(t == null ? "your table" : t.name());
  }

  /** "2016-2024" as [2016, …, 2024]; a single year as itself; anything else as no years. */
  private static List<Integer> years(String span) {
    String[] ends = span.trim().split("\\s*[-–]\\s*");
    try {
      int first = Integer.parseInt(ends[0]);
      int last = Integer.parseInt(ends[ends.length - 1]);
      return IntStream.rangeClosed(first, last).boxed().toList();
    } catch (NumberFormatException e) {
      return List.of();
    }
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
  public Table where(Selection selection) {
    return subset(super.where(selection));
  }

  @Override
  public Table where(Function<Table, Selection> selection) {
    return subset(super.where(selection));
  }

  @Override
  public Table dropWhere(Selection selection) {
    return subset(super.dropWhere(selection));
  }

  @Override
  public Table dropWhere(Function<Table, Selection> selection) {
    return subset(super.dropWhere(selection));
  }

  @Override
  public Table first(int rows) {
    return subset(super.first(rows));
  }

  @Override
  public Table last(int rows) {
    return subset(super.last(rows));
  }

  @Override
  public Table sortOn(String... columns) {
    return new ResultTable(super.sortOn(columns), info);
  }

  @Override
  public Table sortAscendingOn(String... columns) {
    return new ResultTable(super.sortAscendingOn(columns), info);
  }

  @Override
  public Table sortDescendingOn(String... columns) {
    return new ResultTable(super.sortDescendingOn(columns), info);
  }

  @Override
  public Table selectColumns(String... columns) {
    return new ResultTable(super.selectColumns(columns), info);
  }

  /** Some of the rows, with a note saying so once (the title still names the whole). */
  private ResultTable subset(Table rows) {
    if (rows.rowCount() == rowCount() || info.notes().contains(SUBSET)) {
      return new ResultTable(rows, info);
    }
    return new ResultTable(rows, info.withNote(SUBSET));
  }

  @Override
  public String toString() {
    return info.title() + "\n" + Formats.rows(this, 20) + "\n" + info.describe();
  }
}
