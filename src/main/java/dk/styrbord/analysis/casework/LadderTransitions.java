package dk.styrbord.analysis.casework;

import static dk.styrbord.analysis.casework.CaseTable.APPLICATION_DATE;
import static dk.styrbord.analysis.casework.CaseTable.CASE_ID;
import static dk.styrbord.analysis.casework.CaseTable.CITIZEN_ID;
import static dk.styrbord.analysis.casework.CaseTable.MEASURE_GRANTED;
import static dk.styrbord.analysis.casework.CaseTable.START_DATE;

import dk.styrbord.analysis.ResultTable;
import dk.styrbord.analysis.Unit;
import dk.styrbord.data.Provenance;
import dk.styrbord.analysis.Formats;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Moves up and down the intervention ladder (indsatstrappen).
 *
 * <p>Definition: for each citizen, take their granted measures on the ladder (see {@link
 * LadderStep}; children's measures are not on it) in order of {@code start_date} (ties by {@code
 * case_id}). Each pair of consecutive measures on different steps is one move: <em>down</em> if the
 * later measure is lighter (e.g. §107 → §85), <em>up</em> if heavier. Consecutive measures on the
 * same step (a renewed §85, §103 → §104) are not moves. A move belongs to the year the later
 * measure started; measures planned to start after the data's as-of date (its latest application
 * date) are left out. The down share is down moves ÷ all moves, in per cent: above 50 % means more
 * citizens moved towards less intrusive help than away from it. Moves are a flow, but a move out
 * of a measure granted before the data start is not seen, so the first year has fewer moves.
 *
 * <p>Example: {@code LadderTransitions.byYear(cases)}.
 */
public final class LadderTransitions {
  private static final String HELPER = "transitions";

  private LadderTransitions() {}

  /** One move from one step to another, in the year the later measure started. */
  record Move(LadderStep from, LadderStep to, int year) {
    boolean down() {
      return from.heavierThan(to);
    }

    Route route() {
      return new Route(from, to);
    }
  }

  /** A pair of steps a move goes between: downward routes first, then by step. */
  record Route(LadderStep from, LadderStep to) implements Comparable<Route> {
    boolean down() {
      return from.heavierThan(to);
    }

    @Override
    public int compareTo(Route other) {
      return Comparator.comparing((Route r) -> !r.down()).thenComparing(Route::from).thenComparing(Route::to)
          .compare(this, other);
    }
  }

  /** The moves of a case table you brought, whose owner is not known. */
  public static ResultTable byYear(Table cases) {
    return byYear(cases, CaseResults.yours(cases));
  }

  /** One row per year with moves: moves up, moves down, all moves and the down share (%). */
  public static ResultTable byYear(Table cases, Provenance source) {
    Map<Integer, List<Move>> byYear =
        moves(cases).stream().collect(Collectors.groupingBy(Move::year, TreeMap::new, Collectors.toList()));
    Table out = Table.create("Moves on the intervention ladder by year (consecutive granted adult measures)",
        IntColumn.create("year"), IntColumn.create("moves up"), IntColumn.create("moves down"),
        IntColumn.create("moves"), DoubleColumn.create("down share (%)"));
    byYear.forEach((year, moves) -> {
      int down = (int) moves.stream().filter(Move::down).count();
      out.intColumn("year").append(year);
      out.intColumn("moves up").append(moves.size() - down);
      out.intColumn("moves down").append(down);
      out.intColumn("moves").append(moves.size());
      out.doubleColumn("down share (%)").append(Formats.percent(down, moves.size()));
    });
    Formats.decimals(out, 1, "down share (%)");
    return CaseResults.flow(out, "cases", Unit.of("moves", "skift"), source);
  }

  /**
   * One row per pair of steps that occurs (from × to), downward moves first, with a column of moves
   * per year and one for all years.
   */
  public static ResultTable byStep(Table cases) {
    return byStep(cases, CaseResults.yours(cases));
  }

  /** The same from cases with this provenance, e.g. the bundled cases (Sønderborg's). */
  public static ResultTable byStep(Table cases, Provenance source) {
    List<Move> moves = moves(cases);
    TreeSet<Integer> years = moves.stream().map(Move::year).collect(Collectors.toCollection(TreeSet::new));
    Table out = Table.create("Moves on the intervention ladder by step (consecutive granted adult measures)",
        StringColumn.create("from step"), StringColumn.create("to step"), StringColumn.create("direction"));
    years.forEach(y -> out.addColumns(IntColumn.create(String.valueOf(y))));
    out.addColumns(IntColumn.create("all years"));
    Map<Route, List<Move>> routes =
        moves.stream().collect(Collectors.groupingBy(Move::route, TreeMap::new, Collectors.toList()));
    routes.forEach((route, list) -> appendRoute(out, route, list, years));
    return CaseResults.flow(out, "cases", Unit.of("moves", "skift"), source, List.copyOf(years));
  }

  private static void appendRoute(Table out, Route route, List<Move> list, TreeSet<Integer> years) {
    out.stringColumn("from step").append(route.from().label());
    out.stringColumn("to step").append(route.to().label());
    out.stringColumn("direction").append(route.down() ? "down" : "up");
    for (int year : years) {
      out.intColumn(String.valueOf(year)).append((int) list.stream().filter(m -> m.year() == year).count());
    }
    out.intColumn("all years").append(list.size());
  }

  /** Every move of every citizen in the table. */
  static List<Move> moves(Table cases) {
    List<CaseRecord> rows =
        CaseTable.read(cases, HELPER, CASE_ID, CITIZEN_ID, APPLICATION_DATE, MEASURE_GRANTED, START_DATE);
    LocalDate asOf = CaseTable.asOf(rows);
    Map<String, List<CaseRecord>> byCitizen =
        rows.stream()
            .filter(c -> c.granted() && !c.start().isAfter(asOf))
            .filter(c -> LadderStep.of(c.measureGranted()).isPresent())
            .collect(Collectors.groupingBy(CaseRecord::citizenId, TreeMap::new, Collectors.toList()));
    List<Move> moves = new ArrayList<>();
    for (List<CaseRecord> measures : byCitizen.values()) {
      measures.sort(Comparator.comparing(CaseRecord::start)
          .thenComparing(CaseRecord::caseId, Comparator.nullsLast(Comparator.naturalOrder())));
      for (int i = 1; i < measures.size(); i++) {
        LadderStep from = LadderStep.of(measures.get(i - 1).measureGranted()).orElseThrow();
        LadderStep to = LadderStep.of(measures.get(i).measureGranted()).orElseThrow();
        if (from != to) {
          moves.add(new Move(from, to, measures.get(i).start().getYear()));
        }
      }
    }
    return moves;
  }
}
